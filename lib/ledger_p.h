#ifndef SLACKLOG_LEDGER_P_H
#define SLACKLOG_LEDGER_P_H

#include "statistics.h"

#include <array>
#include <atomic>
#include <mutex>
#include <optional>

namespace SlackLog::Internal {

enum class DropReason { QueueFull, Rejected, Expired, Shutdown, SpoolFull };

// A run of queue_full drops, told to the channel once there is room again.
struct DropEpisode
{
    quint64 count = 0;
    qint64 sinceUtcMSecs = 0;
};

// For tests: the messages that wait in memory, counted one by one where they are, and the
// statistics at that same moment, whose queued must be that count.
struct InMemoryCount
{
    quint64 counted = 0;
    Statistics statistics;
};

// Every accepted message is counted once in logged, and once more when its fate is known.
class Ledger
{
public:
    std::atomic<quint64> logged{0};
    std::atomic<quint64> delivered{0};
    std::atomic<quint64> retries{0};
    std::atomic<quint64> possibleDuplicates{0};
    std::atomic<quint64> folded{0};
    std::atomic<quint64> spooled{0}; // left in the spool for a later run
    std::atomic<quint64> replayed{0};
    std::atomic<quint64> spoolDamaged{0};
    std::atomic<quint64> spoolDamagedStretches{0};
    // What the messages not yet settled hold in memory, for the queue's byte cap.
    std::atomic<qint64> pendingBytes{0};

    void drop(DropReason reason, quint64 count)
    {
        m_dropped[size_t(reason)].fetch_add(count, std::memory_order_acq_rel);
    }

    quint64 dropped(DropReason reason) const
    {
        return m_dropped[size_t(reason)].load(std::memory_order_acquire);
    }

    // Counts \a count queue_full drops; true when they start a new episode.
    bool dropForQueueFull(quint64 count, qint64 utcMSecs)
    {
        drop(DropReason::QueueFull, count);
        const std::lock_guard lock(m_episodeMutex);
        const bool first = m_episode.count == 0;
        if (first)
            m_episode.sinceUtcMSecs = utcMSecs;
        m_episode.count += count;
        return first;
    }

    std::optional<DropEpisode> endDropEpisode()
    {
        const std::lock_guard lock(m_episodeMutex);
        if (m_episode.count == 0)
            return std::nullopt;
        const DropEpisode episode = m_episode;
        m_episode = {};
        return episode;
    }

    Statistics snapshot() const
    {
        Statistics s;
        // Outcomes first, then logged: logged only grows, so queued can never come out negative.
        s.delivered = delivered.load(std::memory_order_acquire);
        s.rejected = dropped(DropReason::Rejected);
        s.expired = dropped(DropReason::Expired);
        s.droppedQueueFull = dropped(DropReason::QueueFull);
        s.droppedShutdown = dropped(DropReason::Shutdown);
        s.droppedSpoolFull = dropped(DropReason::SpoolFull);
        s.retries = retries.load(std::memory_order_acquire);
        s.possibleDuplicates = possibleDuplicates.load(std::memory_order_acquire);
        s.folded = folded.load(std::memory_order_acquire);
        s.spooled = spooled.load(std::memory_order_acquire);
        s.replayed = replayed.load(std::memory_order_acquire);
        s.spoolDamaged = spoolDamaged.load(std::memory_order_acquire);
        s.spoolDamagedStretches = spoolDamagedStretches.load(std::memory_order_acquire);
        s.logged = logged.load(std::memory_order_acquire);
        s.failed = s.rejected + s.expired;
        s.dropped = s.droppedQueueFull + s.droppedShutdown + s.droppedSpoolFull;
        s.queued = s.logged - s.delivered - s.failed - s.dropped - s.spooled;
        return s;
    }

    // Messages in memory whose fate is not known yet.
    quint64 pending() const
    {
        quint64 settled =
                delivered.load(std::memory_order_acquire) + spooled.load(std::memory_order_acquire);
        for (const auto &count : m_dropped)
            settled += count.load(std::memory_order_acquire);
        return logged.load(std::memory_order_acquire) - settled;
    }

private:
    std::array<std::atomic<quint64>, 5> m_dropped{};
    std::mutex m_episodeMutex;
    DropEpisode m_episode;
};

} // namespace SlackLog::Internal

#endif // SLACKLOG_LEDGER_P_H
