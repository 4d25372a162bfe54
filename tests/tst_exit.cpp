#include "testsupport.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QProcess>
#include <QtCore/QSet>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <algorithm>

#include <memory>

using SlackLog::Testing::ReceivedRequest;
using SlackLog::Testing::ServerLimits;
using SlackLog::Testing::SlackStandIn;

Q_DECLARE_METATYPE(SlackLog::Testing::ServerLimits)
using namespace std::chrono_literals;

// Each case runs logging_app, a program that installs SlackLog, logs and ends without calling
// flush(): what reaches the stand-in is what exit handling delivered.
class tst_Exit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void deliversWithoutFlush_data();
    void deliversWithoutFlush();
    void manyQueuedMessagesAllArrive_data();
    void manyQueuedMessagesAllArrive();
    void exitWithTheApplicationAliveNeverCrashes();
    void deadServerDoesNotHoldExit_data();
    void deadServerDoesNotHoldExit();
    void qFatalIsDelivered_data();
    void qFatalIsDelivered();
    void qFatalFitsTheServer_data();
    void qFatalFitsTheServer();
    void qFatalKeepsTheTimeoutWhenTheServerIsDead();
    void qFatalDoesNotWaitBehindAPostUnderWay();
    void postsUnderWayAtExitAreNotSentTwice();
    void aFlushCutOffAtItsDeadlineCountsTheResend();
    void flushingWhileTheApplicationStartsCountsEveryExtraCopy();

private:
    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus exitStatus = QProcess::NormalExit;
        qint64 milliseconds = -1; // from start to end
        QByteArray errors;
        QByteArray output; // what it printed, such as its statistics
    };
    Run run(const QStringList &arguments);

    std::unique_ptr<SlackStandIn> m_slack;
    QProcessEnvironment m_environment;
};

void tst_Exit::init()
{
    m_slack = std::make_unique<SlackStandIn>();
    QVERIFY(m_slack->listen());
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(u"SLACKLOG_WEBHOOK_URL"_qs, m_slack->webhookUrl().toString());
    m_environment.insert(u"SLACKLOG_PATTERN"_qs, u"%{message}"_qs);
    m_environment.insert(u"SLACKLOG_FORMAT"_qs, u"text"_qs);
    m_environment.insert(u"SLACKLOG_EMOJI"_qs, QString());
    m_environment.insert(u"SLACKLOG_SHUTDOWN_TIMEOUT_MS"_qs, u"5000"_qs);
    // Set here, not only by CTest: run by hand, the helpers would share the default spool and
    // deliver each other's leftovers.
    m_environment.insert(u"SLACKLOG_SPOOL_DIR"_qs, QString());
    m_environment.remove(u"QT_FATAL_WARNINGS"_qs);
    m_environment.remove(u"QT_LOGGING_RULES"_qs);
}

void tst_Exit::cleanup()
{
    m_slack.reset();
}

tst_Exit::Run tst_Exit::run(const QStringList &arguments)
{
    Run result;
    QProcess process;
    process.setProcessEnvironment(m_environment);
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(LOGGING_APP), arguments);
    if (!process.waitForStarted(10000) || !finished.wait(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.milliseconds = clock.elapsed();
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.errors = process.readAllStandardError();
    result.output = process.readAllStandardOutput();
    return result;
}

void tst_Exit::deliversWithoutFlush_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("lines");
    QTest::addRow("returning from main")
            << QStringList{u"return"_qs, u"3"_qs}
            << QStringList{u"message 1 of 3"_qs, u"message 2 of 3"_qs, u"message 3 of 3"_qs};
    QTest::addRow("exit() with the application alive")
            << QStringList{u"exit"_qs, u"2"_qs}
            << QStringList{u"message 1 of 2"_qs, u"message 2 of 2"_qs};
    QTest::addRow("logged before the application object")
            << QStringList{u"before-app"_qs}
            << QStringList{u"logged before the application existed"_qs, u"logged while it ran"_qs};
    QTest::addRow("logged after the application object")
            << QStringList{u"after-app"_qs}
            << QStringList{u"logged while the application lived"_qs,
                           u"logged after the application was gone"_qs};
    QTest::addRow("logged after the application, then a long cleanup")
            << QStringList{u"after-app-pause"_qs}
            << QStringList{u"logged after the application was gone"_qs};
    QTest::addRow("no application object at all")
            << QStringList{u"no-app"_qs}
            << QStringList{u"logged by a program without an application object"_qs};
    QTest::addRow("no application, webhook on localhost")
            << QStringList{u"no-app"_qs, u"1"_qs, u"localhost"_qs}
            << QStringList{u"logged by a program without an application object"_qs};
}

void tst_Exit::deliversWithoutFlush()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, lines);
    // Shorter than the pause in after-app-pause: the pause must not eat the exit's time.
    m_environment.insert(u"SLACKLOG_SHUTDOWN_TIMEOUT_MS"_qs, u"1000"_qs);
    if (arguments.value(2) == u"localhost") {
        // The stand-in listens on 127.0.0.1; localhost may resolve to ::1 first.
        QUrl url = m_slack->webhookUrl();
        url.setHost(u"localhost"_qs);
        m_environment.insert(u"SLACKLOG_WEBHOOK_URL"_qs, url.toString());
    }
    const Run result = run(arguments);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_slack->receivedLines(), lines);
    // Nothing was reported as lost, and SlackLog added no noise of Qt's to the console.
    QVERIFY2(!result.errors.contains("slacklog"), result.errors.constData());
    QVERIFY2(!result.errors.contains("QObject::connect"), result.errors.constData());
}

void tst_Exit::manyQueuedMessagesAllArrive_data()
{
    QTest::addColumn<QString>("format");
    QTest::addRow("text") << u"text"_qs;
    // At 100 attachments or 16 messages a post, 1,000 would need more posts than 1 post/s
    // allows in the shutdown timeout: at exit they go as a digest of lines.
    QTest::addRow("attachments") << u"attachments"_qs;
    QTest::addRow("blocks") << u"blocks"_qs;
}

void tst_Exit::manyQueuedMessagesAllArrive()
{
    QFETCH(QString, format);
    m_environment.insert(u"SLACKLOG_FORMAT"_qs, format);
    const Run result = run({u"return"_qs, u"1000"_qs});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = m_slack->receivedLines();
    QCOMPARE(lines.size(), 1000);
    // In a digest each line has its level in front.
    for (int i = 0; i < 1000; ++i) {
        const QString expected = QStringLiteral("message %1 of 1000").arg(i + 1);
        QVERIFY2(lines.at(i) == expected || lines.at(i) == u"Warning: "_qs + expected,
                 qPrintable(lines.at(i)));
    }
    // At exit a post carries up to Slack's 40,000 characters instead of the 4,000 budget, so
    // the queue drains in a few posts rather than one a second for the shutdown timeout.
    qsizetype longest = 0;
    const QList<SlackLog::Testing::ReceivedRequest> requests = m_slack->requests();
    for (const SlackLog::Testing::ReceivedRequest &request : requests)
        longest = qMax(longest, request.displayedTexts().join(u'\n').size());
    QCOMPARE_GT(longest, 4000);
}

void tst_Exit::exitWithTheApplicationAliveNeverCrashes()
{
    // The worker thread is still running when exit() destroys Qt's globals; once, this crashed
    // about every other time. Several runs, so that a race has its chance to show.
    for (int i = 0; i < 8; ++i) {
        m_slack->clear();
        const Run result = run({u"exit"_qs, u"20"_qs});
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(m_slack->receivedLines().size() == 20,
                 qPrintable(m_slack->receivedLines().join(u'|') + u"\n"_qs
                            + QString::fromUtf8(result.errors)));
    }
}

void tst_Exit::deadServerDoesNotHoldExit_data()
{
    QTest::addColumn<SlackStandIn::Mode>("mode");
    QTest::addColumn<QString>("appMode");
    QTest::addRow("server never answers") << SlackStandIn::Mode::Unresponsive << u"return"_qs;
    QTest::addRow("server answers in 10 s") << SlackStandIn::Mode::Slow << u"return"_qs;
    QTest::addRow("never answers, exit()") << SlackStandIn::Mode::Unresponsive << u"exit"_qs;
    QTest::addRow("never answers, after the application")
            << SlackStandIn::Mode::Unresponsive << u"after-app"_qs;
    QTest::addRow("never answers, no application")
            << SlackStandIn::Mode::Unresponsive << u"no-app"_qs;
}

void tst_Exit::deadServerDoesNotHoldExit()
{
    QFETCH(SlackStandIn::Mode, mode);
    QFETCH(QString, appMode);
    m_slack->setMode(mode);
    m_slack->setDelay(10s);
    m_environment.insert(u"SLACKLOG_SHUTDOWN_TIMEOUT_MS"_qs, u"1000"_qs);
    const Run result = run({appMode, u"5"_qs});
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 0);
    // The whole run, start-up included, within the timeout + 1 s.
    QVERIFY2(result.milliseconds >= 0 && result.milliseconds < 1000 + 1000,
             qPrintable(QString::number(result.milliseconds)));
    QVERIFY(m_slack->requestCount() >= 1);
    // The loss is not silent.
    QVERIFY2(result.errors.contains("dropped"), result.errors.constData());
}

void tst_Exit::qFatalIsDelivered_data()
{
    QTest::addColumn<QString>("appMode");
    QTest::addColumn<QStringList>("lines");
    // The fatal message goes straight from the thread that aborts, and what was queued before
    // it follows. What the worker had already posted comes first: it wakes for a message at
    // once, so "message 1" is usually in Slack before the fatal message is logged.
    QTest::addRow("with an application")
            << u"fatal"_qs << QStringList{u"fatal: disk on fire"_qs, u"message 1 of 1"_qs};
    QTest::addRow("on another thread")
            << u"fatal-thread"_qs
            << QStringList{u"fatal on another thread: disk on fire"_qs, u"message 1 of 1"_qs};
    QTest::addRow("without an application")
            << u"fatal-no-app"_qs << QStringList{u"fatal without an application: disk on fire"_qs};
}

void tst_Exit::qFatalIsDelivered()
{
    QFETCH(QString, appMode);
    QFETCH(QStringList, lines);
    const Run result = run({appMode});
    QCOMPARE(result.exitStatus, QProcess::CrashExit);
    QStringList received = m_slack->receivedLines();
    received.sort();
    lines.sort();
    QCOMPARE(received, lines); // each once
    // The console still shows it, as Qt's own handler does.
    QVERIFY2(result.errors.contains("disk on fire"), result.errors.constData());
}

void tst_Exit::qFatalFitsTheServer_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ServerLimits>("limits");
    QTest::addRow("slack text") << u"text"_qs << u"slack"_qs << ServerLimits::slack();
    QTest::addRow("slack blocks") << u"blocks"_qs << u"slack"_qs << ServerLimits::slack();
    QTest::addRow("mattermost attachments")
            << u"attachments"_qs << u"mattermost"_qs << ServerLimits::mattermost();
    QTest::addRow("discord attachments")
            << u"attachments"_qs << u"discord"_qs << ServerLimits::discord();
}

void tst_Exit::qFatalFitsTheServer()
{
    QFETCH(QString, format);
    QFETCH(QString, kind);
    QFETCH(ServerLimits, limits);
    // A 60,000-character trace: more than any server takes in one post, and the only post
    // there is time for. It must be one the server accepts, with as much as fits.
    m_slack->setServerLimits(limits);
    m_environment.insert(u"SLACKLOG_FORMAT"_qs, format);
    m_environment.insert(u"SLACKLOG_KIND"_qs, kind);
    m_environment.insert(u"SLACKLOG_TEXT_BUDGET"_qs, u"40000"_qs);
    const Run result = run({u"fatal-long"_qs});
    QCOMPARE(result.exitStatus, QProcess::CrashExit);
    // The queued message may go first, while the fatal one is being formatted.
    const QList<ReceivedRequest> requests = m_slack->requests();
    const auto fatal = std::find_if(requests.cbegin(), requests.cend(), [](const auto &request) {
        return request.body.contains("fatal: disk on fire");
    });
    QVERIFY(fatal != requests.cend());
    QCOMPARE(fatal->answeredStatus, 200);
    const QStringList shown = fatal->displayedTexts();
    QVERIFY(!shown.isEmpty());
    QVERIFY2(shown.constFirst().contains(u"fatal: disk on fire"_qs),
             qPrintable(shown.constFirst().left(80)));
    qsizetype characters = 0;
    for (const QString &text : shown)
        characters += text.size();
    // As much as fits: most of the server's limit, not just a first part.
    QVERIFY2(characters > limits.textLimit / 2, qPrintable(QString::number(characters)));
}

void tst_Exit::qFatalKeepsTheTimeoutWhenTheServerIsDead()
{
    m_slack->setMode(SlackStandIn::Mode::Unresponsive);
    m_environment.insert(u"SLACKLOG_SHUTDOWN_TIMEOUT_MS"_qs, u"1000"_qs);
    const Run result = run({u"fatal"_qs});
    QCOMPARE(result.exitStatus, QProcess::CrashExit);
    QVERIFY2(result.milliseconds >= 0 && result.milliseconds < 1000 + 1000,
             qPrintable(QString::number(result.milliseconds)));
    QVERIFY(m_slack->requestCount() >= 1);
    QVERIFY2(result.errors.contains("disk on fire"), result.errors.constData());
}

void tst_Exit::qFatalDoesNotWaitBehindAPostUnderWay()
{
    // The post of "message 1 of 1" takes longer than the whole shutdown timeout; the fatal
    // message must not queue behind it.
    m_slack->setMode(SlackStandIn::Mode::Slow);
    m_slack->setDelay(3s);
    m_environment.insert(u"SLACKLOG_SHUTDOWN_TIMEOUT_MS"_qs, u"1000"_qs);
    const Run result = run({u"fatal"_qs});
    QCOMPARE(result.exitStatus, QProcess::CrashExit);
    QVERIFY2(result.milliseconds >= 0 && result.milliseconds < 1000 + 1000,
             qPrintable(QString::number(result.milliseconds)));
    QStringList texts;
    const QList<SlackLog::Testing::ReceivedRequest> requests = m_slack->requests();
    for (const SlackLog::Testing::ReceivedRequest &request : requests)
        texts << request.text();
    QVERIFY2(texts.contains(u"fatal: disk on fire"_qs), qPrintable(texts.join(u" | ")));
}

void tst_Exit::postsUnderWayAtExitAreNotSentTwice()
{
    // Two destinations, so that one can have a post under way when the other settles.
    m_slack->setMode(SlackStandIn::Mode::Slow);
    m_slack->setDelay(100ms);
    m_environment.insert(u"SLACKLOG_ROUTES"_qs,
                         u"[{\"category\": \"bulk\", \"channel\": \"#bulk\"}]"_qs);
    // A race: a few runs give it its chance.
    for (int i = 0; i < 3; ++i) {
        m_slack->clear();
        const Run result = run({u"busy-exit"_qs});
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = m_slack->receivedLines();
        QVERIFY(lines.contains(u"logged while it ran"_qs));
        QVERIFY(lines.size() > 1);
        QCOMPARE(QSet<QString>(lines.cbegin(), lines.cend()).size(), lines.size());
    }
}

void tst_Exit::aFlushCutOffAtItsDeadlineCountsTheResend()
{
    // Without an application object flush() posts from its own thread: the first flush is cut
    // off at 300 ms while the server takes a second, and the second flush sends the same post.
    m_slack->setMode(SlackStandIn::Mode::Slow);
    m_slack->setDelay(1s);
    const Run result = run({u"no-app-flush-twice"_qs});
    QCOMPARE(result.exitCode, 0);
    const QByteArray &output = result.output;
    QVERIFY2(output.contains("delivered=1 "), output.constData());
    // Slack may show it twice: the count says so.
    QVERIFY2(output.contains("possibleDuplicates=1 "), output.constData());
    QCOMPARE(m_slack->requestCount(), 2);
}

void tst_Exit::flushingWhileTheApplicationStartsCountsEveryExtraCopy()
{
    // Another thread calls flush(1 ms) in a loop from before the application object exists:
    // those flushes post from their own thread, and a post cut off at 1 ms may still have
    // reached the server, which then gets it again. Every such copy must be counted.
    const Run result = run({u"flush-during-startup"_qs});
    QCOMPARE(result.exitCode, 0);
    const QByteArray &output = result.output;
    const qsizetype at = output.indexOf("possibleDuplicates=");
    QVERIFY2(at >= 0, output.constData());
    const quint64 counted = output.mid(at + 19).split(' ').value(0).toULongLong();
    const QStringList received = m_slack->receivedLines();
    const QStringList expected{u"logged before the application existed"_qs,
                               u"logged while it ran"_qs};
    QCOMPARE(QSet<QString>(received.cbegin(), received.cend()),
             QSet<QString>(expected.cbegin(), expected.cend()));
    QVERIFY2(quint64(received.size() - expected.size()) <= counted,
             qPrintable(u"%1 copies, %2 counted"_qs.arg(received.size()).arg(counted)));
}

QTEST_GUILESS_MAIN(tst_Exit)
#include "tst_exit.moc"
