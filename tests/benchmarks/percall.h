#ifndef SLACKLOG_BENCH_PERCALL_H
#define SLACKLOG_BENCH_PERCALL_H

#include <cstdint>
#include <functional>
#include <vector>

namespace Bench {

// Nanoseconds per call, each call timed on its own, pooled over rounds and threads.
struct Percentiles
{
    double median = 0;
    double p99 = 0;
    double p999 = 0;
    std::size_t samples = 0;
};

using Samples = std::vector<std::int64_t>;

// What the timer itself adds to one timed call: the median of timing nothing.
std::int64_t timerOverheadNs();

// Times \a calls calls of \a logCall on each of \a threads fresh threads started together,
// after \a warmup untimed calls each, and appends every call's time in ns to \a samples.
void timeCalls(int threads, int warmup, int calls, const std::function<void(int)> &logCall,
               Samples &samples);

// Subtracts \a overheadNs from every figure: the timer's cost is not the call's.
Percentiles percentiles(Samples samples, std::int64_t overheadNs);

} // namespace Bench

#endif // SLACKLOG_BENCH_PERCALL_H
