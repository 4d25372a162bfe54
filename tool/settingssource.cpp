#include "settingssource.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QSettings>

std::unique_ptr<QSettings> openSettings(const CommandLine &commandLine)
{
    if (!commandLine.settingsFile.isEmpty())
        return std::make_unique<QSettings>(commandLine.settingsFile, QSettings::IniFormat);
    if (!commandLine.organization.isEmpty() || !commandLine.application.isEmpty())
        return std::make_unique<QSettings>(commandLine.organization, commandLine.application);
    return std::make_unique<QSettings>();
}

SlackLog::Settings resolveSettings(const CommandLine &commandLine, QSettings &stored)
{
    SlackLog::Settings settings =
            SlackLog::Settings::fromEnvironment(SlackLog::Settings::load(stored));
    if (commandLine.webhookUrl)
        settings.setWebhookUrl(QUrl(*commandLine.webhookUrl, QUrl::StrictMode));
    if (commandLine.channel)
        settings.setChannel(*commandLine.channel);
    if (commandLine.username)
        settings.setUsername(*commandLine.username);
    if (commandLine.iconEmoji) {
        settings.setIconEmoji(*commandLine.iconEmoji);
        settings.setIconUrl(QUrl());
    }
    if (commandLine.iconUrl) {
        settings.setIconUrl(QUrl(*commandLine.iconUrl, QUrl::StrictMode));
        settings.setIconEmoji(QString());
    }
    return settings;
}
