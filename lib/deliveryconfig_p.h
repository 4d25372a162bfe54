#ifndef SLACKLOG_DELIVERYCONFIG_P_H
#define SLACKLOG_DELIVERYCONFIG_P_H

#include "categoryrules_p.h"
#include "messagepattern_p.h"
#include "record_p.h"
#include "settings.h"
#include "slacklog_export.h"

#include <array>
#include <memory>

namespace SlackLog::Internal {

// Settings turned into what formatting a record needs, once per install().
class SLACKLOG_AUTOTEST_EXPORT DeliveryConfig
{
public:
    static std::shared_ptr<const DeliveryConfig> compile(const Settings &settings);

    const Settings &settings() const { return m_settings; }

    // The index of the first route that matches, or -1.
    int routeFor(const Origin &origin) const;

    // Settings, then the route, then the thread's scoped override.
    Destination destinationFor(const Record &record, int route) const;

    // Every destination the settings name: the default, then each route's.
    QList<Destination> destinations() const;

    // The mrkdwn text of one message: its mention, then the pattern's text, escaped.
    QString lineFor(const Record &record, const QString &applicationName) const;

    // The text that posts carry for one message: lineFor() cut at the longest message, then split
    // into marked parts when it exceeds partRoom(). One element when it fits.
    QStringList partsFor(const Record &record, const QString &applicationName) const;

    // What one part may hold: the text budget less room for a "(repeated n times)" suffix.
    qsizetype partRoom() const;

private:
    Settings m_settings;
    MessagePattern m_pattern;
    QList<std::pair<CategoryPattern, Destination>> m_routes;
    std::array<QString, 5> m_mentions;
};

} // namespace SlackLog::Internal

#endif // SLACKLOG_DELIVERYCONFIG_P_H
