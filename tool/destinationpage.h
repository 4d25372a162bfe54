#ifndef SLACKLOG_TOOL_DESTINATIONPAGE_H
#define SLACKLOG_TOOL_DESTINATIONPAGE_H

#include "settingspage.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
QT_END_NAMESPACE

// The default destination: the webhook URL (masked, with a reveal button, checked as it is
// typed), the kind of server behind it and what that server honours, channel, username and icon.
class DestinationPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit DestinationPage(QWidget *parent = nullptr);

    void showSettings(const SlackLog::Settings &settings) override;
    void applyTo(SlackLog::Settings &settings) const override;

private:
    void checkWebhook();
    void updateKind();

    QLineEdit *m_webhook;
    QToolButton *m_reveal;
    QLabel *m_webhookCheck;
    QComboBox *m_kind;
    QLabel *m_kindHint;
    QLineEdit *m_channel;
    QLineEdit *m_username;
    QLineEdit *m_icon;
    QLabel *m_appWebhookNote;
};

#endif // SLACKLOG_TOOL_DESTINATIONPAGE_H
