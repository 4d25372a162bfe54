#include "report.h"

#include "results.h"

#include "spdlogrow.h"

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QLocale>
#include <QtCore/QThread>

#include <cmath>

namespace Bench {

namespace {

QString number(double value, int decimals = 0)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(value, 'f', decimals);
}

QString compiler()
{
#if defined(__clang__)
    return QStringLiteral("clang " __clang_version__);
#elif defined(__GNUC__)
    return QStringLiteral("g++ " __VERSION__);
#else
    return QStringLiteral("an unknown compiler");
#endif
}

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QStringLiteral("unknown CPU");
}

const Row *findRow(const Results &results, const QString &part)
{
    for (const Row &row : results.perCall) {
        if (row.name.contains(part))
            return &row;
    }
    return nullptr;
}

Percentiles figures(const Results &results, const Row &row, int threads)
{
    return percentiles(row.samples[threads - 1], results.timerOverheadNs);
}

QString mebibytes(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("not measured (/proc/self/clear_refs)")
                     : number(double(bytes) / (1024 * 1024), 1) + u" MiB";
}

QString met(bool ok)
{
    return ok ? QStringLiteral("met") : QStringLiteral("**missed**");
}

QString perCallTable(const Results &results, double floorMedian)
{
    QString out = QStringLiteral(
            "| Row | 1 thread: median | p99 | p99.9 | 2 threads: median | p99 | p99.9 | "
            "median ÷ floor |\n|---|--:|--:|--:|--:|--:|--:|--:|\n");
    const auto line = [&](const QString &name, const Percentiles &one, const Percentiles &two) {
        out += u"| " + name + u" | " + number(one.median) + u" | " + number(one.p99) + u" | "
                + number(one.p999) + u" | " + number(two.median) + u" | " + number(two.p99) + u" | "
                + number(two.p999) + u" | " + number(one.median / floorMedian, 2) + u"× |\n";
    };
    for (const Row &row : results.perCall)
        line(row.name, figures(results, row, 1), figures(results, row, 2));
    if (results.recipe.ran)
        line(QStringLiteral("The original recipe: Python %1 QueueHandler + QueueListener")
                     .arg(results.recipe.pythonVersion),
             results.recipe.perCall[0], results.recipe.perCall[1]);
    out += u'\n';
    for (const Row &row : results.perCall) {
        if (!row.note.isEmpty())
            out += u"- " + row.name + u": " + row.note + u".\n";
    }
    if (!results.recipe.ran)
        out += u"- The original recipe's row was skipped: " + results.recipe.why + u".\n";
    return out;
}

QString headerSection(const Results &r)
{
    QString out;
    out += QStringLiteral("# SlackLog benchmarks\n\n");
    out += QStringLiteral("Written by `tests/benchmarks/run` on %1. Do not edit: run it again.\n\n")
                   .arg(QDateTime::currentDateTimeUtc().toString(
                           QStringLiteral("yyyy-MM-dd hh:mm 'UTC'")));
    out += QStringLiteral("- Machine: %1 CPUs (`nproc`), %2\n")
                   .arg(QThread::idealThreadCount())
                   .arg(cpuModel());
    out += QStringLiteral("- Qt %1, SlackLog %2, compiled by %3 with -O2 (RelWithDebInfo)\n")
                   .arg(QString::fromLatin1(qVersion()), QStringLiteral(SLACKLOG_BENCH_VERSION),
                        compiler());
    out += QStringLiteral("- spdlog %1; Python %2\n")
                   .arg(Spdlog::available() ? Spdlog::version() : QStringLiteral("not found"),
                        r.recipe.ran ? r.recipe.pythonVersion : QStringLiteral("not found"));
    out += QStringLiteral("- Every row ran in this one run, the C++ rows interleaved over %1 "
                          "rounds, so that their ratios hold on a noisy machine. The Python row "
                          "ran its rounds in a child process, started between them and the "
                          "rest.\n\n")
                   .arg(r.rounds);

    return out;
}

QString perCallSection(const Results &r, double floorMedian)
{
    QString out;
    out += QStringLiteral("## What a log call costs the caller\n\n");
    out += QStringLiteral(
                   "Nanoseconds per `qWarning(\"benchmark line %07d: …\", i)` (67 characters), "
                   "each "
                   "call timed on its own in a hot loop, pooled over the rounds; the timer's own "
                   "%1 ns are subtracted. SlackLog chains to a handler that does nothing, so its "
                   "rows "
                   "show SlackLog's cost and not a terminal's. A hot loop fills SlackLog's queue "
                   "(10,000 messages by default) within a round, so its rows include the calls "
                   "that "
                   "make room by dropping the oldest.\n\n")
                   .arg(r.timerOverheadNs);
    out += perCallTable(r, floorMedian);

    return out;
}

QString instructionsSection(const Results &r)
{
    QString out;
    out += QStringLiteral("\n## Instructions per call (callgrind)\n\n");
    if (!r.callgrindSkipped.isEmpty()) {
        out += u"Not measured: " + r.callgrindSkipped + u".\n";
    } else {
        out += QStringLiteral(
                       "`valgrind --tool=callgrind`, counting only inside the logging call on the "
                       "calling thread; the difference of a 6,000-call and a 1,000-call run, so "
                       "one-time work cancels out. Counts do not depend on the machine's load.\n\n"
                       "| Floor (Qt's qWarning) | With SlackLog | SlackLog's own |\n|--:|--:|--:|\n"
                       "| %1 | %2 | %3 |\n")
                       .arg(number(r.floorInstructions), number(r.slackLogInstructions),
                            number(r.slackLogInstructions - r.floorInstructions));
    }

    return out;
}

QString floodSection(const Results &r)
{
    QString out;
    out += QStringLiteral("\n## Flood: %1 messages from 2 threads\n\n")
                   .arg(number(r.floodMessages));
    out += QStringLiteral("Three runs of each row: the median rate, and the highest peak of "
                          "resident memory over what it was before the run, after memory "
                          "freed earlier went back to the system (malloc_trim).\n\n"
                          "| Row | messages/s, both threads | peak RSS growth |\n|---|--:|--:|\n");
    for (const FloodRow &row : r.flood) {
        out += u"| " + row.name + u" | " + number(row.result.messagesPerSecond) + u" | "
                + mebibytes(row.result.peakRssGrowthBytes) + u" |\n";
    }
    out += u'\n';
    for (const FloodRow &row : r.flood) {
        if (!row.note.isEmpty())
            out += u"- " + row.name + u": " + row.note + u".\n";
    }
    return out;
}

QString memorySection(const Results &r)
{
    QString out;
    out += QStringLiteral("\n## Memory per waiting message\n\n"
                          "Heap bytes per message (mallinfo2), over 100,000 messages of %1 "
                          "characters, whose text takes %2 bytes in UTF-16. A message waits in "
                          "the queue until the worker takes it, within 20 ms while it runs, then "
                          "in the outbox, formatted, until its post.\n\n"
                          "| Where it waits | heap bytes | beyond its text |\n|---|--:|--:|\n")
                   .arg(r.queuedBytes.textLength)
                   .arg(2 * r.queuedBytes.textLength);
    out += QStringLiteral("| Queue: the record and the message | %1 | %2 |\n")
                   .arg(number(r.queuedBytes.heapPerMessage, 1),
                        number(r.queuedBytes.beyondText, 1));
    out += QStringLiteral("| Outbox: the formatted line, the message kept for folding repeats, "
                          "the line's bookkeeping | %1 | %2 |\n")
                   .arg(number(r.outboxBytes.heapPerMessage, 1),
                        number(r.outboxBytes.beyondText, 1));

    return out;
}

QString burstSection(const Results &r)
{
    QString out;
    const BurstResult &s = r.slackLogBurst;
    const BurstResult &n = r.naiveBurst;
    const double naiveWaitingSeconds = double(s.lines) * (1.0 + r.naivePostMs / 1000.0);
    out += QStringLiteral("\n## Burst: %1 distinct 60-character lines to a stand-in that allows "
                          "1 post/s\n\n")
                   .arg(number(s.lines));
    out += QStringLiteral(
            "| Design | posts | answered 429 | until the last line arrived | lines lost |\n"
            "|---|--:|--:|--:|--:|\n");
    out += QStringLiteral("| SlackLog, default settings (measured) | %1 | %2 | %3 s | %4 |\n")
                   .arg(number(s.posts), number(s.rateLimited), number(s.seconds, 1),
                        number(s.lost));
    out += QStringLiteral("| Naive blocking post, no retry (measured) | %1 | %2 | %3 s | %4 |\n")
                   .arg(number(n.posts), number(n.rateLimited), number(n.seconds, 1),
                        number(n.lost));
    out += QStringLiteral("| Naive blocking post that waits out each 429 (computed) | %1 | — | "
                          "%2 s (%3 h) | 0 |\n\n")
                   .arg(number(s.lines), number(naiveWaitingSeconds),
                        number(naiveWaitingSeconds / 3600, 1));
    out += QStringLiteral("SlackLog's posts carried %1 characters: at its text budget of %2 "
                          "characters a post, no fewer than %3 posts could carry them. The "
                          "computed row is one post per line at 1 post/s, plus the measured "
                          "%4 ms that a blocking post costs on loopback.\n")
                   .arg(number(double(s.deliveredCharacters)), number(s.textBudget),
                        number(s.minimumPosts), number(r.naivePostMs, 2));

    return out;
}

QString exitSection(const Results &r)
{
    QString out;
    out += QStringLiteral("\n## Exit with %1 lines queued\n\n").arg(number(r.exitLines));
    out += QStringLiteral("From the return from `main` to the end of the process, median of 3 "
                          "runs of a helper process with the default settings (shutdown timeout "
                          "%1 ms).\n\n| Stand-in | exit time |\n|---|--:|\n")
                   .arg(number(double(r.shutdownTimeoutMs)));
    out += QStringLiteral("| Answers at once | %1 ms |\n| Never answers | %2 ms |\n")
                   .arg(number(r.exitHealthyMs), number(r.exitDeadMs));

    return out;
}

QString targetsSection(const Results &r)
{
    QString out;
    const Row *floor = findRow(r, QStringLiteral("Floor"));
    const Row *atOnce = findRow(r, QStringLiteral("SlackLog, stand-in answers at once"));
    const Row *slow = findRow(r, QStringLiteral("SlackLog, stand-in answers after"));
    const Row *refused = findRow(r, QStringLiteral("SlackLog, connection refused"));
    const Row *spdlogHandler = findRow(r, QStringLiteral("behind a Qt handler"));
    const Row *spdlogDirect = findRow(r, QStringLiteral("called directly"));
    const double floorMedian = figures(r, *floor, 1).median;
    const BurstResult &s = r.slackLogBurst;
    // Each target SlackLog is held to, against what this run measured.
    out += QStringLiteral("\n## Targets\n\n| Target | Measured | |\n|---|---|---|\n");
    const auto target = [&out](const QString &what, const QString &measured, bool ok) {
        out += u"| " + what + u" | " + measured + u" | " + met(ok) + u" |\n";
    };
    const double atOnceMedian = figures(r, *atOnce, 1).median;
    for (const Row *row : {atOnce, slow, refused}) {
        const double ratio = figures(r, *row, 1).median / floorMedian;
        target(u"Median at 1 thread ≤ 1.3× floor: " + row->name, number(ratio, 2) + u"×",
               ratio <= 1.3);
    }
    if (spdlogHandler) {
        const double spdlogMedian = figures(r, *spdlogHandler, 1).median;
        target(QStringLiteral("Median at 1 thread ≤ spdlog's behind a Qt handler"),
               number(atOnceMedian) + u" ns vs " + number(spdlogMedian) + u" ns",
               atOnceMedian <= spdlogMedian);
        if (spdlogDirect) {
            const double directMedian = figures(r, *spdlogDirect, 1).median;
            target(QStringLiteral("Median at 1 thread ≤ spdlog's called directly"),
                   number(atOnceMedian) + u" ns vs " + number(directMedian) + u" ns",
                   atOnceMedian <= directMedian);
        }
    }
    double spread = 0;
    for (const Row *row : {slow, refused})
        spread = std::max(spread, std::abs(figures(r, *row, 1).median / atOnceMedian - 1.0));
    target(QStringLiteral(
                   "Medians within ±20% whether the server answers at once, in 10 s, or never"),
           u"±" + number(100 * spread) + u"%", spread <= 0.2);
    double worstP999 = 0;
    for (const Row *row : {atOnce, slow, refused})
        worstP999 = std::max(worstP999, figures(r, *row, 1).p999);
    target(QStringLiteral("p99.9 at 1 thread ≤ 10 µs"),
           number(worstP999 / 1000, 1) + u" µs (worst row)", worstP999 <= 10000);
    const FloodResult &slackFlood = r.flood.front().result;
    target(QStringLiteral("≥ 2,000,000 messages/s from 2 threads"),
           number(slackFlood.messagesPerSecond), slackFlood.messagesPerSecond >= 2e6);
    const qint64 allowed = r.queueCapacityBytes + 8 * 1024 * 1024;
    target(QStringLiteral("Flood's peak RSS growth ≤ byte cap + 8 MiB (%1 MiB)")
                   .arg(number(double(allowed) / (1024 * 1024))),
           mebibytes(slackFlood.peakRssGrowthBytes),
           slackFlood.peakRssGrowthBytes >= 0 && slackFlood.peakRssGrowthBytes <= allowed);
    target(QStringLiteral("≤ 120 bytes per queued message beyond its text: in the queue"),
           number(r.queuedBytes.beyondText, 1), r.queuedBytes.beyondText <= 120);
    target(QStringLiteral("≤ 120 bytes per queued message beyond its text: in the outbox"),
           number(r.outboxBytes.beyondText, 1), r.outboxBytes.beyondText <= 120);
    const double postBound = 1.1 * s.minimumPosts;
    target(QStringLiteral("Burst: all delivered, in ≤ 1.1 × ceil(characters / budget) posts"),
           QStringLiteral("%1 lost; %2 posts for a bound of %3")
                   .arg(s.lost)
                   .arg(s.posts)
                   .arg(number(postBound, 1)),
           s.lost == 0 && s.posts <= postBound);
    target(QStringLiteral("Exit, healthy stand-in, %1 lines queued: ≤ 2 s")
                   .arg(number(r.exitLines)),
           number(r.exitHealthyMs) + u" ms", r.exitHealthyMs >= 0 && r.exitHealthyMs <= 2000);
    target(QStringLiteral("Exit, dead stand-in: ≤ shutdown timeout + 0.2 s"),
           number(r.exitDeadMs) + u" ms",
           r.exitDeadMs >= 0 && r.exitDeadMs <= r.shutdownTimeoutMs + 200);
    return out;
}

} // namespace

QString markdownReport(const Results &r)
{
    const double floorMedian = figures(r, *findRow(r, QStringLiteral("Floor")), 1).median;
    return headerSection(r) + perCallSection(r, floorMedian) + instructionsSection(r)
            + floodSection(r) + memorySection(r) + burstSection(r) + exitSection(r)
            + targetsSection(r);
}

} // namespace Bench
