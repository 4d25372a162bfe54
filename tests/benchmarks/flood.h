#ifndef SLACKLOG_BENCH_FLOOD_H
#define SLACKLOG_BENCH_FLOOD_H

#include <QtCore/qglobal.h>

#include <functional>

namespace Bench {

struct FloodResult
{
    double messagesPerSecond = 0; // all threads together
    qint64 peakRssGrowthBytes = 0; // peak resident memory during the flood, over before it
};

// \a total messages from \a threads threads as fast as they go, between \a setUp and
// \a tearDown (which runs after the peak is read).
FloodResult flood(int threads, int total, const std::function<void()> &setUp,
                  const std::function<void()> &tearDown);

// Resident memory now, and the peak since the last resetPeakRss(), from /proc/self/status.
qint64 residentBytes();
qint64 peakResidentBytes();
void resetPeakRss();

} // namespace Bench

#endif // SLACKLOG_BENCH_FLOOD_H
