#include "recordqueue_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qcoreevent.h>
#include <QtCore/qdatetime.h>

namespace SlackLog::Internal {

int RecordQueue::drainEventType()
{
    static const int type = QEvent::registerEventType();
    return type;
}

RecordQueue::Outcome RecordQueue::enqueue(Record &&record, quint64 capacity, bool force)
{
    QMutexLocker locker(&m_mutex);
    record.sequence = ++m_lastSequence;
    m_ledger.logged.store(m_lastSequence, std::memory_order_release);
    if (!force && m_ledger.pending() > capacity) {
        m_ledger.dropped.fetch_add(1, std::memory_order_acq_rel);
        if (m_dropEpisode.count++ == 0) {
            m_dropEpisode.sinceUtcMSecs = record.utcMSecs;
            return Outcome::DroppedFirstOfEpisode;
        }
        return Outcome::Dropped;
    }
    m_lastEnqueued = record.sequence;
    m_records.push_back(std::move(record));
    return Outcome::Queued;
}

quint64 RecordQueue::assignSequence()
{
    QMutexLocker locker(&m_mutex);
    m_ledger.logged.store(++m_lastSequence, std::memory_order_release);
    return m_lastSequence;
}

void RecordQueue::takeAll(std::vector<Record> &records, std::vector<ConfigChange> &changes)
{
    QMutexLocker locker(&m_mutex);
    m_wakePending = false;
    std::swap(m_records, records);
    std::swap(m_changes, changes);
}

void RecordQueue::putBack(std::vector<Record> &records, std::vector<ConfigChange> &changes)
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
}

void RecordQueue::setWakeTarget(QObject *target)
{
    QMutexLocker locker(&m_mutex);
    m_wakeTarget = target;
    m_wakePending = false;
}

void RecordQueue::wake()
{
    QMutexLocker locker(&m_mutex);
    if (m_wakeTarget && !m_wakePending) {
        m_wakePending = true;
        QCoreApplication::postEvent(m_wakeTarget, new QEvent(QEvent::Type(drainEventType())));
    }
}

void RecordQueue::clearWakeTarget(QObject *target)
{
    QMutexLocker locker(&m_mutex);
    if (m_wakeTarget == target) {
        m_wakeTarget = nullptr;
        m_wakePending = false;
    }
}

quint64 RecordQueue::lastEnqueuedSequence() const
{
    QMutexLocker locker(&m_mutex);
    return m_lastEnqueued;
}

std::optional<DropEpisode> RecordQueue::endDropEpisode(quint64 capacity)
{
    QMutexLocker locker(&m_mutex);
    if (m_dropEpisode.count == 0 || m_ledger.pending() >= capacity)
        return std::nullopt;
    const DropEpisode episode = m_dropEpisode;
    m_dropEpisode = {};
    return episode;
}

} // namespace SlackLog::Internal
