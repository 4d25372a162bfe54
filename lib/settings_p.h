#ifndef SLACKLOG_SETTINGS_P_H
#define SLACKLOG_SETTINGS_P_H

#include "settings.h"

#include <QtCore/qshareddata.h>

#include <array>

namespace SlackLog {

using namespace std::chrono_literals;

class SettingsData : public QSharedData
{
public:
    Destination destination;
    Level minimumLevel = Level::Debug;
    QString categoryRules;
    QString messagePattern = Settings::defaultMessagePattern();
    std::chrono::milliseconds shutdownTimeout = 5s;
    std::chrono::milliseconds requestTimeout = 30s;
    int queueCapacity = 10000;
    std::array<QString, 5> mentions;
    bool mentionsInMessagesAllowed = false;
    QList<Route> routes;
    // Values that could not be read, so that validate() can say so instead of silently
    // falling back to a default.
    QStringList inputErrors;
};

} // namespace SlackLog

#endif // SLACKLOG_SETTINGS_P_H
