#include "testsupport.h"

#include <QtCore/QSet>
#include <QtTest/QTest>

#include <memory>
#include <thread>
#include <vector>

using namespace SlackLog;
using SlackLog::Testing::SlackStandIn;
using namespace std::chrono_literals;

class tst_Threads : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyMessageArrivesExactlyOnce();
    void installWhileOthersLog();

private:
    std::unique_ptr<SlackStandIn> m_slack;
};

void tst_Threads::init()
{
    TestSupport::Recorder::install();
    m_slack = std::make_unique<SlackStandIn>();
    QVERIFY(m_slack->listen());
}

void tst_Threads::cleanup()
{
    uninstall();
    QVERIFY(TestSupport::ledgerBalances());
    TestSupport::Recorder::restore();
    m_slack.reset();
}

void tst_Threads::everyMessageArrivesExactlyOnce()
{
    constexpr int threadCount = 8;
    constexpr int perThread = 1000;
    const Statistics before = statistics();
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([t] {
            for (int i = 0; i < perThread; ++i)
                qWarning("thread %d message %d", t, i);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QVERIFY(flush(60s));

    const QStringList lines = m_slack->receivedLines();
    QCOMPARE(lines.size(), threadCount * perThread);
    QSet<QString> unique(lines.cbegin(), lines.cend());
    QCOMPARE(unique.size(), threadCount * perThread);
    for (int t = 0; t < threadCount; ++t) {
        // Each thread's messages arrive in the order it logged them.
        int next = 0;
        const QString prefix = QStringLiteral("thread %1 message ").arg(t);
        for (const QString &line : lines) {
            if (line.startsWith(prefix)) {
                QCOMPARE(line.mid(prefix.size()).toInt(), next);
                ++next;
            }
        }
        QCOMPARE(next, perThread);
    }
    const Statistics counts = TestSupport::since(before);
    QCOMPARE(counts.logged, quint64(threadCount * perThread));
    QCOMPARE(counts.delivered, quint64(threadCount * perThread));
    QCOMPARE(counts.dropped, 0u);
    // Every message also went on to the previous handler.
    QCOMPARE(TestSupport::Recorder::messages().size(), threadCount * perThread);
}

void tst_Threads::installWhileOthersLog()
{
    // Settings replaced under load: every message is posted under one settings or the other,
    // exactly once, and nothing crashes.
    constexpr int threadCount = 4;
    constexpr int perThread = 2000;
    const Statistics before = statistics();
    Settings first = TestSupport::settingsFor(*m_slack);
    first.setChannel(u"#first"_qs);
    Settings second = first;
    second.setChannel(u"#second"_qs);
    QVERIFY(install(first));
    std::atomic<int> running{threadCount};
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([t, &running] {
            for (int i = 0; i < perThread; ++i)
                qWarning("thread %d message %d", t, i);
            --running;
        });
    }
    int installs = 0;
    while (running.load() > 0 || installs < 2)
        QVERIFY(install(++installs % 2 ? second : first));
    for (std::thread &thread : threads)
        thread.join();
    QVERIFY(flush(60s));
    const QStringList lines = m_slack->receivedLines();
    QCOMPARE(lines.size(), threadCount * perThread);
    QCOMPARE(QSet<QString>(lines.cbegin(), lines.cend()).size(), threadCount * perThread);
    // Every post went out under one complete set of settings or the other.
    QSet<QString> channels;
    for (const Testing::ReceivedRequest &request : m_slack->requests())
        channels.insert(request.json().value(u"channel").toString());
    QVERIFY(channels.contains(u"#first"_qs));
    QVERIFY((channels - QSet<QString>{u"#first"_qs, u"#second"_qs}).isEmpty());
    const Statistics counts = TestSupport::since(before);
    QCOMPARE(counts.delivered, quint64(threadCount * perThread));
    QCOMPARE(counts.dropped, 0u);
    QVERIFY(installs >= 2);
}

QTEST_GUILESS_MAIN(tst_Threads)
#include "tst_threads.moc"
