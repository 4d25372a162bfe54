#include "testsupport.h"

#include <QtCore/QElapsedTimer>
#include <QtNetwork/QTcpServer>
#include <QtTest/QTest>

#include <memory>

using namespace SlackLog;
using SlackLog::Testing::SlackStandIn;
using namespace std::chrono_literals;

// The one promise timed in a pass/fail test, with a bound far from what is expected: a log
// call costs microseconds whatever the network does. Benchmarks measure the real figures.
class tst_Latency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void logCallsDoNotWaitForTheNetwork_data();
    void logCallsDoNotWaitForTheNetwork();

private:
    std::unique_ptr<SlackStandIn> m_slack;
};

void tst_Latency::init()
{
    TestSupport::Recorder::install();
    m_slack = std::make_unique<SlackStandIn>();
    QVERIFY(m_slack->listen());
}

void tst_Latency::cleanup()
{
    uninstall();
    TestSupport::Recorder::restore();
    m_slack.reset();
}

void tst_Latency::logCallsDoNotWaitForTheNetwork_data()
{
    QTest::addColumn<SlackStandIn::Mode>("mode");
    QTest::addColumn<bool>("refused");
    QTest::addRow("server answers in 10 s") << SlackStandIn::Mode::Slow << false;
    QTest::addRow("server never answers") << SlackStandIn::Mode::Unresponsive << false;
    QTest::addRow("connection refused") << SlackStandIn::Mode::Ok << true;
}

void tst_Latency::logCallsDoNotWaitForTheNetwork()
{
    QFETCH(SlackStandIn::Mode, mode);
    QFETCH(bool, refused);
    m_slack->setMode(mode);
    m_slack->setDelay(10s);
    Settings settings = TestSupport::settingsFor(*m_slack);
    if (refused) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        QUrl url = settings.webhookUrl();
        url.setPort(closed.serverPort());
        settings.setWebhookUrl(url);
    }
    settings.setShutdownTimeout(200ms);
    const Statistics before = statistics();
    QVERIFY(install(settings));

    qint64 slowestNs = 0;
    QElapsedTimer clock;
    for (int i = 0; i < 200; ++i) {
        clock.start();
        qWarning("call %d", i);
        slowestNs = qMax(slowestNs, clock.nsecsElapsed());
        if (i == 0 && !refused)
            QVERIFY(m_slack->waitForRequests(1, 5s)); // the rest log while a post hangs
    }
    QVERIFY2(slowestNs < 50'000'000, qPrintable(QString::number(slowestNs / 1000) + u" µs"));
    // Every call was captured: none was skipped for being slow or dropped for being many.
    const Statistics counts = TestSupport::since(before);
    QCOMPARE(counts.logged, 200u);
    QCOMPARE(counts.dropped, 0u);
}

QTEST_GUILESS_MAIN(tst_Latency)
#include "tst_latency.moc"
