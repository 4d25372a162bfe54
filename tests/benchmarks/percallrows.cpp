#include "percallrows.h"

#include "comparisons.h"
#include "logcall.h"
#include "spdlogrow.h"

#include <SlackLog/SlackLog>

#include <SlackLog/SlackStandIn>

#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>

#include <cstdio>
#include <thread>

#include <memory>

namespace Bench {

namespace {

using namespace std::chrono_literals;

Row handlerRow(const QString &name, QtMessageHandler handler)
{
    Row row;
    row.name = name;
    row.setUp = [handler] { qInstallMessageHandler(handler); };
    row.tearDown = [] { qInstallMessageHandler(nullptr); };
    row.logCall = logWarning;
    return row;
}

// What the worker is busy with while the calls are timed.
enum class Engagement {
    Answered, // a post was answered
    Hanging, // a post waits for its answer
    Retrying, // a post was refused, and waits to be sent again
};

// Logs a first message and waits until delivering it has brought the worker to \a engagement,
// so that the row's calls are timed in the state its name says.
bool engage(Engagement engagement, const SlackLog::Testing::SlackStandIn *server)
{
    const SlackLog::Statistics before = SlackLog::statistics();
    const int requestsBefore = server ? server->requestCount() : 0;
    qWarning("benchmark: the first post");
    SlackLog::flush(engagement == Engagement::Answered ? 5s : 100ms);
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 5000) {
        const SlackLog::Statistics now = SlackLog::statistics();
        switch (engagement) {
        case Engagement::Answered:
            if (now.delivered > before.delivered)
                return true;
            break;
        case Engagement::Hanging:
            if (server && server->requestCount() > requestsBefore)
                return true;
            break;
        case Engagement::Retrying:
            if (now.retries > before.retries)
                return true;
            break;
        }
        std::this_thread::sleep_for(5ms);
    }
    return false;
}

// SlackLog as an application installs it: default settings but the webhook. It chains to a
// handler that does nothing, so that the row measures SlackLog and not a terminal.
Row slackLogRow(const QString &name, const QUrl &webhook, Engagement engagement,
                const SlackLog::Testing::SlackStandIn *server)
{
    auto spool = std::make_shared<std::unique_ptr<QTemporaryDir>>();
    Row row;
    row.name = name;
    row.setUp = [webhook, spool, engagement, server] {
        // A spool of its own each time: what one round leaves there is not the next one's.
        *spool = std::make_unique<QTemporaryDir>();
        qInstallMessageHandler(noOpHandler);
        SlackLog::Settings settings;
        settings.setWebhookUrl(webhook);
        settings.setSpoolDirectory((*spool)->path());
        // Only so that each round ends quickly; the caller's side does not depend on it.
        settings.setShutdownTimeout(200ms);
        SlackLog::install(settings);
        if (!engage(engagement, server))
            std::fprintf(stderr, "SlackLog's worker did not get into the state to measure\n");
    };
    row.tearDown = [spool] {
        SlackLog::uninstall();
        qInstallMessageHandler(nullptr);
        spool->reset();
    };
    row.logCall = logWarning;
    return row;
}

} // namespace

std::vector<Row> perCallRows(const Servers &servers)
{
    std::vector<Row> rows;
    rows.push_back(
            handlerRow(QStringLiteral("Floor: qWarning, handler does nothing"), noOpHandler));

    Row defaultHandler =
            handlerRow(QStringLiteral("Qt's default handler, stderr to /dev/null"), nullptr);
    auto redirect = std::make_shared<std::unique_ptr<StderrToDevNull>>();
    defaultHandler.setUp = [redirect] {
        *redirect = std::make_unique<StderrToDevNull>();
        qInstallMessageHandler(nullptr);
    };
    defaultHandler.tearDown = [redirect] { redirect->reset(); };
    rows.push_back(defaultHandler);

    rows.push_back(slackLogRow(QStringLiteral("SlackLog, stand-in answers at once"),
                               servers.answersAtOnce->webhookUrl(), Engagement::Answered,
                               servers.answersAtOnce));
    rows.push_back(slackLogRow(QStringLiteral("SlackLog, stand-in answers after 10 s"),
                               servers.answersIn10s->webhookUrl(), Engagement::Hanging,
                               servers.answersIn10s));
    rows.push_back(slackLogRow(QStringLiteral("SlackLog, connection refused"), servers.refused,
                               Engagement::Retrying, nullptr));

    Row naiveQueue =
            handlerRow(QStringLiteral("Naive queue: mutex + std::deque"), NaiveQueue::handler);
    naiveQueue.tearDown = [] {
        qInstallMessageHandler(nullptr);
        NaiveQueue::clear();
    };
    rows.push_back(naiveQueue);

    Row naiveBlocking = handlerRow(
            QStringLiteral("Naive blocking post (QNetworkAccessManager + QEventLoop), loopback"),
            NaiveBlocking::handler);
    const QUrl blockingWebhook = servers.answersAtOnce->webhookUrl();
    naiveBlocking.setUp = [blockingWebhook] {
        NaiveBlocking::setWebhook(blockingWebhook);
        qInstallMessageHandler(NaiveBlocking::handler);
    };
    naiveBlocking.calls = 400;
    naiveBlocking.warmup = 20;
    naiveBlocking.note = QStringLiteral("400 calls per round: each is a round trip");
    rows.push_back(naiveBlocking);

    if (Spdlog::available()) {
        Row viaHandler =
                handlerRow(QStringLiteral("spdlog %1 async logger, null sink, behind a Qt handler")
                                   .arg(Spdlog::version()),
                           Spdlog::handler);
        viaHandler.setUp = [] {
            Spdlog::start();
            qInstallMessageHandler(Spdlog::handler);
        };
        viaHandler.tearDown = [] {
            qInstallMessageHandler(nullptr);
            Spdlog::stop();
        };
        rows.push_back(viaHandler);

        Row direct = viaHandler;
        direct.name = QStringLiteral("spdlog %1 async logger, null sink, called directly")
                              .arg(Spdlog::version());
        direct.setUp = [] { Spdlog::start(); };
        direct.tearDown = [] { Spdlog::stop(); };
        direct.logCall = Spdlog::logDirectly;
        direct.note = QStringLiteral("no qWarning in front: spdlog's formatting instead of Qt's");
        rows.push_back(direct);
    }
    return rows;
}

void runPerCall(std::vector<Row> &rows, int rounds)
{
    for (int round = 0; round < rounds; ++round) {
        for (Row &row : rows) {
            for (int threads = 1; threads <= 2; ++threads) {
                row.setUp();
                timeCalls(threads, row.warmup, row.calls, row.logCall, row.samples[threads - 1]);
                row.tearDown();
            }
        }
    }
}

} // namespace Bench
