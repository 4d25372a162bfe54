#include "destinationpage.h"

#include "fieldchecks.h"

#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

DestinationPage::DestinationPage(QWidget *parent)
    : SettingsPage(parent), m_webhook(new QLineEdit(this)), m_reveal(new QToolButton(this)),
      m_webhookCheck(new QLabel(this)), m_channel(new QLineEdit(this)),
      m_username(new QLineEdit(this)), m_icon(new QLineEdit(this))
{
    m_webhook->setObjectName(QStringLiteral("webhookUrl"));
    m_webhook->setEchoMode(QLineEdit::Password);
    m_webhook->setPlaceholderText(QStringLiteral("https://hooks.slack.com/services/T…/B…/…"));
    m_webhook->setToolTip(tr("The incoming webhook that messages are posted to. Anyone who has "
                             "it can post, so it is masked. Empty: test messages go to the "
                             "built-in inspector, and applications need SLACKLOG_WEBHOOK_URL."));
    m_reveal->setObjectName(QStringLiteral("revealWebhook"));
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show or hide the webhook URL"));
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_webhook->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
    });
    m_webhookCheck->setObjectName(QStringLiteral("webhookProblem"));
    m_webhookCheck->setWordWrap(true);

    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->setPlaceholderText(tr("the webhook's own channel"));
    m_channel->setToolTip(tr("A channel such as #ops, or @user for a direct message."));
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setPlaceholderText(tr("the webhook's own name"));
    m_icon->setObjectName(QStringLiteral("icon"));
    m_icon->setPlaceholderText(tr(":robot_face: or https://example.com/icon.png"));
    m_icon->setToolTip(tr("An emoji name, with or without colons, or the URL of an image."));

    auto *webhookRow = new QHBoxLayout;
    webhookRow->addWidget(m_webhook);
    webhookRow->addWidget(m_reveal);

    auto *webhookLabel = new QLabel(tr("&Webhook URL:"), this);
    webhookLabel->setBuddy(m_webhook);
    auto *form = new QFormLayout;
    form->addRow(webhookLabel, webhookRow);
    form->addRow(QString(), m_webhookCheck);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Icon:"), m_icon);

    auto *note = new QLabel(
            tr("<b>Note:</b> webhooks made by a Slack app post to their own channel as their "
               "own identity, and ignore channel, username and icon. One webhook per channel "
               "is the routing that works everywhere."),
            this);
    note->setObjectName(QStringLiteral("appWebhookNote"));
    note->setWordWrap(true);
    note->setFrameShape(QFrame::StyledPanel);
    note->setMargin(6);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();

    for (QLineEdit *edit : {m_webhook, m_channel, m_username, m_icon})
        connect(edit, &QLineEdit::textEdited, this, &SettingsPage::edited);
    connect(m_webhook, &QLineEdit::textChanged, this, &DestinationPage::checkWebhook);
    checkWebhook();
}

void DestinationPage::showSettings(const SlackLog::Settings &settings)
{
    m_webhook->setText(settings.webhookUrl().toString());
    m_channel->setText(settings.channel());
    m_username->setText(settings.username());
    m_icon->setText(iconText(settings.destination()));
}

void DestinationPage::applyTo(SlackLog::Settings &settings) const
{
    SlackLog::Destination destination;
    destination.webhookUrl = QUrl(m_webhook->text().trimmed(), QUrl::StrictMode);
    destination.channel = m_channel->text().trimmed();
    destination.username = m_username->text().trimmed();
    setIconFromText(destination, m_icon->text());
    settings.setDestination(destination);
}

void DestinationPage::checkWebhook()
{
    const QString problem = webhookUrlProblem(m_webhook->text());
    if (!problem.isEmpty()) {
        m_webhookCheck->setText(problem);
        m_webhookCheck->setStyleSheet(QStringLiteral("color: #c01c28;"));
    } else if (m_webhook->text().trimmed().isEmpty()) {
        m_webhookCheck->setText(tr("No webhook: test messages go to the built-in inspector."));
        m_webhookCheck->setStyleSheet(QString());
    } else {
        m_webhookCheck->setText(tr("A valid webhook URL."));
        m_webhookCheck->setStyleSheet(QStringLiteral("color: #26a269;"));
    }
}
