#ifndef SLACKLOG_OUTBOX_P_H
#define SLACKLOG_OUTBOX_P_H

#include "recordqueue_p.h"
#include "slacklog_export.h"

#include <QtCore/qhash.h>
#include <QtCore/qstringlist.h>

#include <deque>
#include <limits>

namespace SlackLog::Internal {

// One post's worth of messages for one destination.
struct Batch
{
    QString key;
    Destination destination;
    QByteArray payload;
    int messageCount = 0;
    quint64 firstSequence = 0;
    quint64 lastSequence = 0;
};

/*
    Messages that have been formatted but not yet settled, by destination. Whoever delivers owns
    it: the worker while the application runs, the exit path otherwise. Each destination has at
    most one post under way; what arrives meanwhile waits and goes into the next post together.
*/
class SLACKLOG_AUTOTEST_EXPORT Outbox
{
public:
    // A post carries at most this many characters of text. Slack asks for messages under
    // 4,000 characters for readability, and truncates beyond 40,000.
    static constexpr qsizetype textBudget = 4000;

    // Formats records under the settings in effect at each one's sequence number.
    void add(std::vector<Record> &records, std::vector<ConfigChange> &changes,
             const QString &applicationName);

    // Destinations with messages waiting and no post under way.
    QStringList readyDestinations() const;

    // Marks the next post's messages of \a key as under way.
    Batch takeBatch(const QString &key);

    // The post under way for \a key has finished: its messages are settled. Returns how many.
    quint64 settle(const QString &key);

    // The post under way for \a key will not finish: its messages wait again.
    void release(const QString &key);

    bool isEmpty() const { return m_destinations.isEmpty(); }
    quint64 messageCount() const;

    // The lowest sequence number not yet settled, or max() when nothing waits.
    quint64 lowestUnsettled() const;

    // The settings of the latest messages; null before the first.
    const DeliveryConfig *config() const { return m_config.get(); }

    // The last sequence number that reached the outbox.
    quint64 lastAdded() const { return m_lastAdded; }

    // Forgets every message, for when they can no longer be delivered.
    quint64 clear();

private:
    struct Line
    {
        quint64 sequence;
        QString text;
    };
    struct PerDestination
    {
        Destination destination;
        std::deque<Line> lines;
        int underWay = 0;
    };
    QHash<QString, PerDestination> m_destinations;
    std::shared_ptr<const DeliveryConfig> m_config;
    QHash<const Origin *, int> m_routeCache;
    quint64 m_lastAdded = 0;
};

// What tells destinations apart: posts to one key go one after the other.
QString destinationKey(const Destination &destination);

// The JSON body of a post: text, and the destination's channel, username and icon if set.
SLACKLOG_AUTOTEST_EXPORT QByteArray slackPayload(const Destination &destination,
                                                 const QString &text);

} // namespace SlackLog::Internal

#endif // SLACKLOG_OUTBOX_P_H
