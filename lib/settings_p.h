#ifndef SLACKLOG_SETTINGS_P_H
#define SLACKLOG_SETTINGS_P_H

#include "settings.h"

#include <QtCore/qshareddata.h>

#include <array>
#include <optional>

namespace SlackLog {

using namespace std::chrono_literals;

class SettingsData : public QSharedData
{
public:
    bool sameDelivery(const SettingsData &other) const;

public:
    Destination destination;
    Level minimumLevel = Level::Debug;
    QString categoryRules;
    QString messagePattern = Settings::defaultMessagePattern();
    std::chrono::milliseconds shutdownTimeout = 5s;
    std::chrono::milliseconds requestTimeout = 30s;
    int queueCapacity = 10000;
    qint64 queueCapacityBytes = 16 * 1024 * 1024;
    Settings::OverflowPolicy overflowPolicy = Settings::OverflowPolicy::DropOldest;
    double postsPerSecond = 1.0;
    int burst = 3;
    int textBudget = 4000;
    int messageMax = 100000;
    std::chrono::milliseconds maxRetryTime = 10min;
    std::chrono::milliseconds repeatWindow = 60s;
    QUrl proxy;
    std::optional<QString> spoolDirectory; // nullopt: the default location
    qint64 spoolMaxBytes = 64 * 1024 * 1024;
    std::array<QString, 5> mentions;
    bool mentionsInMessagesAllowed = false;
    MessageFormat format = MessageFormat::Attachments;
    MessageFields fields = Settings::defaultFields();
    std::array<QString, 5> emoji = {QString(), QString(), QStringLiteral(":warning:"),
                                    QStringLiteral(":rotating_light:"),
                                    QStringLiteral(":rotating_light:")};
    QList<Route> routes;
    // Values that could not be read, so that validate() can say so instead of silently
    // falling back to a default.
    QStringList inputErrors;
};

namespace Internal {
// The longest each duration may be, read or set: an absurd value (a stray 2^31) must not make
// exit wait for ever while Slack is down.
inline constexpr std::chrono::milliseconds maxShutdownTimeout = 10min;
inline constexpr std::chrono::milliseconds maxRequestTimeout = 10min;
inline constexpr std::chrono::milliseconds maxRetryTime = 7 * 24h;
inline constexpr std::chrono::milliseconds maxRepeatWindow = 24h;

// The problems of the delivery settings, appended to \a problems.
void validateDelivery(const SettingsData &d, QStringList &problems);
// The problems of the format, the emoji and the kinds of servers, appended to \a problems.
void validateFormatting(const SettingsData &d, QStringList &problems);
// "The icon emoji … is not an emoji name", or empty.
QString emojiProblem(const QString &emoji, const QString &what);
} // namespace Internal

} // namespace SlackLog

#endif // SLACKLOG_SETTINGS_P_H
