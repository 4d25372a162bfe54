#include "destinationpage.h"

#include "fieldchecks.h"

#include <SlackLog/ServerKind>

#include <QtCore/QLocale>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

using SlackLog::ServerKind;

namespace {

// What a kind of server does with a post, from the library's own traits.
QString kindHint(ServerKind kind)
{
    const SlackLog::ServerTraits traits = SlackLog::serverTraits(kind);
    QStringList hint{DestinationPage::tr("A post carries at most %L1 characters, or the text "
                                         "budget on the Delivery page if that is lower, and %L2 "
                                         "attachments; longer messages are split.")
                             .arg(traits.textLimit)
                             .arg(traits.maxAttachments)};
    if (traits.attachmentsTotal > 0)
        hint << DestinationPage::tr("Its attachments hold at most %L1 characters together, "
                                    "titles and fields included.")
                        .arg(traits.attachmentsTotal);
    hint << (traits.blocks ? DestinationPage::tr("It understands Block Kit (the Blocks format).")
                           : DestinationPage::tr("It does not understand Block Kit (the Blocks "
                                                 "format)."));
    QStringList ignored;
    if (!traits.channel)
        ignored << DestinationPage::tr("the channel");
    if (!traits.username)
        ignored << DestinationPage::tr("the username");
    if (!traits.iconEmoji)
        ignored << DestinationPage::tr("the icon emoji");
    if (!traits.iconUrl)
        ignored << DestinationPage::tr("the icon URL");
    if (!ignored.isEmpty())
        hint << DestinationPage::tr("It ignores %1, so posts leave them out.")
                        .arg(QLocale().createSeparatedList(ignored));
    switch (kind) {
    case ServerKind::Slack:
    case ServerKind::RocketChat:
        break;
    case ServerKind::Mattermost:
        hint << DestinationPage::tr("Username and icon work only where an administrator allows "
                                    "them to be overridden.");
        break;
    case ServerKind::Discord:
        hint << DestinationPage::tr("Use the webhook URL with /slack at its end.");
        break;
    }
    // Sentences that end in a full-width stop, as in Chinese, need no space after them.
    QString text;
    for (const QString &sentence : std::as_const(hint)) {
        if (!text.isEmpty() && text.back().unicode() < 0x3000)
            text += u' ';
        text += sentence;
    }
    return text;
}

QString webhookPlaceholder(ServerKind kind)
{
    switch (kind) {
    case ServerKind::Slack:
        break;
    case ServerKind::Mattermost:
        return QStringLiteral("https://mattermost.example.com/hooks/…");
    case ServerKind::RocketChat:
        return QStringLiteral("https://chat.example.com/hooks/…/…");
    case ServerKind::Discord:
        return QStringLiteral("https://discord.com/api/webhooks/…/…/slack");
    }
    return QStringLiteral("https://hooks.slack.com/services/T…/B…/…");
}

} // namespace

DestinationPage::DestinationPage(QWidget *parent)
    : SettingsPage(parent), m_webhook(new QLineEdit(this)), m_reveal(new QToolButton(this)),
      m_webhookCheck(new QLabel(this)), m_kind(new QComboBox(this)), m_kindHint(new QLabel(this)),
      m_channel(new QLineEdit(this)), m_username(new QLineEdit(this)), m_icon(new QLineEdit(this)),
      m_appWebhookNote(new QLabel(
              tr("<b>Note:</b> webhooks made by a Slack app post to their own channel as their "
                 "own identity, and ignore channel, username and icon. One webhook per channel "
                 "is the routing that works everywhere."),
              this))
{
    m_webhook->setObjectName(QStringLiteral("webhookUrl"));
    m_webhook->setEchoMode(QLineEdit::Password);
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

    m_kind->setObjectName(QStringLiteral("serverKind"));
    for (const ServerKind kind : SlackLog::allServerKinds)
        m_kind->addItem(SlackLog::serverKindDisplayName(kind), int(kind));
    m_kind->setToolTip(tr("The chat server behind the webhook. Mattermost, Rocket.Chat and "
                          "Discord accept Slack's posts, each with limits of its own."));
    m_kindHint->setObjectName(QStringLiteral("serverKindHint"));
    m_kindHint->setWordWrap(true);

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

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind);
    kindRow->addStretch();

    // A grid rather than a form: QFormLayout gives a wrapped hint more height than it takes.
    auto *form = new QGridLayout;
    int row = 0;
    const auto addLabel = [this, form, &row](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addWidget(label, row, 0);
    };
    addLabel(tr("&Webhook URL:"), m_webhook);
    form->addLayout(webhookRow, row++, 1);
    form->addWidget(m_webhookCheck, row++, 1);
    addLabel(tr("Ser&ver:"), m_kind);
    form->addLayout(kindRow, row++, 1);
    form->addWidget(m_kindHint, row++, 1);
    addLabel(tr("&Channel:"), m_channel);
    form->addWidget(m_channel, row++, 1);
    addLabel(tr("&Username:"), m_username);
    form->addWidget(m_username, row++, 1);
    addLabel(tr("&Icon:"), m_icon);
    form->addWidget(m_icon, row++, 1);

    m_appWebhookNote->setObjectName(QStringLiteral("appWebhookNote"));
    m_appWebhookNote->setWordWrap(true);
    m_appWebhookNote->setFrameShape(QFrame::StyledPanel);
    m_appWebhookNote->setMargin(6);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_appWebhookNote);
    layout->addStretch();

    for (QLineEdit *edit : {m_webhook, m_channel, m_username, m_icon})
        connect(edit, &QLineEdit::textEdited, this, &SettingsPage::edited);
    connect(m_webhook, &QLineEdit::textChanged, this, &DestinationPage::checkWebhook);
    connect(m_kind, &QComboBox::activated, this, &SettingsPage::edited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DestinationPage::updateKind);
    checkWebhook();
    updateKind();
}

void DestinationPage::showSettings(const SlackLog::Settings &settings)
{
    m_webhook->setText(settings.webhookUrl().toString());
    m_kind->setCurrentIndex(m_kind->findData(int(settings.serverKind())));
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
    // Left unset while it is what unset means, so that opening and saving changes nothing.
    destination.kind = settings.destination().kind;
    const auto kind = static_cast<ServerKind>(m_kind->currentData().toInt());
    if (kind != destination.serverKind())
        destination.kind = kind;
    settings.setDestination(destination);
}

void DestinationPage::updateKind()
{
    const auto kind = static_cast<ServerKind>(m_kind->currentData().toInt());
    m_kindHint->setText(kindHint(kind));
    m_kind->setAccessibleDescription(m_kindHint->text());
    m_webhook->setPlaceholderText(webhookPlaceholder(kind));
    // Only Slack makes app webhooks that ignore channel, username and icon.
    m_appWebhookNote->setVisible(kind == ServerKind::Slack);
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
