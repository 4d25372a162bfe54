#ifndef SLACKLOG_BENCH_FLOOD_H
#define SLACKLOG_BENCH_FLOOD_H

#include <QtCore/qglobal.h>

#include <functional>

namespace Bench {

struct FloodResult
{
    double messagesPerSecond = 0; // all threads together
    qint64 peakRssGrowthBytes = 0; // peak resident memory during the flood, over before it; -1
                                   // when the peak could not be reset
};

// \a total messages from \a threads threads as fast as they go, between \a setUp and
// \a tearDown (which runs after the peak is read); \a runs times, for the median rate and the
// highest peak.
FloodResult flood(int threads, int total, int runs, const std::function<void()> &setUp,
                  const std::function<void()> &tearDown);

// Resident memory now, and the peak since the last resetPeakRss(), from /proc/self/status.
qint64 residentBytes();
qint64 peakResidentBytes();
bool resetPeakRss();

} // namespace Bench

#endif // SLACKLOG_BENCH_FLOOD_H
