#ifndef SLACKLOG_LEDGER_P_H
#define SLACKLOG_LEDGER_P_H

#include "statistics.h"

#include <atomic>

namespace SlackLog::Internal {

// Every accepted message is counted once in logged, and once more when its fate is known.
struct Ledger
{
    std::atomic<quint64> logged{0};
    std::atomic<quint64> delivered{0};
    std::atomic<quint64> failed{0};
    std::atomic<quint64> dropped{0};

    Statistics snapshot() const
    {
        Statistics s;
        // Outcomes first, then logged: logged only grows, so queued can never come out negative.
        s.delivered = delivered.load(std::memory_order_acquire);
        s.failed = failed.load(std::memory_order_acquire);
        s.dropped = dropped.load(std::memory_order_acquire);
        s.logged = logged.load(std::memory_order_acquire);
        s.queued = s.logged - s.delivered - s.failed - s.dropped;
        return s;
    }

    quint64 pending() const { return snapshot().queued; }
};

} // namespace SlackLog::Internal

#endif // SLACKLOG_LEDGER_P_H
