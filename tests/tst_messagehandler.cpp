#include "engine_p.h"
#include "testsupport.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QLoggingCategory>
#include <QtCore/QThread>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace SlackLog;
using SlackLog::Testing::SlackStandIn;
using TestSupport::Recorder;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcApp, "app")
Q_LOGGING_CATEGORY(lcAppDb, "app.db")
Q_LOGGING_CATEGORY(lcOwn, "slacklog.test")
Q_LOGGING_CATEGORY(lcQtNetwork, "qt.network.test")

namespace {
const QString secret = QStringLiteral("XXXXXXXXXXXXXXXXXXXXXXXX");

void logAt(Level level, const QLoggingCategory &category, const char *text)
{
    switch (level) {
    case Level::Debug:
        qCDebug(category, "%s", text);
        break;
    case Level::Info:
        qCInfo(category, "%s", text);
        break;
    case Level::Warning:
        qCWarning(category, "%s", text);
        break;
    case Level::Critical:
        qCCritical(category, "%s", text);
        break;
    case Level::Fatal:
        QFAIL("not here");
    }
}
} // namespace

class tst_MessageHandler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void previousHandlerStillGetsEverything();
    void levelFilter_data();
    void levelFilter();
    void categoryRules_data();
    void categoryRules();
    void ownAndNetworkCategoriesNeverComeBack();
    void deliveryThreadMessagesNeverComeBack();
    void failureIsReportedOnceAndRedacted();
    void aServerErrorIsRetriedAndReportedOnce();
    void installAgainReplacesTheSettings();
    void invalidSettingsAreRefusedWithAReason();
    void invalidSettingsKeepTheRunningInstallation();
    void flushWaitsForDelivery();
    void flushGivesUpAtItsTimeout();
    void monitorReportsEachDelivery();
    void monitorReportsFailuresInWords();
    void fullQueueDropsCountsAndSaysSo();
    void uninstallDeliversWhatIsQueued();
    void uninstallKeepsToTheShutdownTimeout();
    void aHandlerInstalledOverOursStays();
    void installAfterTheHandlerOverOursWentAway();

private:
    std::unique_ptr<SlackStandIn> m_slack;
    Statistics m_before;
};

void tst_MessageHandler::init()
{
    Recorder::install();
    m_slack = std::make_unique<SlackStandIn>();
    QVERIFY(m_slack->listen());
    m_before = statistics();
}

void tst_MessageHandler::cleanup()
{
    uninstall();
    QVERIFY(!isInstalled());
    QVERIFY(TestSupport::ledgerBalances());
    QCOMPARE(statistics().queued, 0u);
    Recorder::restore();
    m_slack.reset();
}

void tst_MessageHandler::previousHandlerStillGetsEverything()
{
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    QVERIFY(isInstalled());
    qDebug("one");
    qInfo("two");
    qCWarning(lcApp, "three");
    qCritical("four");
    QVERIFY(flush(5s));

    const QList<TestSupport::Message> seen = Recorder::messages();
    QCOMPARE(seen.size(), 4);
    QCOMPARE(seen.at(0).type, QtDebugMsg);
    QCOMPARE(seen.at(1).type, QtInfoMsg);
    QCOMPARE(seen.at(2).type, QtWarningMsg);
    QCOMPARE(seen.at(2).category, QByteArray("app"));
    QCOMPARE(seen.at(3).text, QStringLiteral("four"));
    QCOMPARE(m_slack->receivedLines(),
             (QStringList{u"one"_qs, u"two"_qs, u"three"_qs, u"four"_qs}));

    const Statistics counts = TestSupport::since(m_before);
    QCOMPARE(counts.logged, 4u);
    QCOMPARE(counts.delivered, 4u);
    QCOMPARE(counts.queued, 0u);

    uninstall();
    // The handler that was there before is the one in place again.
    QVERIFY(qInstallMessageHandler(Recorder::handler()) == Recorder::handler());
}

void tst_MessageHandler::levelFilter_data()
{
    QTest::addColumn<Level>("minimum");
    QTest::addColumn<QStringList>("posted");
    QTest::addRow("debug") << Level::Debug
                           << QStringList{u"debug"_qs, u"info"_qs, u"warning"_qs, u"critical"_qs};
    QTest::addRow("info") << Level::Info << QStringList{u"info"_qs, u"warning"_qs, u"critical"_qs};
    QTest::addRow("warning") << Level::Warning << QStringList{u"warning"_qs, u"critical"_qs};
    QTest::addRow("critical") << Level::Critical << QStringList{u"critical"_qs};
    QTest::addRow("fatal") << Level::Fatal << QStringList{};
}

void tst_MessageHandler::levelFilter()
{
    QFETCH(Level, minimum);
    QFETCH(QStringList, posted);
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setMinimumLevel(minimum);
    QVERIFY(install(settings));
    for (Level level : {Level::Debug, Level::Info, Level::Warning, Level::Critical})
        logAt(level, lcApp(), qPrintable(levelName(level)));
    QVERIFY(flush(5s));
    QCOMPARE(m_slack->receivedLines(), posted);
    QCOMPARE(TestSupport::since(m_before).logged, quint64(posted.size()));
    // Filtering is for Slack only: the console still sees all four.
    QCOMPARE(Recorder::messages().size(), 4);
}

void tst_MessageHandler::categoryRules_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QStringList>("posted");
    QTest::addRow("none") << QString() << QStringList{u"app"_qs, u"db"_qs, u"default"_qs};
    QTest::addRow("app subtree off") << u"app.*=false"_qs << QStringList{u"app"_qs, u"default"_qs};
    QTest::addRow("everything but app.db") << u"*=false\napp.db=true"_qs << QStringList{u"db"_qs};
    QTest::addRow("warnings of default off")
            << u"default.warning=false"_qs << QStringList{u"app"_qs, u"db"_qs};
}

void tst_MessageHandler::categoryRules()
{
    QFETCH(QString, rules);
    QFETCH(QStringList, posted);
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setCategoryRules(rules);
    QVERIFY(install(settings));
    qCWarning(lcApp, "app");
    qCWarning(lcAppDb, "db");
    qWarning("default");
    QVERIFY(flush(5s));
    QCOMPARE(m_slack->receivedLines(), posted);
}

void tst_MessageHandler::ownAndNetworkCategoriesNeverComeBack()
{
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    qCWarning(lcOwn, "ours");
    qCWarning(lcQtNetwork, "Qt's network stack");
    qWarning("the application's");
    QVERIFY(flush(5s));
    QCOMPARE(m_slack->receivedLines(), QStringList{u"the application's"_qs});
    QCOMPARE(Recorder::texts(),
             (QStringList{u"ours"_qs, u"Qt's network stack"_qs, u"the application's"_qs}));
}

void tst_MessageHandler::deliveryThreadMessagesNeverComeBack()
{
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    QThread *deliveryThread = Internal::Engine::instance().deliveryThread();
    QVERIFY(deliveryThread);
    QObject onDeliveryThread;
    onDeliveryThread.moveToThread(deliveryThread);
    QMetaObject::invokeMethod(
            &onDeliveryThread, [] { qWarning("raised on the delivery thread"); },
            Qt::BlockingQueuedConnection);
    qWarning("raised here");
    QVERIFY(flush(5s));
    QCOMPARE(m_slack->receivedLines(), QStringList{u"raised here"_qs});
    QVERIFY(Recorder::texts().contains(u"raised on the delivery thread"_qs));
    // Back to this thread, so that it is destroyed where it lives.
    QMetaObject::invokeMethod(
            &onDeliveryThread,
            [&onDeliveryThread, target = QThread::currentThread()] {
                onDeliveryThread.moveToThread(target);
            },
            Qt::BlockingQueuedConnection);
}

void tst_MessageHandler::failureIsReportedOnceAndRedacted()
{
    m_slack->setMode(SlackStandIn::Mode::NotFound);
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    for (int i = 0; i < 3; ++i) {
        qWarning("attempt %d", i);
        QVERIFY(flush(5s));
    }
    // A revoked webhook is never asked again: every later message is rejected at once.
    QCOMPARE(m_slack->requestCount(), 1);
    const QStringList reports = Recorder::texts("slacklog");
    QCOMPARE(reports.size(), 1);
    const QString report = reports.constFirst();
    QVERIFY2(report.contains(u"revoked"), qPrintable(report));
    QVERIFY2(report.contains(u"404 no_service"), qPrintable(report));
    QVERIFY2(report.contains(u"nothing more is posted"), qPrintable(report));
    QVERIFY2(report.contains(u"/services/T00000000/B00000000/****"), qPrintable(report));
    QVERIFY2(!report.contains(secret), "the report shows the webhook secret");
    const Statistics counts = TestSupport::since(m_before);
    QCOMPARE(counts.rejected, 3u);
    QCOMPARE(counts.failed, 3u);
    QVERIFY(TestSupport::ledgerBalances());
}

void tst_MessageHandler::aServerErrorIsRetriedAndReportedOnce()
{
    m_slack->setMode(SlackStandIn::Mode::ServerError);
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    qWarning("try again");
    QTRY_VERIFY_WITH_TIMEOUT(m_slack->requestCount() >= 2, 10000);
    const QStringList reports = Recorder::texts("slacklog");
    QCOMPARE(reports.size(), 1);
    QVERIFY2(reports.constFirst().contains(u"retrying in"), qPrintable(reports.constFirst()));
    // It works again: the same message arrives, once, and the report is not posted.
    m_slack->setMode(SlackStandIn::Mode::Ok);
    QVERIFY(flush(10s));
    QCOMPARE(m_slack->requests().constLast().text(), u"try again"_qs);
    const Statistics counts = TestSupport::since(m_before);
    QCOMPARE(counts.delivered, 1u);
    QVERIFY(counts.retries >= 1u);
    QCOMPARE(counts.possibleDuplicates, 0u);
}

void tst_MessageHandler::installAgainReplacesTheSettings()
{
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setChannel(u"#first"_qs);
    QVERIFY(install(settings));
    qWarning("under the first settings");
    settings.setChannel(u"#second"_qs);
    QVERIFY(install(settings));
    qWarning("under the second settings");
    QVERIFY(flush(5s));
    QCOMPARE(installedSettings().channel(), u"#second"_qs);

    QStringList seen;
    const QList<Testing::ReceivedRequest> requests = m_slack->requests();
    for (const Testing::ReceivedRequest &request : requests)
        seen << request.json().value(u"channel").toString() + u": " + request.text();
    seen.sort();
    QCOMPARE(seen,
             (QStringList{u"#first: under the first settings"_qs,
                          u"#second: under the second settings"_qs}));
    // Installed twice, chained once: the console saw each message once.
    QCOMPARE(Recorder::texts(QByteArray("default")).size(), 2);
}

void tst_MessageHandler::invalidSettingsAreRefusedWithAReason()
{
    QVERIFY(!install(Settings()));
    QVERIFY(!isInstalled());
    const QStringList reports = Recorder::texts("slacklog");
    QCOMPARE(reports.size(), 1);
    QVERIFY2(reports.constFirst().contains(u"webhook URL is not set"),
             qPrintable(reports.constFirst()));
}

void tst_MessageHandler::invalidSettingsKeepTheRunningInstallation()
{
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    Settings broken = TestSupport::settingsFor(*m_slack);
    broken.setMessagePattern(u"%{nonsense}"_qs);
    QVERIFY(!install(broken));
    QVERIFY(isInstalled());
    qWarning("still delivered");
    QVERIFY(flush(5s));
    QCOMPARE(m_slack->receivedLines(), QStringList{u"still delivered"_qs});
}

void tst_MessageHandler::flushWaitsForDelivery()
{
    m_slack->setMode(SlackStandIn::Mode::Slow);
    m_slack->setDelay(300ms);
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    qWarning("slowly");
    QVERIFY(flush(10s));
    // Nothing is left to happen after flush() returned true.
    const Statistics counts = TestSupport::since(m_before);
    QCOMPARE(counts.delivered, 1u);
    QCOMPARE(counts.queued, 0u);
    QCOMPARE(m_slack->requests().constFirst().answeredStatus, 200);
}

void tst_MessageHandler::flushGivesUpAtItsTimeout()
{
    m_slack->setMode(SlackStandIn::Mode::Unresponsive);
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setShutdownTimeout(100ms);
    QVERIFY(install(settings));
    qWarning("into the void");
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!flush(200ms));
    // Far enough from 200 ms for a loaded machine, near enough to catch a timeout ignored.
    QVERIFY2(clock.elapsed() < 200 + 1500, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(TestSupport::since(m_before).queued, 1u);
}

void tst_MessageHandler::monitorReportsEachDelivery()
{
    DeliveryMonitor monitor;
    QSignalSpy finished(&monitor, &DeliveryMonitor::deliveryFinished);
    QVERIFY(finished.isValid());
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setChannel(u"#ops"_qs);
    QVERIFY(install(settings));
    qWarning("watched");
    QVERIFY(flush(5s));
    QTRY_COMPARE(finished.size(), 1);
    const auto result = finished.constFirst().constFirst().value<DeliveryResult>();
    QVERIFY(result.delivered);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.slackAnswer, u"ok"_qs);
    QCOMPARE(result.errorString, QString());
    QCOMPARE(result.messageCount, 1);
    QCOMPARE(result.channel, u"#ops"_qs);
    QCOMPARE(result.firstSequence, m_before.logged + 1);
    QCOMPARE(result.destination,
             u"http://127.0.0.1:"_qs + QString::number(m_slack->port())
                     + u"/services/T00000000/B00000000/****");
    QVERIFY(result.payload.contains("watched"));
    QVERIFY(result.finishedAt.isValid());
}

void tst_MessageHandler::monitorReportsFailuresInWords()
{
    DeliveryMonitor monitor;
    QSignalSpy finished(&monitor, &DeliveryMonitor::deliveryFinished);
    QVERIFY(finished.isValid());
    m_slack->setMode(SlackStandIn::Mode::ServerError);
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    qWarning("refused");
    QTRY_COMPARE(finished.size(), 1);
    const auto result = finished.constFirst().constFirst().value<DeliveryResult>();
    QVERIFY(!result.delivered);
    QCOMPARE(result.httpStatus, 500);
    QCOMPARE(result.slackAnswer, u"rollup_error"_qs);
    QCOMPARE(result.errorString, u"Slack had a server error (500 rollup_error)"_qs);
    QCOMPARE(result.attempt, 1);
    QVERIFY(result.willRetry);
    QVERIFY(result.retryIn >= 800ms);
    QVERIFY(!describe(result).contains(secret));
    m_slack->setMode(SlackStandIn::Mode::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 10000);
    const auto retried = finished.constLast().constFirst().value<DeliveryResult>();
    QVERIFY(retried.delivered);
    QCOMPARE(retried.attempt, 2);
}

void tst_MessageHandler::fullQueueDropsCountsAndSaysSo()
{
    m_slack->setMode(SlackStandIn::Mode::Unresponsive);
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setQueueCapacity(5);
    settings.setShutdownTimeout(100ms);
    QVERIFY(install(settings));
    for (int i = 0; i < 20; ++i)
        qWarning("flood %d", i);
    QCOMPARE(TestSupport::since(m_before).logged, 20u);
    // The oldest make room for the newest. What the worker had already taken from the queue it
    // trims itself, on its next look.
    QTRY_COMPARE(TestSupport::since(m_before).droppedQueueFull, 15u);
    const Statistics counts = TestSupport::since(m_before);
    QCOMPARE(counts.dropped, 15u);
    QCOMPARE(counts.queued, 5u);
    QVERIFY(TestSupport::ledgerBalances());
    const QStringList reports = Recorder::texts("slacklog");
    QCOMPARE(reports.size(), 1);
    QVERIFY2(reports.constFirst().contains(u"queue is full"), qPrintable(reports.constFirst()));
}

void tst_MessageHandler::uninstallDeliversWhatIsQueued()
{
    m_slack->setMode(SlackStandIn::Mode::Slow);
    m_slack->setDelay(200ms);
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    qWarning("last words");
    uninstall();
    QCOMPARE(TestSupport::since(m_before).delivered, 1u);
    QCOMPARE(m_slack->receivedLines(), QStringList{u"last words"_qs});
    // Not captured any more.
    qWarning("after uninstall");
    QCOMPARE(TestSupport::since(m_before).logged, 1u);
}

void tst_MessageHandler::uninstallKeepsToTheShutdownTimeout()
{
    m_slack->setMode(SlackStandIn::Mode::Unresponsive);
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setShutdownTimeout(300ms);
    QVERIFY(install(settings));
    qWarning("never answered");
    QElapsedTimer clock;
    clock.start();
    uninstall();
    QVERIFY2(clock.elapsed() < 300 + 1500, qPrintable(QString::number(clock.elapsed())));
    const Statistics counts = TestSupport::since(m_before);
    QCOMPARE(counts.dropped, 1u);
    QCOMPARE(counts.queued, 0u);
    const QStringList reports = Recorder::texts("slacklog");
    QCOMPARE(reports.size(), 1);
    QVERIFY2(reports.constFirst().contains(u"1 message dropped"), qPrintable(reports.constFirst()));
}

namespace {
QtMessageHandler s_chained = nullptr;
int s_chainedCalls = 0;
void chainingHandler(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    ++s_chainedCalls;
    s_chained(type, context, text);
}
} // namespace

void tst_MessageHandler::aHandlerInstalledOverOursStays()
{
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    s_chained = qInstallMessageHandler(chainingHandler);
    s_chainedCalls = 0;
    uninstall();
    qWarning("after uninstall");
    QCOMPARE(s_chainedCalls, 1);
    // Ours passed it on to the recorder, and posted nothing.
    QCOMPARE(Recorder::texts(), QStringList{u"after uninstall"_qs});
    QCOMPARE(TestSupport::since(m_before).logged, 0u);

    // Installed again, while the other handler still calls ours: no loop, each message is
    // posted once and printed once.
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    qWarning("installed again");
    QVERIFY(flush(5s));
    QCOMPARE(m_slack->receivedLines(), QStringList{u"installed again"_qs});
    QCOMPARE(Recorder::texts(), (QStringList{u"after uninstall"_qs, u"installed again"_qs}));
    QCOMPARE(s_chainedCalls, 2);
    uninstall();
    qInstallMessageHandler(s_chained);
}

void tst_MessageHandler::installAfterTheHandlerOverOursWentAway()
{
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    s_chained = qInstallMessageHandler(chainingHandler);
    uninstall(); // leaves chainingHandler on top, calling ours
    // Its owner takes it away without restoring what it replaced.
    qInstallMessageHandler(Recorder::handler());
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    qWarning("captured again");
    QVERIFY(flush(5s));
    QCOMPARE(m_slack->receivedLines(), QStringList{u"captured again"_qs});
    QCOMPARE(Recorder::texts(), QStringList{u"captured again"_qs});
}

QTEST_GUILESS_MAIN(tst_MessageHandler)
#include "tst_messagehandler.moc"
