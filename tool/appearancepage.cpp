#include "appearancepage.h"

#include "fieldchecks.h"
#include "levelnames.h"

#include <SlackLog/PayloadPreview>

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

using SlackLog::MessageField;
using SlackLog::MessageFormat;

namespace {

// In SLACKLOG_FIELDS order, which is also the order attachments and blocks show them in.
constexpr std::array<MessageField, 7> allFields = {
        MessageField::Application, MessageField::Host,     MessageField::Process,
        MessageField::Thread,      MessageField::Category, MessageField::Location,
        MessageField::Function,
};

QString fieldLabel(MessageField field)
{
    switch (field) {
    case MessageField::Application:
        return AppearancePage::tr("Application");
    case MessageField::Host:
        return AppearancePage::tr("Host");
    case MessageField::Process:
        return AppearancePage::tr("Process ID");
    case MessageField::Thread:
        return AppearancePage::tr("Thread");
    case MessageField::Category:
        return AppearancePage::tr("Category");
    case MessageField::Location:
        return AppearancePage::tr("File and line");
    case MessageField::Function:
        return AppearancePage::tr("Function");
    }
    return QString();
}

QString formatHint(MessageFormat format)
{
    switch (format) {
    case MessageFormat::Text:
        return AppearancePage::tr("One line per message, as the message pattern below makes "
                                  "it, with the emoji of its level in front. No fields are "
                                  "shown: put what you need in the pattern.");
    case MessageFormat::Attachments:
        return AppearancePage::tr("One attachment per message: a colour bar for its level, a "
                                  "title with the level and category, the message, the fields "
                                  "chosen below and the time. The pattern and the emoji are for "
                                  "Text posts.");
    case MessageFormat::Blocks:
        return AppearancePage::tr("Slack's Block Kit: a header with the level and category, the "
                                  "message, and the fields chosen below with the time in small "
                                  "print. Only Slack understands it. The pattern and the emoji "
                                  "are for Text posts.");
    }
    return QString();
}

} // namespace

AppearancePage::AppearancePage(QWidget *parent)
    : SettingsPage(parent), m_format(new QComboBox(this)), m_formatHint(new QLabel(this)),
      m_fieldsBox(new QGroupBox(tr("Shown beside each message"), this)),
      m_pattern(new QLineEdit(this)), m_preview(new QLabel(this))
{
    m_format->setObjectName(QStringLiteral("messageFormat"));
    m_format->addItem(tr("Text"), int(MessageFormat::Text));
    m_format->addItem(tr("Attachments"), int(MessageFormat::Attachments));
    m_format->addItem(tr("Blocks (Slack only)"), int(MessageFormat::Blocks));
    m_format->setToolTip(tr("How messages look in the channel. Default: Attachments."));
    m_formatHint->setObjectName(QStringLiteral("formatHint"));
    m_formatHint->setWordWrap(true);

    auto *formatBox = new QGroupBox(tr("Format"), this);
    auto *formatForm = new QFormLayout(formatBox);
    // Alt+O is the source bar's Open.
    auto *formatLabel = new QLabel(tr("Form&at:"), this);
    formatLabel->setBuddy(m_format);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    formatRow->addStretch();
    formatForm->addRow(formatLabel, formatRow);
    formatForm->addRow(m_formatHint);

    m_fieldsBox->setObjectName(QStringLiteral("fieldsBox"));
    m_fieldsBox->setToolTip(tr("What attachments and blocks show beside the message. Text posts "
                               "show what the message pattern says instead."));
    auto *fieldsGrid = new QGridLayout(m_fieldsBox);
    constexpr int fieldColumns = 4;
    for (size_t i = 0; i < allFields.size(); ++i) {
        const MessageField field = allFields[i];
        auto *box = new QCheckBox(fieldLabel(field), this);
        box->setObjectName(QStringLiteral("field_") + SlackLog::messageFieldNames(field).value(0));
        if (field == MessageField::Location || field == MessageField::Function)
            box->setToolTip(tr("Only when the application is built with QT_MESSAGELOGCONTEXT, "
                               "as debug builds are."));
        m_fields[i] = box;
        fieldsGrid->addWidget(box, int(i) / fieldColumns, int(i) % fieldColumns);
        connect(box, &QCheckBox::clicked, this, &SettingsPage::edited);
    }

    m_pattern->setObjectName(QStringLiteral("messagePattern"));
    m_pattern->setToolTip(tr("The text of each message, with qSetMessagePattern()'s "
                             "placeholders: %{time …}, %{type}, %{category}, %{message}, "
                             "%{file}, %{line}, %{function}, %{appname}, %{pid}, %{threadid}."));
    auto *defaultPattern = new QPushButton(tr("Default"), this);
    defaultPattern->setToolTip(
            tr("Use the default pattern: %1").arg(SlackLog::Settings::defaultMessagePattern()));
    connect(defaultPattern, &QPushButton::clicked, this, [this] {
        m_pattern->setText(SlackLog::Settings::defaultMessagePattern());
        Q_EMIT edited();
    });
    auto *patternRow = new QHBoxLayout;
    patternRow->addWidget(m_pattern);
    patternRow->addWidget(defaultPattern);

    // Label and field pairs, three to a row: the emoji are short.
    auto *emojiGrid = new QGridLayout;
    constexpr int emojiColumns = 3;
    for (size_t i = 0; i < m_emoji.size(); ++i) {
        const auto level = static_cast<SlackLog::Level>(i);
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("emoji_") + SlackLog::levelName(level));
        edit->setPlaceholderText(tr("none"));
        edit->setToolTip(tr("Put in front of %1 messages in Text posts, such as :warning:.")
                                 .arg(levelDisplayName(level)));
        auto *label = new QLabel(levelDisplayName(level) + u':', this);
        label->setBuddy(edit);
        const int row = int(i) / emojiColumns;
        const int column = int(i) % emojiColumns * 2;
        emojiGrid->addWidget(label, row, column);
        emojiGrid->addWidget(edit, row, column + 1);
        m_emoji[i] = edit;
        connect(edit, &QLineEdit::textEdited, this, &SettingsPage::edited);
        connect(edit, &QLineEdit::textChanged, this, &AppearancePage::updatePreview);
    }

    m_preview->setObjectName(QStringLiteral("patternPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);

    auto *text = new QGroupBox(tr("Text posts"), this);
    auto *textForm = new QFormLayout(text);
    auto *patternLabel = new QLabel(tr("&Message pattern:"), this);
    patternLabel->setBuddy(m_pattern);
    textForm->addRow(patternLabel, patternRow);
    textForm->addRow(tr("Emoji:"), emojiGrid);
    //: a sample warning as a Text post: pattern, mention and emoji
    textForm->addRow(tr("Sample:"), m_preview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(formatBox);
    layout->addWidget(m_fieldsBox);
    layout->addWidget(text);
    layout->addStretch();

    // Tab follows the page from top to bottom, not the order the widgets were made in.
    QWidget *previous = m_format;
    const auto tabTo = [&previous](QWidget *next) {
        setTabOrder(previous, next);
        previous = next;
    };
    for (QCheckBox *box : m_fields)
        tabTo(box);
    tabTo(m_pattern);
    tabTo(defaultPattern);
    for (QLineEdit *edit : m_emoji)
        tabTo(edit);

    connect(m_format, &QComboBox::activated, this, &SettingsPage::edited);
    connect(m_format, &QComboBox::currentIndexChanged, this, &AppearancePage::updateFormat);
    connect(m_pattern, &QLineEdit::textEdited, this, &SettingsPage::edited);
    connect(m_pattern, &QLineEdit::textChanged, this, &AppearancePage::updatePreview);
    updateFormat();
}

void AppearancePage::showSettings(const SlackLog::Settings &settings)
{
    m_format->setCurrentIndex(m_format->findData(int(settings.format())));
    for (size_t i = 0; i < allFields.size(); ++i)
        m_fields[i]->setChecked(settings.fields().testFlag(allFields[i]));
    m_pattern->setText(settings.messagePattern());
    for (size_t i = 0; i < m_emoji.size(); ++i)
        m_emoji[i]->setText(settings.emoji(static_cast<SlackLog::Level>(i)));
    updateFormat();
    updatePreview();
}

void AppearancePage::applyTo(SlackLog::Settings &settings) const
{
    settings.setFormat(format());
    SlackLog::MessageFields fields;
    for (size_t i = 0; i < allFields.size(); ++i)
        fields.setFlag(allFields[i], m_fields[i]->isChecked());
    settings.setFields(fields);
    settings.setMessagePattern(m_pattern->text());
    for (size_t i = 0; i < m_emoji.size(); ++i)
        settings.setEmoji(static_cast<SlackLog::Level>(i), m_emoji[i]->text().trimmed());
}

void AppearancePage::setContext(const SlackLog::Settings &settings, const QString &applicationName)
{
    m_context = settings;
    m_applicationName = applicationName;
    updatePreview();
}

MessageFormat AppearancePage::format() const
{
    return static_cast<MessageFormat>(m_format->currentData().toInt());
}

void AppearancePage::updateFormat()
{
    const MessageFormat chosen = format();
    m_formatHint->setText(formatHint(chosen));
    m_format->setAccessibleDescription(m_formatHint->text());
    // The fields only where they change what is posted. The pattern and the emoji stay
    // editable, as the settings check them whatever the format; the hint says where they apply.
    m_fieldsBox->setEnabled(chosen != MessageFormat::Text);
}

void AppearancePage::updatePreview()
{
    // The pattern shapes Text posts only, so the sample is one, whatever the format: the send
    // panel's payload shows the chosen format. Only the fields that make the text are taken,
    // so that a problem shown here is about them.
    SlackLog::Settings sample;
    for (int i = 0; i < int(m_emoji.size()); ++i) {
        const auto level = static_cast<SlackLog::Level>(i);
        sample.setMention(level, m_context.mention(level));
    }
    sample.setMentionsInMessagesAllowed(m_context.mentionsInMessagesAllowed());
    applyTo(sample);
    sample.setFormat(MessageFormat::Text);
    const QString problem = problemsBlockingSave(sample).value(0);
    const SlackLog::PayloadPreview preview = SlackLog::previewPayload(
            sample, SlackLog::Level::Warning, QStringLiteral("app.storage"),
            tr("Disk almost full: 95% of /var used"),
            m_applicationName.isEmpty() ? QStringLiteral("myapp") : m_applicationName);
    const QString text =
            QJsonDocument::fromJson(preview.payloads.value(0)).object().value(u"text").toString();
    m_preview->setText(problem.isEmpty() ? text : problem);
}
