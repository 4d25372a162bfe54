#include "filteringpage.h"

#include "fieldchecks.h"
#include "levelnames.h"

#include <SlackLog/PayloadPreview>

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

FilteringPage::FilteringPage(QWidget *parent)
    : SettingsPage(parent), m_minimumLevel(new QComboBox(this)),
      m_categoryRules(new QPlainTextEdit(this)), m_pattern(new QLineEdit(this)),
      m_preview(new QLabel(this)),
      m_mentionsInMessages(new QCheckBox(tr("Let mentions written in log text through"), this))
{
    m_minimumLevel->setObjectName(QStringLiteral("minimumLevel"));
    addLevels(m_minimumLevel, SlackLog::Level::Debug, SlackLog::Level::Fatal);
    m_minimumLevel->setToolTip(tr("Messages below this level are not posted. Default: Debug."));

    m_categoryRules->setObjectName(QStringLiteral("categoryRules"));
    m_categoryRules->setPlaceholderText(QStringLiteral("qt.*=false\napp.db.debug=false"));
    m_categoryRules->setToolTip(tr("Which logging categories are posted, in QLoggingCategory's "
                                   "rule syntax, one rule per line. Later rules win. They "
                                   "filter on top of Qt's own category settings."));
    m_categoryRules->setTabChangesFocus(true);
    m_categoryRules->setMaximumHeight(m_categoryRules->fontMetrics().lineSpacing() * 6);

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

    m_preview->setObjectName(QStringLiteral("patternPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);

    auto *filters = new QGroupBox(tr("What is posted"), this);
    auto *filterForm = new QFormLayout(filters);
    filterForm->addRow(tr("&Minimum level:"), m_minimumLevel);
    filterForm->addRow(tr("Category &rules:"), m_categoryRules);

    auto *text = new QGroupBox(tr("How it reads"), this);
    auto *textForm = new QFormLayout(text);
    auto *patternLabel = new QLabel(tr("Message &pattern:"), this);
    patternLabel->setBuddy(m_pattern);
    textForm->addRow(patternLabel, patternRow);
    //: a preview of a sample warning, formatted with the pattern
    textForm->addRow(tr("Sample:"), m_preview);

    auto *mentions = new QGroupBox(tr("Mentions"), this);
    auto *mentionForm = new QFormLayout(mentions);
    for (size_t i = 0; i < m_mentions.size(); ++i) {
        const auto level = static_cast<SlackLog::Level>(i);
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("mention_") + SlackLog::levelName(level));
        edit->setPlaceholderText(tr("none"));
        edit->setToolTip(tr("Put in front of %1 messages: @here, @channel, @everyone, a user "
                            "(@U012AB3CD) or a user group (<!subteam^S012AB3CD>).")
                                 .arg(levelDisplayName(level)));
        m_mentions[i] = edit;
        mentionForm->addRow(levelDisplayName(level) + u':', edit);
        connect(edit, &QLineEdit::textEdited, this, &SettingsPage::edited);
        connect(edit, &QLineEdit::textChanged, this, &FilteringPage::updatePreview);
    }
    m_mentionsInMessages->setObjectName(QStringLiteral("mentionsInMessages"));
    m_mentionsInMessages->setToolTip(tr("Off by default: log text is untrusted, and a "
                                        "<!channel> in it must not ping a whole channel."));
    mentionForm->addRow(m_mentionsInMessages);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filters);
    layout->addWidget(text);
    layout->addWidget(mentions);
    layout->addStretch();

    connect(m_minimumLevel, &QComboBox::activated, this, &SettingsPage::edited);
    connect(m_categoryRules, &QPlainTextEdit::textChanged, this, [this] {
        if (m_categoryRules->document()->isModified())
            Q_EMIT edited();
    });
    connect(m_pattern, &QLineEdit::textEdited, this, &SettingsPage::edited);
    connect(m_pattern, &QLineEdit::textChanged, this, &FilteringPage::updatePreview);
    connect(m_mentionsInMessages, &QCheckBox::clicked, this, &SettingsPage::edited);
}

void FilteringPage::showSettings(const SlackLog::Settings &settings)
{
    m_minimumLevel->setCurrentIndex(int(settings.minimumLevel()));
    m_categoryRules->setPlainText(settings.categoryRules());
    m_categoryRules->document()->setModified(false);
    m_pattern->setText(settings.messagePattern());
    for (size_t i = 0; i < m_mentions.size(); ++i)
        m_mentions[i]->setText(settings.mention(static_cast<SlackLog::Level>(i)));
    m_mentionsInMessages->setChecked(settings.mentionsInMessagesAllowed());
    updatePreview();
}

void FilteringPage::applyTo(SlackLog::Settings &settings) const
{
    settings.setMinimumLevel(m_minimumLevel->currentData().value<SlackLog::Level>());
    settings.setCategoryRules(m_categoryRules->toPlainText().trimmed());
    settings.setMessagePattern(m_pattern->text());
    for (size_t i = 0; i < m_mentions.size(); ++i)
        settings.setMention(static_cast<SlackLog::Level>(i), m_mentions[i]->text().trimmed());
    settings.setMentionsInMessagesAllowed(m_mentionsInMessages->isChecked());
}

void FilteringPage::setApplicationName(const QString &name)
{
    m_applicationName = name;
    updatePreview();
}

void FilteringPage::updatePreview()
{
    SlackLog::Settings sample;
    applyTo(sample);
    sample.setMinimumLevel(SlackLog::Level::Debug);
    sample.setCategoryRules(QString());
    // Only this page's fields are set, so any problem is about them.
    const QString problem = problemsBlockingSave(sample).value(0);
    const SlackLog::PayloadPreview preview = SlackLog::previewPayload(
            sample, SlackLog::Level::Warning, QStringLiteral("app.storage"),
            tr("Disk almost full: 95% of /var used"),
            m_applicationName.isEmpty() ? QStringLiteral("myapp") : m_applicationName);
    const QString text =
            QJsonDocument::fromJson(preview.payloads.value(0)).object().value(u"text").toString();
    m_preview->setText(problem.isEmpty() ? text : problem);
}
