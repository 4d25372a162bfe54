#include "helperruns.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>

#include <algorithm>
#include <vector>

namespace Bench {

namespace {

long long monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

} // namespace

QueuedBytes queuedBytesPerMessage(int lines, bool inOutbox)
{
    QProcess helper;
    helper.start(QStringLiteral(SLACKLOG_BENCH_APP),
                 {inOutbox ? QStringLiteral("waiting-bytes") : QStringLiteral("queued-bytes"),
                  QString::number(lines)});
    QueuedBytes result;
    if (!helper.waitForFinished(60000))
        return result;
    // "bytes <n> text <characters> lines <n>"
    const QList<QByteArray> words = helper.readAllStandardOutput().simplified().split(' ');
    if (words.size() < 6)
        return result;
    const double bytes = words.at(1).toDouble();
    result.textLength = words.at(3).toInt();
    result.heapPerMessage = bytes / words.at(5).toDouble();
    result.beyondText = result.heapPerMessage - 2.0 * result.textLength;
    return result;
}

double exitMilliseconds(const QUrl &webhook, int lines, int runs)
{
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir spool;
        // The default settings, whatever SLACKLOG_* this shell has.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QStringList names = environment.keys();
        for (const QString &name : names) {
            if (name.startsWith(QLatin1String("SLACKLOG_")))
                environment.remove(name);
        }
        environment.insert(QStringLiteral("SLACKLOG_WEBHOOK_URL"),
                           webhook.toString(QUrl::FullyEncoded));
        // The default spool, in a place of its own, so no run inherits another's.
        environment.insert(QStringLiteral("SLACKLOG_SPOOL_DIR"), spool.path());
        QProcess helper;
        helper.setProcessEnvironment(environment);
        helper.start(QStringLiteral(SLACKLOG_BENCH_APP),
                     {QStringLiteral("exit"), QString::number(lines)});
        if (!helper.waitForFinished(60000) || helper.exitCode() != 0)
            return -1;
        const long long ended = monotonicNs();
        const QList<QByteArray> words = helper.readAllStandardOutput().simplified().split(' ');
        if (words.size() < 2 || words.at(0) != "returning")
            return -1;
        times.push_back(double(ended - words.at(1).toLongLong()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace Bench
