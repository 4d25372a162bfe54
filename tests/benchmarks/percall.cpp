#include "percall.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

namespace Bench {

namespace {

std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

double at(const Samples &sorted, double fraction)
{
    const auto index = std::size_t(fraction * double(sorted.size() - 1));
    return double(sorted[index]);
}

} // namespace

std::int64_t timerOverheadNs()
{
    Samples samples(200000);
    for (std::int64_t &sample : samples) {
        const std::int64_t start = nowNs();
        sample = nowNs() - start;
    }
    std::nth_element(samples.begin(), samples.begin() + samples.size() / 2, samples.end());
    return samples[samples.size() / 2];
}

void timeCalls(int threads, int warmup, int calls, const std::function<void(int)> &logCall,
               Samples &samples)
{
    std::vector<Samples> perThreadSamples(std::size_t(threads), Samples(std::size_t(calls), 0));
    std::atomic<int> ready{0};
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            for (int i = 0; i < warmup; ++i)
                logCall(i);
            // Spin, not block, so that both threads start timing together.
            ready.fetch_add(1);
            while (ready.load() < threads) { }
            Samples &mine = perThreadSamples[std::size_t(t)];
            for (int i = 0; i < calls; ++i) {
                const std::int64_t start = nowNs();
                logCall(i);
                mine[std::size_t(i)] = nowNs() - start;
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    for (const Samples &mine : perThreadSamples)
        samples.insert(samples.end(), mine.begin(), mine.end());
}

Percentiles percentiles(Samples samples, std::int64_t overheadNs)
{
    Percentiles result;
    result.samples = samples.size();
    if (samples.empty())
        return result;
    std::sort(samples.begin(), samples.end());
    const auto net = [overheadNs](double ns) { return std::max(0.0, ns - double(overheadNs)); };
    result.median = net(at(samples, 0.5));
    result.p99 = net(at(samples, 0.99));
    result.p999 = net(at(samples, 0.999));
    return result;
}

} // namespace Bench
