#include "fieldchecks.h"

#include <QtCore/QUrl>

namespace {

// Stands in for a missing webhook when only the other fields are being checked.
QUrl placeholderWebhook()
{
    return QUrl(QStringLiteral("https://hooks.slack.com/services/T00000000/B00000000/x"));
}

} // namespace

QString webhookUrlProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QString();
    SlackLog::Settings settings;
    settings.setWebhookUrl(QUrl(text.trimmed(), QUrl::StrictMode));
    return settings.validate().value(0);
}

void setIconFromText(SlackLog::Destination &destination, const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty()) {
        destination.iconUrl = url;
        destination.iconEmoji.clear();
    } else {
        destination.iconEmoji = trimmed;
        destination.iconUrl.clear();
    }
}

QString iconText(const SlackLog::Destination &destination)
{
    if (!destination.iconEmoji.isEmpty())
        return destination.iconEmoji;
    return destination.iconUrl.toString();
}

QStringList problemsBlockingSave(const SlackLog::Settings &settings)
{
    if (!settings.webhookUrl().isEmpty())
        return settings.validate();
    SlackLog::Settings probe = settings;
    probe.setWebhookUrl(placeholderWebhook());
    return probe.validate();
}
