#ifndef SLACKLOG_RECORDQUEUE_P_H
#define SLACKLOG_RECORDQUEUE_P_H

#include "deliveryconfig_p.h"
#include "ledger_p.h"
#include "record_p.h"

#include <QtCore/qmutex.h>

#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace SlackLog::Internal {

// A settings change takes effect from the first message logged after it, so it travels in
// sequence order with the messages instead of racing them to the worker.
struct ConfigChange
{
    quint64 firstSequence = 0;
    std::shared_ptr<const DeliveryConfig> config;
};

// The caps on what waits for delivery, here and in the outbox together.
struct QueueLimits
{
    quint64 messages = 10000;
    qint64 bytes = 16 * 1024 * 1024;
    bool dropOldest = true;
};

// The hand-over point between logging threads and whoever delivers. The logging side holds the
// lock for a push_back. It wakes the worker only when the worker sleeps, which it does once a
// look finds nothing new: a wake-up (an event posted, a system call, often a context switch)
// costs the caller microseconds, so it is paid once per quiet spell, not per message, and an
// idle application never wakes up at all. flush(), qFatal and exit wake the worker too.
class RecordQueue
{
public:
    explicit RecordQueue(Ledger &ledger) : m_ledger(ledger) { }

    enum class Outcome { Queued, Dropped, DroppedFirstOfEpisode };

    // A forced record (qFatal) is queued even when the queue is full. A full queue drops its
    // oldest record or this one, as the limits say, and never waits.
    Outcome enqueue(Record &&record, bool force);

    void setLimits(const QueueLimits &limits);
    QueueLimits limits() const;

    // A sequence number for a message that is counted as logged but delivered around the
    // queue (qFatal's).
    quint64 assignSequence();

    // Moves everything queued into the (empty) containers given. Reserves \a reserve sequence
    // numbers right after what was taken, for messages taken up from the spool, and returns
    // the first; they count as logged.
    quint64 takeAll(Records &records, std::vector<ConfigChange> &changes, quint64 reserve = 0);

    // Returns records taken but not yet formatted to the front of the queue, in order.
    void putBack(Records &records, std::vector<ConfigChange> &changes);

    void changeConfig(std::shared_ptr<const DeliveryConfig> config);

    // The object that gets a drain event from wake(); nullptr for none.
    void setWakeTarget(QObject *target);
    // Asks the wake target to drain now, unless it was asked already and has not drained since.
    void wake();
    // The wake target goes to sleep: the next record queued, or settings change, wakes it.
    // False, and no sleep, when something waits already.
    bool sleepUntilQueued();
    // Stops waking \a target, if it is the one woken.
    void clearWakeTarget(QObject *target);

    quint64 lastEnqueuedSequence() const;

    // Calls \a look with what is queued, while no record can be queued or dropped: for a count
    // that must agree with the ledger at one moment.
    void whileLocked(const std::function<void(const Records &)> &look) const;

    static int drainEventType();

private:
    bool isFull(qint64 adding) const;
    void wakeLocked();

    Ledger &m_ledger;
    mutable QMutex m_mutex;
    Records m_records;
    std::vector<ConfigChange> m_changes;
    QueueLimits m_limits;
    quint64 m_lastSequence = 0;
    quint64 m_lastEnqueued = 0;
    QObject *m_wakeTarget = nullptr;
    bool m_wakePending = false;
    bool m_sleeping = false;
};

} // namespace SlackLog::Internal

#endif // SLACKLOG_RECORDQUEUE_P_H
