#include "percallrows.h"

#include "comparisons.h"
#include "logcall.h"
#include "spdlogrow.h"

#include <SlackLog/SlackLog>

#include <QtCore/QTemporaryDir>

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

// SlackLog as an application installs it: default settings but the webhook. It chains to a
// handler that does nothing, so that the row measures SlackLog and not a terminal.
Row slackLogRow(const QString &name, const QUrl &webhook)
{
    auto spool = std::make_shared<std::unique_ptr<QTemporaryDir>>();
    Row row;
    row.name = name;
    row.setUp = [webhook, spool] {
        // A spool of its own each time: what one round leaves there is not the next one's.
        *spool = std::make_unique<QTemporaryDir>();
        qInstallMessageHandler(noOpHandler);
        SlackLog::Settings settings;
        settings.setWebhookUrl(webhook);
        settings.setSpoolDirectory((*spool)->path());
        // Only so that each round ends quickly; the caller's side does not depend on it.
        settings.setShutdownTimeout(200ms);
        SlackLog::install(settings);
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

std::vector<Row> perCallRows(const Webhooks &webhooks)
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
                               webhooks.answersAtOnce));
    rows.push_back(slackLogRow(QStringLiteral("SlackLog, stand-in answers after 10 s"),
                               webhooks.answersIn10s));
    rows.push_back(slackLogRow(QStringLiteral("SlackLog, connection refused"), webhooks.refused));

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
    const QUrl blockingWebhook = webhooks.answersAtOnce;
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
