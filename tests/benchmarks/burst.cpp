#include "burst.h"

#include "comparisons.h"

#include <SlackLog/SlackLog>
#include <SlackLog/SlackStandIn>

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>

#include <thread>

namespace Bench {

namespace {

using SlackLog::Testing::ReceivedRequest;
using SlackLog::Testing::SlackStandIn;

// "burst 00042 " and filler to 60 characters, distinct per line.
QByteArray burstLine(int i)
{
    QByteArray line = "burst " + QByteArray::number(i).rightJustified(5, '0') + ' ';
    const QByteArray filler = "the quick brown fox jumps over the lazy dog, again and again";
    return line + filler.left(60 - line.size());
}

void startLimited(SlackStandIn &slack)
{
    slack.clear();
    slack.setMode(SlackStandIn::Mode::Ok);
    slack.setRateLimit(1.0, 1);
}

// Counts what arrived: every line id seen in a post answered 200.
void tally(const QList<ReceivedRequest> &requests, BurstResult &result)
{
    static const QRegularExpression id(QStringLiteral("burst (\\d{5}) "));
    QHash<int, int> seen;
    result.posts = int(requests.size());
    result.rateLimited = 0;
    result.deliveredCharacters = 0;
    for (const ReceivedRequest &request : requests) {
        if (request.answeredStatus == 429)
            ++result.rateLimited;
        if (request.answeredStatus != 200)
            continue;
        // What a reader sees, in whichever format the settings chose.
        const QString text = request.displayedTexts().join(u'\n');
        result.deliveredCharacters += text.size();
        auto match = id.globalMatch(text);
        while (match.hasNext())
            ++seen[match.next().captured(1).toInt()];
    }
    result.lost = result.lines - int(seen.size());
    result.duplicates = 0;
    for (const int count : std::as_const(seen))
        result.duplicates += count - 1;
}

int linesArrived(const SlackStandIn &slack, int lines)
{
    BurstResult partial;
    partial.lines = lines;
    tally(slack.requests(), partial);
    return lines - partial.lost;
}

} // namespace

BurstResult slackLogBurst(SlackStandIn &slack, int lines, int timeoutSeconds)
{
    startLimited(slack);
    std::vector<QByteArray> text;
    for (int i = 0; i < lines; ++i)
        text.push_back(burstLine(i));
    QTemporaryDir spool;
    SlackLog::Settings settings;
    settings.setWebhookUrl(slack.webhookUrl());
    settings.setSpoolDirectory(spool.path());
    qInstallMessageHandler(noOpHandler);
    SlackLog::install(settings);

    BurstResult result;
    result.lines = lines;
    result.textBudget = settings.textBudget();
    QElapsedTimer clock;
    clock.start();
    for (const QByteArray &line : text)
        qWarning("%s", line.constData());
    // Polled, not waited on: the figure is seconds long, and 50 ms is well within its noise.
    int lastCount = -1;
    qint64 lastArrivalMs = 0;
    while (clock.elapsed() < timeoutSeconds * 1000LL) {
        const int count = slack.requestCount();
        if (count != lastCount) {
            lastCount = count;
            lastArrivalMs = clock.elapsed();
            if (linesArrived(slack, lines) == lines)
                break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    result.seconds = double(lastArrivalMs) / 1000.0;
    SlackLog::uninstall();
    qInstallMessageHandler(nullptr);
    tally(slack.requests(), result);
    result.minimumPosts =
            int((result.deliveredCharacters + result.textBudget - 1) / result.textBudget);
    return result;
}

BurstResult naiveBurst(SlackStandIn &slack, int lines)
{
    startLimited(slack);
    NaiveBlocking::setWebhook(slack.webhookUrl());
    BurstResult result;
    result.lines = lines;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < lines; ++i)
        NaiveBlocking::handler(QtWarningMsg, QMessageLogContext(),
                               QString::fromLatin1(burstLine(i)));
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    tally(slack.requests(), result);
    return result;
}

} // namespace Bench
