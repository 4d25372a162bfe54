#include "filteringpage.h"

#include "levelnames.h"

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QVBoxLayout>

FilteringPage::FilteringPage(QWidget *parent)
    : SettingsPage(parent), m_minimumLevel(new QComboBox(this)),
      m_categoryRules(new QPlainTextEdit(this)),
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
    // Six lines, and no more: a taller hint would spread the rows of its group apart.
    m_categoryRules->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_categoryRules->setFixedHeight(m_categoryRules->fontMetrics().lineSpacing() * 6);

    auto *filters = new QGroupBox(tr("What is posted"), this);
    auto *filterForm = new QFormLayout(filters);
    filterForm->addRow(tr("&Minimum level:"), m_minimumLevel);
    filterForm->addRow(tr("Category &rules:"), m_categoryRules);

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
    }
    m_mentionsInMessages->setObjectName(QStringLiteral("mentionsInMessages"));
    m_mentionsInMessages->setToolTip(tr("Off by default: log text is untrusted, and a "
                                        "<!channel> in it must not ping a whole channel."));
    mentionForm->addRow(m_mentionsInMessages);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filters);
    layout->addWidget(mentions);
    layout->addStretch();

    connect(m_minimumLevel, &QComboBox::activated, this, &SettingsPage::edited);
    connect(m_categoryRules, &QPlainTextEdit::textChanged, this, [this] {
        if (m_categoryRules->document()->isModified())
            Q_EMIT edited();
    });
    connect(m_mentionsInMessages, &QCheckBox::clicked, this, &SettingsPage::edited);
}

void FilteringPage::showSettings(const SlackLog::Settings &settings)
{
    m_minimumLevel->setCurrentIndex(int(settings.minimumLevel()));
    m_categoryRules->setPlainText(settings.categoryRules());
    m_categoryRules->document()->setModified(false);
    for (size_t i = 0; i < m_mentions.size(); ++i)
        m_mentions[i]->setText(settings.mention(static_cast<SlackLog::Level>(i)));
    m_mentionsInMessages->setChecked(settings.mentionsInMessagesAllowed());
}

void FilteringPage::applyTo(SlackLog::Settings &settings) const
{
    settings.setMinimumLevel(m_minimumLevel->currentData().value<SlackLog::Level>());
    settings.setCategoryRules(m_categoryRules->toPlainText().trimmed());
    for (size_t i = 0; i < m_mentions.size(); ++i)
        settings.setMention(static_cast<SlackLog::Level>(i), m_mentions[i]->text().trimmed());
    settings.setMentionsInMessagesAllowed(m_mentionsInMessages->isChecked());
}
