#include "flood.h"

#include "logcall.h"

#include <QtCore/QFile>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

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

void resetPeakRss()
{
    // Linux resets VmHWM to the current RSS on "5".
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

FloodResult flood(int threads, int total, const std::function<void()> &setUp,
                  const std::function<void()> &tearDown)
{
    setUp();
    resetPeakRss();
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
    result.peakRssGrowthBytes = peakResidentBytes() - before;
    tearDown();
    return result;
}

} // namespace Bench
