#include "recordqueue_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qcoreevent.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qvarlengtharray.h>

namespace SlackLog::Internal {

int RecordQueue::drainEventType()
{
    static const int type = QEvent::registerEventType();
    return type;
}

bool RecordQueue::isFull(qint64 adding) const
{
    return m_ledger.pending() > m_limits.messages
            || m_ledger.pendingBytes.load(std::memory_order_acquire) + adding > m_limits.bytes;
}

RecordQueue::Outcome RecordQueue::enqueue(Record &&record, bool force)
{
    record.cost = recordCost(record.message);
    // Made before the lock, so that what the records dropped hold is freed after it: under a
    // flood every call drops one, and a free inside the lock would lengthen every wait on it.
    QVarLengthArray<Record, 2> evicted;
    QMutexLocker locker(&m_mutex);
    record.sequence = ++m_lastSequence;
    // Counted as logged first, so that a drop below never makes the ledger go negative.
    m_ledger.logged.store(m_lastSequence, std::memory_order_release);
    bool firstDrop = false;
    if (!force && isFull(record.cost)) {
        if (!m_limits.dropOldest) {
            firstDrop = m_ledger.dropForQueueFull(1, record.utcMSecs);
            return firstDrop ? Outcome::DroppedFirstOfEpisode : Outcome::Dropped;
        }
        // What waits beyond the queue, in the outbox, the worker trims itself.
        while (!m_records.empty() && isFull(record.cost)) {
            m_ledger.pendingBytes.fetch_sub(m_records.front().cost, std::memory_order_acq_rel);
            evicted.push_back(std::move(m_records.front()));
            m_records.pop_front();
            firstDrop |= m_ledger.dropForQueueFull(1, record.utcMSecs);
        }
    }
    m_ledger.pendingBytes.fetch_add(record.cost, std::memory_order_acq_rel);
    m_lastEnqueued = record.sequence;
    m_records.push_back(std::move(record));
    if (m_sleeping)
        wakeLocked();
    return firstDrop ? Outcome::DroppedFirstOfEpisode : Outcome::Queued;
}

void RecordQueue::setLimits(const QueueLimits &limits)
{
    QMutexLocker locker(&m_mutex);
    m_limits = limits;
}

QueueLimits RecordQueue::limits() const
{
    QMutexLocker locker(&m_mutex);
    return m_limits;
}

quint64 RecordQueue::assignSequence()
{
    QMutexLocker locker(&m_mutex);
    m_ledger.logged.store(++m_lastSequence, std::memory_order_release);
    return m_lastSequence;
}

quint64 RecordQueue::takeAll(Records &records, std::vector<ConfigChange> &changes, quint64 reserve)
{
    QMutexLocker locker(&m_mutex);
    m_wakePending = false;
    m_sleeping = false;
    std::swap(m_records, records);
    std::swap(m_changes, changes);
    const quint64 firstReserved = m_lastSequence + 1;
    if (reserve > 0) {
        m_lastSequence += reserve;
        m_lastEnqueued = m_lastSequence;
        m_ledger.logged.store(m_lastSequence, std::memory_order_release);
    }
    return firstReserved;
}

void RecordQueue::putBack(Records &records, std::vector<ConfigChange> &changes)
{
    QMutexLocker locker(&m_mutex);
    m_records.insert(m_records.begin(), std::make_move_iterator(records.begin()),
                     std::make_move_iterator(records.end()));
    m_changes.insert(m_changes.begin(), std::make_move_iterator(changes.begin()),
                     std::make_move_iterator(changes.end()));
    records.clear();
    changes.clear();
}

void RecordQueue::changeConfig(std::shared_ptr<const DeliveryConfig> config)
{
    QMutexLocker locker(&m_mutex);
    m_changes.push_back({m_lastSequence + 1, std::move(config)});
    if (m_sleeping)
        wakeLocked();
}

void RecordQueue::setWakeTarget(QObject *target)
{
    QMutexLocker locker(&m_mutex);
    m_wakeTarget = target;
    m_wakePending = false;
    m_sleeping = false;
}

void RecordQueue::wake()
{
    QMutexLocker locker(&m_mutex);
    wakeLocked();
}

void RecordQueue::wakeLocked()
{
    // With the lock held, so that the target cannot be cleared, and destroyed, meanwhile.
    m_sleeping = false;
    if (m_wakeTarget && !m_wakePending) {
        m_wakePending = true;
        QCoreApplication::postEvent(m_wakeTarget, new QEvent(QEvent::Type(drainEventType())));
    }
}

bool RecordQueue::sleepUntilQueued()
{
    QMutexLocker locker(&m_mutex);
    if (!m_records.empty() || !m_changes.empty())
        return false;
    // Without a target the worker is being stopped: nothing will come for it to take.
    m_sleeping = m_wakeTarget != nullptr;
    return true;
}

void RecordQueue::clearWakeTarget(QObject *target)
{
    QMutexLocker locker(&m_mutex);
    if (m_wakeTarget == target) {
        m_wakeTarget = nullptr;
        m_wakePending = false;
        m_sleeping = false;
    }
}

void RecordQueue::whileLocked(const std::function<void(const Records &)> &look) const
{
    QMutexLocker locker(&m_mutex);
    look(m_records);
}

quint64 RecordQueue::lastEnqueuedSequence() const
{
    QMutexLocker locker(&m_mutex);
    return m_lastEnqueued;
}

} // namespace SlackLog::Internal
