#ifndef SLACKLOG_DELIVERYCONFIG_P_H
#define SLACKLOG_DELIVERYCONFIG_P_H

#include "categoryrules_p.h"
#include "messagepattern_p.h"
#include "postcomposer_p.h"
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

    // The mrkdwn text that posts to \a destination carry for one message, escaped: in Text
    // format the mention, the emoji and the pattern's text; in Blocks the mention and the
    // message; in Attachments the message alone (its mention goes in the post's text). Cut at
    // the longest message, a multi-line message in a code block, then split into marked parts
    // of at most partRoom(). One element when it fits.
    QStringList partsFor(const Record &record, const QString &applicationName,
                         const Destination &destination) const;

    // What one part may hold: the text budget within the server's limit, and in Blocks at most
    // a section's.
    qsizetype partRoom(const Destination &destination) const;

    // The most text one post to \a destination carries: the budget, within the server's limit.
    qsizetype textBudget(const Destination &destination) const;

    // Whether a line of \a text still fits the budget once "(repeated n times)" is added to it.
    bool hasRoomForRepeats(const QString &text, const Destination &destination) const;

    // The format, the fields and the mentions, for composing posts.
    const PostStyle &style() const { return m_style; }

private:
    Settings m_settings;
    MessagePattern m_pattern;
    QList<std::pair<CategoryPattern, Destination>> m_routes;
    PostStyle m_style;
    std::array<QString, 5> m_emoji; // with their colons
};

} // namespace SlackLog::Internal

#endif // SLACKLOG_DELIVERYCONFIG_P_H
