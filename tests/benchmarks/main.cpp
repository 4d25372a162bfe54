// SlackLog's benchmarks, side by side with what users would otherwise pick. A harness of our
// own rather than Google Benchmark's, which reports means of batches: we want each
// call's percentiles, threads started together, resident memory and end-to-end delivery.

#include "callgrind.h"
#include "comparisons.h"
#include "hotpath.h"
#include "reciperow.h"
#include "report.h"
#include "results.h"
#include "spdlogrow.h"

#include <SlackLog/SlackLog>
#include <SlackLog/SlackStandIn>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtNetwork/QTcpServer>

#include <cstdio>

namespace {

using SlackLog::Testing::SlackStandIn;

void progress(const char *step)
{
    std::printf("%s\n", step);
    std::fflush(stdout);
}

Bench::FloodRow floodRow(const Bench::Row &row, int messages, bool countDrops)
{
    Bench::FloodRow result;
    result.name = row.name;
    quint64 droppedBefore = 0;
    quint64 dropped = 0;
    result.result = Bench::flood(
            2, messages, 3,
            [&] {
                row.setUp();
                droppedBefore = SlackLog::statistics().droppedQueueFull;
            },
            [&] {
                dropped = SlackLog::statistics().droppedQueueFull - droppedBefore;
                row.tearDown();
            });
    if (countDrops)
        result.note = QStringLiteral("%1 of the messages of the last run dropped, the oldest "
                                     "first, as the queue cap says (10,000 messages, 16 MiB)")
                              .arg(dropped);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    // Loopback only: no proxy from the environment may route a post elsewhere.
    for (const char *name :
         {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        qunsetenv(name);
    // Qt's default handler writes to stderr, not to the journal, whatever stderr is.
    qputenv("QT_FORCE_STDERR_LOGGING", "1");
    QCoreApplication app(argc, argv);
    if (argc > 3 && qstrcmp(argv[1], "--hot-path") == 0)
        return Bench::runHotPath(QString::fromLocal8Bit(argv[2]), std::atoi(argv[3]));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Runs SlackLog's benchmarks and writes them as markdown."));
    parser.addHelpOption();
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("The markdown file to write."),
                                    QStringLiteral("file"), QStringLiteral("BENCHMARKS.md"));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    QStringLiteral("Rounds of the per-call rows."),
                                    QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Smaller runs, to check the program in a minute; "
                                                  "its figures are not for quoting."));
    const QCommandLineOption perCallOnly(QStringLiteral("per-call-only"),
                                         QStringLiteral("Print the per-call rows and stop."));
    parser.addOptions({output, rounds, quick, perCallOnly});
    parser.process(app);
    const bool isQuick = parser.isSet(quick);

    SlackStandIn atOnce;
    SlackStandIn slow;
    SlackStandIn limited;
    SlackStandIn dead;
    if (!atOnce.listen() || !slow.listen() || !limited.listen() || !dead.listen()) {
        std::fprintf(stderr, "could not listen on 127.0.0.1\n");
        return 1;
    }
    slow.setMode(SlackStandIn::Mode::Slow);
    slow.setDelay(std::chrono::seconds(10));
    dead.setMode(SlackStandIn::Mode::Unresponsive);
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost);
    QUrl refused = atOnce.webhookUrl();
    refused.setPort(closed.serverPort());
    closed.close();

    Bench::Results results;
    results.rounds = isQuick ? 1 : qMax(1, parser.value(rounds).toInt());
    results.perCall = Bench::perCallRows({&atOnce, &slow, refused});
    if (isQuick) {
        for (Bench::Row &row : results.perCall)
            row.calls = qMin(row.calls, 5000);
    }

    progress("per call: the rows in turn, interleaved over the rounds");
    Bench::runPerCall(results.perCall, results.rounds);
    results.timerOverheadNs = Bench::timerOverheadNs();
    if (parser.isSet(perCallOnly)) {
        for (const Bench::Row &row : results.perCall) {
            const Bench::Percentiles one =
                    Bench::percentiles(row.samples[0], results.timerOverheadNs);
            const Bench::Percentiles two =
                    Bench::percentiles(row.samples[1], results.timerOverheadNs);
            std::printf("%-70s %8.0f %8.0f %8.0f | %8.0f %8.0f %8.0f\n", qPrintable(row.name),
                        one.median, one.p99, one.p999, two.median, two.p99, two.p999);
        }
        return 0;
    }
    progress("per call: the original recipe in python3");
    results.recipe = Bench::runRecipe(isQuick ? 5000 : 50000, results.rounds);

    progress("instructions per call under callgrind");
    if (isQuick) {
        results.callgrindSkipped = QStringLiteral("skipped with --quick");
    } else {
        const QString self = QCoreApplication::applicationFilePath();
        results.floorInstructions = Bench::instructionsPerCall(self, QStringLiteral("floor"));
        results.slackLogInstructions = Bench::instructionsPerCall(self, QStringLiteral("slacklog"));
        if (results.floorInstructions < 0 || results.slackLogInstructions < 0)
            results.callgrindSkipped = QStringLiteral("valgrind is not installed, or failed");
    }

    progress("flood from 2 threads");
    results.floodMessages = isQuick ? 100000 : 1000000;
    results.queueCapacityBytes = SlackLog::Settings().queueCapacityBytes();
    const auto row = [&results](const QString &part) -> const Bench::Row & {
        for (const Bench::Row &candidate : results.perCall) {
            if (candidate.name.contains(part))
                return candidate;
        }
        return results.perCall.front();
    };
    results.flood.push_back(
            floodRow(row(QStringLiteral("answers at once")), results.floodMessages, true));
    results.flood.push_back(
            floodRow(row(QStringLiteral("Naive queue")), results.floodMessages, false));
    results.flood.push_back(floodRow(row(QStringLiteral("Floor")), results.floodMessages, false));
    if (Bench::Spdlog::available())
        results.flood.push_back(
                floodRow(row(QStringLiteral("behind a Qt handler")), results.floodMessages, false));

    progress("bytes per queued message");
    results.queuedBytes = Bench::queuedBytesPerMessage(100000, false);
    results.outboxBytes = Bench::queuedBytesPerMessage(100000, true);

    const int burstLines = isQuick ? 1000 : 10000;
    progress("burst through SlackLog to a stand-in that allows 1 post/s (minutes)");
    results.slackLogBurst = Bench::slackLogBurst(limited, burstLines, 900);
    progress("burst through the naive blocking handler");
    results.naiveBurst = Bench::naiveBurst(limited, burstLines);
    results.naivePostMs = Bench::percentiles(row(QStringLiteral("Naive blocking")).samples[0],
                                             results.timerOverheadNs)
                                  .median
            / 1e6;

    progress("exit with lines queued");
    results.exitLines = 1000;
    results.shutdownTimeoutMs = SlackLog::Settings().shutdownTimeout().count();
    results.exitHealthyMs = Bench::exitMilliseconds(atOnce.webhookUrl(), results.exitLines, 3);
    results.exitDeadMs = Bench::exitMilliseconds(dead.webhookUrl(), results.exitLines, 3);

    QFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(file.fileName()),
                     qPrintable(file.errorString()));
        return 1;
    }
    file.write(Bench::markdownReport(results).toUtf8());
    std::printf("wrote %s\n", qPrintable(file.fileName()));
    return 0;
}
