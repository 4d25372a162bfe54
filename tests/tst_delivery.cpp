// Delivery scenarios against the Slack stand-in: rate limits, server errors, outages, rejected
// payloads, a full queue and bursts. Each one checks that the ledger balances.

#include "testsupport.h"

#include <SlackLog/DeliveryMonitor>

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>
#include <thread>

using namespace SlackLog;
using SlackLog::Testing::ReceivedRequest;
using SlackLog::Testing::SlackStandIn;
using namespace std::chrono_literals;

namespace {

// The lines of the posts that Slack accepted, SlackLog's own notices left out.
QStringList acceptedLines(const SlackStandIn &slack, QStringList *notices = nullptr)
{
    QStringList lines;
    const QList<ReceivedRequest> requests = slack.requests();
    for (const ReceivedRequest &request : requests) {
        if (request.answeredStatus != 200)
            continue;
        const QStringList text = request.text().split(u'\n');
        for (const QString &line : text) {
            if (line.startsWith(u"SlackLog: ")) {
                if (notices)
                    notices->append(line);
            } else {
                lines.append(line);
            }
        }
    }
    return lines;
}

} // namespace

class tst_Delivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void rateLimitIsWaitedOut_data();
    void rateLimitIsWaitedOut();
    void everyTenthPostFailing();
    void anOutageIsRetriedWithGrowingGaps();
    void aStalledRequestIsAbortedAndRetried();
    void aRejectedPayloadDoesNotStopTheRest();
    void aFullQueueCountsEveryDropAndSaysSo();
    void aFloodStaysWithinTheByteCap();
    void aBurstBecomesFewPosts();
    void loggingRacesShutdown();

private:
    std::unique_ptr<SlackStandIn> m_slack;
    Statistics m_before;
};

void tst_Delivery::init()
{
    TestSupport::Recorder::install();
    m_slack = std::make_unique<SlackStandIn>();
    QVERIFY(m_slack->listen());
    m_before = statistics();
}

void tst_Delivery::cleanup()
{
    uninstall();
    QVERIFY(TestSupport::ledgerBalances());
    TestSupport::Recorder::restore();
    m_slack.reset();
}

void tst_Delivery::rateLimitIsWaitedOut_data()
{
    QTest::addColumn<SlackStandIn::RetryAfterForm>("form");
    QTest::addRow("seconds") << SlackStandIn::RetryAfterForm::Seconds;
    QTest::addRow("http date") << SlackStandIn::RetryAfterForm::HttpDate;
}

void tst_Delivery::rateLimitIsWaitedOut()
{
    QFETCH(SlackStandIn::RetryAfterForm, form);
    m_slack->setMode(SlackStandIn::Mode::RateLimited);
    m_slack->setRetryAfter(2s);
    m_slack->setRetryAfterForm(form);
    QTimer::singleShot(10s, m_slack.get(), [this] { m_slack->setMode(SlackStandIn::Mode::Ok); });
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    // 1,000 lines over the 10 s of 429s: 10 every 100 ms, from the event loop the wait runs.
    int logged = 0;
    QTimer logging;
    connect(&logging, &QTimer::timeout, this, [&logged, &logging] {
        for (int i = 0; i < 10; ++i, ++logged)
            qWarning("limited %d", logged);
        if (logged == 1000)
            logging.stop();
    });
    logging.start(100ms);
    QTRY_COMPARE_WITH_TIMEOUT(TestSupport::since(m_before).delivered, 1000u, 40000);
    QCOMPARE(logged, 1000);

    const QStringList lines = acceptedLines(*m_slack);
    QCOMPARE(lines.size(), 1000);
    QCOMPARE(QSet<QString>(lines.cbegin(), lines.cend()).size(), 1000);
    const QList<ReceivedRequest> requests = m_slack->requests();
    int limited = 0;
    for (qsizetype i = 0; i + 1 < requests.size(); ++i) {
        if (requests.at(i).answeredStatus != 429)
            continue;
        ++limited;
        const qint64 gap = requests.at(i).receivedAt.msecsTo(requests.at(i + 1).receivedAt);
        QVERIFY2(gap >= 2000,
                 qPrintable(QStringLiteral("a request came %1 ms after a 429").arg(gap)));
    }
    QVERIFY2(limited >= 3, qPrintable(QString::number(limited))); // 10 s of 429s, 2 s apart
    const Statistics counts = TestSupport::since(m_before);
    QCOMPARE(counts.dropped + counts.failed, 0u);
    QVERIFY(counts.retries >= quint64(limited));
}

void tst_Delivery::everyTenthPostFailing()
{
    m_slack->setFailureEvery(10, SlackStandIn::Mode::ServerError);
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    for (int i = 0; i < 10000; ++i)
        qWarning("sequence %05d", i);
    QTRY_COMPARE_WITH_TIMEOUT(TestSupport::since(m_before).delivered, 10000u, 90000);
    const QStringList lines = acceptedLines(*m_slack);
    QCOMPARE(lines.size(), 10000);
    QStringList expected;
    for (int i = 0; i < 10000; ++i)
        expected << QStringLiteral("sequence %1").arg(i, 5, 10, QLatin1Char('0'));
    QCOMPARE(lines, expected); // every one, once, in order
    QVERIFY(TestSupport::since(m_before).retries >= 1);
}

void tst_Delivery::anOutageIsRetriedWithGrowingGaps()
{
    DeliveryMonitor monitor;
    QSignalSpy results(&monitor, &DeliveryMonitor::deliveryFinished);
    QVERIFY(results.isValid());
    const quint16 port = m_slack->port();
    m_slack->close();
    QTimer::singleShot(20s, m_slack.get(), [this, port] { QVERIFY(m_slack->listen(port)); });
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    for (int i = 0; i < 100; ++i)
        qWarning("during the outage %d", i);
    QTRY_COMPARE_WITH_TIMEOUT(TestSupport::since(m_before).delivered, 100u, 60000);
    QCOMPARE(acceptedLines(*m_slack).size(), 100);
    std::chrono::milliseconds previous{0};
    int refused = 0;
    for (const QList<QVariant> &arguments : std::as_const(results)) {
        const auto result = arguments.constFirst().value<DeliveryResult>();
        if (result.delivered)
            continue;
        ++refused;
        QVERIFY2(result.errorString.contains(u"refused"), qPrintable(result.errorString));
        QVERIFY(result.willRetry);
        QVERIFY2(result.retryIn > previous, "the gaps between retries grow");
        previous = result.retryIn;
    }
    QVERIFY2(refused >= 4, qPrintable(QString::number(refused))); // 1 + 2 + 4 + 8 s < 20 s
    QCOMPARE(TestSupport::since(m_before).possibleDuplicates, 0u); // refused: never arrived
}

void tst_Delivery::aStalledRequestIsAbortedAndRetried()
{
    DeliveryMonitor monitor;
    QSignalSpy results(&monitor, &DeliveryMonitor::deliveryFinished);
    QVERIFY(results.isValid());
    m_slack->setMode(SlackStandIn::Mode::Slow);
    m_slack->setDelay(25s);
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setRequestTimeout(5s);
    QVERIFY(install(settings));
    QElapsedTimer clock;
    clock.start();
    qWarning("stalled");
    QTRY_VERIFY_WITH_TIMEOUT(results.size() >= 1, 15000);
    QVERIFY2(clock.elapsed() < 20000, "the request was not aborted at its timeout");
    const auto first = results.constFirst().constFirst().value<DeliveryResult>();
    QVERIFY2(first.errorString.contains(u"did not answer within 5000 ms"),
             qPrintable(first.errorString));
    QVERIFY(first.willRetry);
    m_slack->setMode(SlackStandIn::Mode::Ok);
    QTRY_COMPARE_WITH_TIMEOUT(TestSupport::since(m_before).delivered, 1u, 15000);
    // The first request may have reached Slack: the resend is counted as a possible duplicate.
    QCOMPARE(TestSupport::since(m_before).possibleDuplicates, 1u);
}

void tst_Delivery::aRejectedPayloadDoesNotStopTheRest()
{
    // A server stricter than the settings say: it answers 400 msg_too_long past 10 characters.
    // (An empty message no longer makes an invalid payload: it is posted as "(empty message)".)
    SlackLog::Testing::ServerLimits strict;
    strict.textLimit = 10;
    m_slack->setServerLimits(strict);
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    qWarning("far too long for this server");
    QVERIFY(flush(10s));
    qWarning("next one");
    QVERIFY(flush(10s));
    QCOMPARE(m_slack->requestCount(), 2);
    QCOMPARE(m_slack->requests().constFirst().answeredStatus, 400);
    QCOMPARE(m_slack->requests().constLast().text(), u"next one"_qs);
    const Statistics counts = TestSupport::since(m_before);
    QCOMPARE(counts.rejected, 1u);
    QCOMPARE(counts.delivered, 1u);
}

void tst_Delivery::aFullQueueCountsEveryDropAndSaysSo()
{
    m_slack->setMode(SlackStandIn::Mode::Unresponsive);
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setQueueCapacity(1000);
    settings.setRequestTimeout(2s);
    QVERIFY(install(settings));
    for (int i = 0; i < 100000; ++i)
        qWarning("flood %06d", i);
    m_slack->setMode(SlackStandIn::Mode::Ok);
    QTRY_COMPARE_WITH_TIMEOUT(TestSupport::since(m_before).queued, 0u, 60000);
    QStringList notices;
    QTRY_VERIFY_WITH_TIMEOUT((acceptedLines(*m_slack, &notices), !notices.isEmpty()), 10000);
    notices.clear();
    const QStringList lines = acceptedLines(*m_slack, &notices);
    const Statistics counts = TestSupport::since(m_before);
    QCOMPARE(counts.logged, 100000u);
    QCOMPARE(counts.delivered, quint64(lines.size()));
    QCOMPARE(QSet<QString>(lines.cbegin(), lines.cend()).size(), lines.size());
    QCOMPARE(counts.droppedQueueFull, 100000u - counts.delivered);
    QVERIFY(counts.delivered <= 1001u + 1u);
    QVERIFY(lines.contains(u"flood 099999"_qs)); // the oldest made room for the newest
    QVERIFY2(notices.size() == 1, qPrintable(notices.join(u" | ")));
    QVERIFY2(notices.constFirst().contains(u"dropped (queue full) since"),
             qPrintable(notices.constFirst()));
    QString count = notices.constFirst().section(u' ', 1, 1);
    count.remove(u',');
    QCOMPARE(count.toULongLong(), counts.droppedQueueFull);
}

#if defined(__has_feature)
#define SLACKLOG_CLANG_ASAN __has_feature(address_sanitizer)
#else
#define SLACKLOG_CLANG_ASAN 0
#endif

// The resident set size of this process, in bytes.
static qint64 residentBytes()
{
    QFile status(u"/proc/self/status"_qs);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() * 1024;
    }
    return -1;
}

void tst_Delivery::aFloodStaysWithinTheByteCap()
{
#if defined(__SANITIZE_ADDRESS__) || SLACKLOG_CLANG_ASAN
    QSKIP("AddressSanitizer keeps freed memory in quarantine: the resident size says nothing here");
#endif
    // A million messages at full speed while Slack never answers: the byte cap binds, and
    // memory grows by no more than the cap and a few MB of bookkeeping.
    const qint64 cap = 4 * 1024 * 1024;
    const qint64 allowance = 8 * 1024 * 1024;
    m_slack->setDelay(60s);
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setQueueCapacity(10'000'000);
    settings.setQueueCapacityBytes(cap);
    settings.setShutdownTimeout(500ms);
    // The recorder would keep every line: the handler SlackLog passes them on to keeps none.
    const QtMessageHandler recorder =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    const auto restore = qScopeGuard([recorder] {
        uninstall();
        qInstallMessageHandler(recorder);
    });
    QVERIFY(install(settings));
    const qint64 before = residentBytes();
    QVERIFY(before > 0);
    qint64 peak = before;
    for (int i = 0; i < 1'000'000; ++i) {
        qWarning("flood %07d with some text to carry", i);
        if (i % 10'000 == 0)
            peak = qMax(peak, residentBytes());
    }
    peak = qMax(peak, residentBytes());
    QVERIFY2(peak - before <= cap + allowance,
             qPrintable(u"grew by %1 bytes"_qs.arg(peak - before)));
    const Statistics counts = TestSupport::since(m_before);
    QCOMPARE(counts.logged, 1'000'000u);
    QVERIFY(counts.droppedQueueFull > 900'000u);
}

void tst_Delivery::aBurstBecomesFewPosts()
{
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setPostsPerSecond(1);
    settings.setBurst(3);
    settings.setTextBudget(40000);
    QVERIFY(install(settings));
    qint64 characters = 0;
    for (int i = 0; i < 10000; ++i) {
        const QString line = QStringLiteral("burst line %1 ").arg(i, 5, 10, QLatin1Char('0'))
                + QString(43, u'.');
        characters += line.size() + 1;
        qWarning().noquote() << line;
    }
    QTRY_COMPARE_WITH_TIMEOUT(TestSupport::since(m_before).delivered, 10000u, 60000);
    const int posts = m_slack->requestCount();
    const qint64 least = (characters + 39999) / 40000;
    // What the worker finds before the burst allowance is spent may go out in smaller posts.
    QVERIFY2(posts <= 1.1 * double(least) + 3,
             qPrintable(QStringLiteral("%1 posts for %2 characters").arg(posts).arg(characters)));
    for (const ReceivedRequest &request : m_slack->requests())
        QVERIFY(request.text().size() <= 40000);
    QCOMPARE(acceptedLines(*m_slack).size(), 10000);
}

void tst_Delivery::loggingRacesShutdown()
{
    std::atomic<bool> stop{false};
    std::thread logger([&stop] {
        for (int i = 0; !stop.load(); ++i)
            qWarning("racing %d", i);
    });
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setShutdownTimeout(200ms);
    for (int round = 0; round < 10000; ++round) {
        QVERIFY(install(settings));
        uninstall();
        uninstall(); // twice is safe
    }
    stop.store(true);
    logger.join();
    QVERIFY(TestSupport::ledgerBalances());
    QCOMPARE(TestSupport::since(m_before).queued, 0u);
}

QTEST_GUILESS_MAIN(tst_Delivery)
#include "tst_delivery.moc"
