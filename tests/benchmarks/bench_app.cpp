// The benchmark's helper process, for what needs a process of its own:
//   bench_app exit <lines>          installs SlackLog from the environment, logs <lines> lines,
//                                   prints the monotonic clock in ns, and returns from main.
//   bench_app queued-bytes <lines>  no application object, so nothing is delivered: prints the
//                                   heap bytes that <lines> queued messages hold, and their text.
//   bench_app waiting-bytes <lines> the same once the worker has taken them into its outbox,
//                                   where they wait for a post that a stand-in never answers.

#include <SlackLog/SlackLog>
#include <SlackLog/SlackStandIn>

#include <QtCore/QCoreApplication>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

#include <memory>

#include <malloc.h>
#include <unistd.h>

namespace {

void noOpHandler(QtMsgType, const QMessageLogContext &, const QString &) { }

long long monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

int exitAfterLogging(int argc, char *argv[], int lines)
{
    QCoreApplication app(argc, argv);
    qInstallMessageHandler(noOpHandler);
    if (!SlackLog::install(SlackLog::Settings::fromEnvironment()))
        return 2;
    for (int i = 0; i < lines; ++i)
        qWarning("exit line %06d: the quick brown fox jumps over the lazy dog", i);
    std::printf("returning %lld\n", monotonicNs());
    std::fflush(stdout);
    return 0;
}

// Heap bytes in use until they stop changing: the worker takes and formats at its own pace.
size_t settledHeapBytes()
{
    size_t last = mallinfo2().uordblks;
    for (int unchanged = 0, polls = 0; unchanged < 10 && polls < 400; ++polls) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        const size_t now = mallinfo2().uordblks;
        unchanged = now == last ? unchanged + 1 : 0;
        last = now;
    }
    return last;
}

int heldBytes(int argc, char *argv[], int lines, bool withWorker)
{
    qInstallMessageHandler(noOpHandler);
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<SlackLog::Testing::SlackStandIn> slack;
    QUrl webhook(QStringLiteral("http://127.0.0.1:9/services/T0/B0/x"));
    if (withWorker) {
        app = std::make_unique<QCoreApplication>(argc, argv);
        slack = std::make_unique<SlackLog::Testing::SlackStandIn>();
        slack->setMode(SlackLog::Testing::SlackStandIn::Mode::Unresponsive);
        if (!slack->listen())
            return 2;
        webhook = slack->webhookUrl();
    }
    SlackLog::Settings settings;
    settings.setWebhookUrl(webhook);
    settings.setSpoolDirectory(QString());
    settings.setQueueCapacity(lines + 1);
    settings.setQueueCapacityBytes(qint64(1) << 40);
    if (!SlackLog::install(settings))
        return 2;
    // The first message interns its call site: not a per-message cost.
    qWarning("queued line %06d: the quick brown fox jumps over the lazy dog", 0);
    const size_t before = withWorker ? settledHeapBytes() : mallinfo2().uordblks;
    for (int i = 1; i <= lines; ++i)
        qWarning("queued line %06d: the quick brown fox jumps over the lazy dog", i);
    const size_t after = withWorker ? settledHeapBytes() : mallinfo2().uordblks;
    const int textLength =
            int(std::strlen("queued line 000000: the quick brown fox jumps over the lazy dog"));
    std::printf("bytes %zu text %d lines %d\n", after - before, textLength, lines);
    std::fflush(stdout);
    // Nowhere to deliver to, and nothing to wait for.
    _exit(0);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3)
        return 2;
    const int lines = std::atoi(argv[2]);
    if (std::strcmp(argv[1], "exit") == 0)
        return exitAfterLogging(argc, argv, lines);
    if (std::strcmp(argv[1], "queued-bytes") == 0)
        return heldBytes(argc, argv, lines, false);
    if (std::strcmp(argv[1], "waiting-bytes") == 0)
        return heldBytes(argc, argv, lines, true);
    return 2;
}
