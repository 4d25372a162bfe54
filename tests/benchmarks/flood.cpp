#include "flood.h"

#include "logcall.h"

#include <QtCore/QFile>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include <malloc.h>

namespace Bench {

namespace {

qint64 statusKiloBytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

qint64 residentBytes()
{
    return statusKiloBytes("VmRSS") * 1024;
}

qint64 peakResidentBytes()
{
    return statusKiloBytes("VmHWM") * 1024;
}

bool resetPeakRss()
{
    // Linux resets VmHWM to the current RSS on "5".
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1 && clearRefs.flush();
}

namespace {

FloodResult floodOnce(int threads, int total, const std::function<void()> &setUp,
                      const std::function<void()> &tearDown)
{
    setUp();
    // What earlier rows freed goes back to the system first, or the flood would grow into it
    // unseen.
    malloc_trim(0);
    const bool peakReset = resetPeakRss();
    const qint64 before = residentBytes();
    const int perThread = total / threads;
    std::atomic<int> ready{0};
    std::vector<std::thread> workers;
    std::chrono::steady_clock::time_point start;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            if (ready.fetch_add(1) + 1 == threads)
                start = std::chrono::steady_clock::now();
            while (ready.load() < threads) { }
            loggedCalls(t * perThread, perThread);
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    FloodResult result;
    result.messagesPerSecond = double(perThread) * threads / elapsed.count();
    result.peakRssGrowthBytes = peakReset ? peakResidentBytes() - before : -1;
    tearDown();
    return result;
}

} // namespace

FloodResult flood(int threads, int total, int runs, const std::function<void()> &setUp,
                  const std::function<void()> &tearDown)
{
    std::vector<FloodResult> results;
    for (int run = 0; run < runs; ++run)
        results.push_back(floodOnce(threads, total, setUp, tearDown));
    std::sort(results.begin(), results.end(), [](const FloodResult &a, const FloodResult &b) {
        return a.messagesPerSecond < b.messagesPerSecond;
    });
    FloodResult result = results.at(results.size() / 2);
    for (const FloodResult &each : results) {
        if (each.peakRssGrowthBytes < 0)
            return {result.messagesPerSecond, -1};
        result.peakRssGrowthBytes = std::max(result.peakRssGrowthBytes, each.peakRssGrowthBytes);
    }
    return result;
}

} // namespace Bench
