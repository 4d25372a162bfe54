#include "testsupport.h"

#include "spool_p.h"

#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <csignal>
#include <memory>
#include <sys/resource.h>

using namespace SlackLog;
using namespace SlackLog::Internal;
using SlackLog::Testing::SlackStandIn;
using namespace std::chrono_literals;

// The spool on disk: what it keeps, what it gives back, and what a full disk, a cut file or a
// killed process do to it. The scenarios go through install() and the stand-in.
class tst_Spool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    // The Spool itself
    void whatIsNotAcknowledgedComesBackInOrder();
    void aKillBeforeTheReplayIsSpooledAgainLosesNothing();
    void replayTakenInPartsResumesWhereItStopped();
    void oneProcessAtATime();
    void aFullSpoolRefusesAndSaysSo();
    void aFailedWriteLeavesNoHalfEntry();
    void settledSegmentsAreDeleted();

    // Through the library
    void uninstallLeavesTheRestInTheSpoolForTheNextInstall();
    void aDestinationGoneFromTheSettingsGetsTheDefaultMarked();
    void aFullSpoolCountsWhatItCouldNotKeep();
    void aSpoolFileCutMidRecordIsRecovered();
    void aKilledProcessLosesNothingItQueued();
    void aFatalMessageThatCouldNotBePostedIsKept();

private:
    Settings spoolSettings() const;
    // For logging_app: the stand-in, this test's spool, plain lines.
    QProcessEnvironment helperEnvironment() const;
    QStringList logAndLeaveInSpool(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SlackStandIn> m_slack;
    Statistics m_before;
};

namespace {

SpooledRecord record(quint64 sequence, const QString &message = {})
{
    SpooledRecord r;
    r.sequence = sequence;
    r.level = Level::Warning;
    r.destinationRef = "ref";
    r.message = message.isEmpty() ? u"message %1"_qs.arg(sequence) : message;
    return r;
}

QStringList messagesOf(const std::vector<SpooledRecord> &records)
{
    QStringList messages;
    for (const SpooledRecord &r : records)
        messages << r.message;
    return messages;
}

// An earlier run that spooled messages 1 to count and ended without delivering them.
bool spoolAsAnEarlierRun(const QString &directory, quint64 count)
{
    Spool spool;
    if (!spool.open(directory, 1 << 20))
        return false;
    for (quint64 i = 1; i <= count; ++i) {
        if (!spool.append(record(i)))
            return false;
    }
    spool.commit(1);
    return true;
}

QStringList segmentFiles(const QString &directory)
{
    return QDir(directory).entryList({u"*.spool"_qs}, QDir::Files, QDir::Name);
}

int undeliveredIn(const QString &directory)
{
    return int(Spool::undeliveredIn(directory));
}

} // namespace

void tst_Spool::init()
{
    TestSupport::Recorder::install();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_slack = std::make_unique<SlackStandIn>();
    QVERIFY(m_slack->listen());
    m_before = statistics();
}

void tst_Spool::cleanup()
{
    uninstall();
    QVERIFY(TestSupport::ledgerBalances(statistics()));
    TestSupport::Recorder::restore();
    m_slack.reset();
    m_dir.reset();
}

void tst_Spool::whatIsNotAcknowledgedComesBackInOrder()
{
    {
        Spool spool;
        QVERIFY(spool.open(m_dir->path(), 1 << 20));
        for (quint64 i = 1; i <= 10; ++i)
            QVERIFY(spool.append(record(i)));
        spool.acknowledge(2);
        spool.acknowledge(5);
        spool.commit(1);
        QVERIFY(spool.holds(3));
    }
    const QStringList earlier = segmentFiles(m_dir->path());
    QCOMPARE(earlier.size(), 1);
    Spool next;
    QVERIFY(next.open(m_dir->path(), 1 << 20));
    QVERIFY(next.hasReplay());
    const std::vector<SpooledRecord> replayed = next.takeReplay(100);
    QCOMPARE(messagesOf(replayed),
             (QStringList{u"message 1"_qs, u"message 3"_qs, u"message 4"_qs, u"message 6"_qs,
                          u"message 7"_qs, u"message 8"_qs, u"message 9"_qs, u"message 10"_qs}));
    QVERIFY(!next.hasReplay());
    QCOMPARE(next.damaged(), 0u);
    // Taken up and spooled again by this run, the earlier run's file is gone.
    quint64 sequence = 1;
    for (SpooledRecord r : replayed) {
        r.sequence = sequence++;
        QVERIFY(next.append(r));
    }
    next.confirmReplayed(true);
    next.commit(1);
    QVERIFY(!segmentFiles(m_dir->path()).contains(earlier.constFirst()));
    QCOMPARE(undeliveredIn(m_dir->path()), 8);
}

void tst_Spool::aKillBeforeTheReplayIsSpooledAgainLosesNothing()
{
    QVERIFY(spoolAsAnEarlierRun(m_dir->path(), 10));
    {
        // Taken, and the process ends before they were spooled again: close() stands in for
        // the kill, and writes what a kill would have left.
        Spool taking;
        QVERIFY(taking.open(m_dir->path(), 1 << 20));
        QCOMPARE(taking.takeReplay(100).size(), size_t(10));
        taking.commit(1);
    }
    QCOMPARE(undeliveredIn(m_dir->path()), 10);
}

void tst_Spool::replayTakenInPartsResumesWhereItStopped()
{
    QVERIFY(spoolAsAnEarlierRun(m_dir->path(), 10));
    {
        Spool partly;
        QVERIFY(partly.open(m_dir->path(), 1 << 20));
        QCOMPARE(messagesOf(partly.takeReplay(4)),
                 (QStringList{u"message 1"_qs, u"message 2"_qs, u"message 3"_qs, u"message 4"_qs}));
        // What was taken is spooled again by this run before the earlier file says so.
        for (quint64 i = 1; i <= 4; ++i)
            QVERIFY(partly.append(record(100 + i)));
        partly.confirmReplayed(true);
        partly.commit(1);
    }
    Spool rest;
    QVERIFY(rest.open(m_dir->path(), 1 << 20));
    QStringList all;
    while (rest.hasReplay())
        all += messagesOf(rest.takeReplay(3));
    QCOMPARE(all,
             (QStringList{u"message 5"_qs, u"message 6"_qs, u"message 7"_qs, u"message 8"_qs,
                          u"message 9"_qs, u"message 10"_qs, u"message 101"_qs, u"message 102"_qs,
                          u"message 103"_qs, u"message 104"_qs}));
}

void tst_Spool::oneProcessAtATime()
{
    Spool first;
    QVERIFY(first.open(m_dir->path(), 1 << 20));
    Spool second;
    QVERIFY(!second.open(m_dir->path(), 1 << 20));
    const QStringList problems = second.takeProblems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(u"in use"), qPrintable(problems.constFirst()));
    QVERIFY(!second.append(record(1)));
}

void tst_Spool::aFullSpoolRefusesAndSaysSo()
{
    Spool spool;
    const qint64 cap = 65536;
    QVERIFY(spool.open(m_dir->path(), cap));
    int kept = 0;
    for (quint64 i = 1; i <= 1000; ++i)
        kept += spool.append(record(i, QString(200, u'x'))) ? 1 : 0;
    spool.commit(1);
    QVERIFY2(kept > 100 && kept < 1000, QByteArray::number(kept));
    QVERIFY(spool.holds(1));
    QVERIFY(!spool.holds(1000));
    QVERIFY(spool.bytesOnDisk() <= cap);
    const QStringList problems = spool.takeProblems();
    QCOMPARE(problems.size(), 1); // said once, not a thousand times
    QVERIFY2(problems.constFirst().contains(u"full"), qPrintable(problems.constFirst()));
}

void tst_Spool::aFailedWriteLeavesNoHalfEntry()
{
    // A file size limit makes write() fail the way a full disk does, with no root needed.
    Spool spool;
    QVERIFY(spool.open(m_dir->path(), 1 << 20));
    QVERIFY(spool.append(record(1)));
    spool.commit(1);
    const QStringList files = segmentFiles(m_dir->path());
    QCOMPARE(files.size(), 1);
    const QString path = QDir(m_dir->path()).filePath(files.constFirst());
    const qint64 sizeBefore = QFileInfo(path).size();

    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit tight = saved;
    tight.rlim_cur = rlim_t(sizeBefore + 100);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &tight), 0);
    QVERIFY(spool.append(record(2, QString(1000, u'y'))));
    spool.acknowledge(1); // goes with the write that fails
    spool.commit(1);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!spool.holds(2));
    QVERIFY(spool.holds(1));
    const QStringList problems = spool.takeProblems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(u"cannot be written"),
             qPrintable(problems.constFirst()));
    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    // The acknowledgement was not lost with the failed write: once the disk has room, it lands.
    QCOMPARE(undeliveredIn(m_dir->path()), 1);
    spool.commit(1);
    QCOMPARE(undeliveredIn(m_dir->path()), 0);
}

void tst_Spool::settledSegmentsAreDeleted()
{
    Spool spool;
    QVERIFY(spool.open(m_dir->path(), 1 << 20)); // segments of 128 KiB
    for (quint64 i = 1; i <= 3000; ++i) {
        QVERIFY(spool.append(record(i, QString(100, u'z'))));
        if (i % 100 == 0)
            spool.commit(1);
    }
    QVERIFY(segmentFiles(m_dir->path()).size() >= 3);
    for (quint64 i = 1; i <= 3000; ++i)
        spool.acknowledge(i);
    spool.commit(3001);
    QCOMPARE(segmentFiles(m_dir->path()).size(), 1); // the one being written
    spool.close();
    QCOMPARE(undeliveredIn(m_dir->path()), 0);
}

Settings tst_Spool::spoolSettings() const
{
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setSpoolDirectory(m_dir->path());
    settings.setShutdownTimeout(1s);
    return settings;
}

QProcessEnvironment tst_Spool::helperEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SLACKLOG_WEBHOOK_URL"_qs, m_slack->webhookUrl().toString());
    environment.insert(u"SLACKLOG_PATTERN"_qs, u"%{message}"_qs);
    environment.insert(u"SLACKLOG_FORMAT"_qs, u"text"_qs);
    environment.insert(u"SLACKLOG_EMOJI"_qs, QString());
    environment.insert(u"SLACKLOG_SPOOL_DIR"_qs, m_dir->path());
    environment.insert(u"SLACKLOG_RATE"_qs, u"100"_qs);
    environment.remove(u"QT_LOGGING_RULES"_qs);
    environment.remove(u"QT_FATAL_WARNINGS"_qs);
    return environment;
}

// Logs \a count lines while the stand-in is down and uninstalls: they stay in the spool.
QStringList tst_Spool::logAndLeaveInSpool(int count)
{
    m_slack->close();
    if (!install(spoolSettings()))
        return {};
    QStringList lines;
    for (int i = 0; i < count; ++i) {
        lines << u"kept %1"_qs.arg(i);
        qWarning("kept %d", i);
    }
    uninstall();
    return lines;
}

void tst_Spool::uninstallLeavesTheRestInTheSpoolForTheNextInstall()
{
    const QStringList lines = logAndLeaveInSpool(100);
    Statistics s = TestSupport::since(m_before);
    QCOMPARE(s.logged, 100u);
    QCOMPARE(s.spooled, 100u);
    QCOMPARE(s.queued, 0u); // nothing waits in memory any more
    QCOMPARE(s.droppedShutdown, 0u);
    QCOMPARE(s.delivered, 0u);
    QVERIFY(TestSupport::ledgerBalances(statistics()));
    QCOMPARE(undeliveredIn(m_dir->path()), 100);

    QVERIFY(m_slack->listen(m_slack->port()));
    QVERIFY(install(spoolSettings()));
    QTRY_COMPARE_WITH_TIMEOUT(TestSupport::since(m_before).delivered, 100u, 20000);
    QCOMPARE(m_slack->receivedLines(), lines); // in order, each once
    s = TestSupport::since(m_before);
    QCOMPARE(s.replayed, 100u);
    QCOMPARE(s.logged, 200u); // the first run's and the replay's
    QCOMPARE(s.queued, 0u);
    uninstall();
    QCOMPARE(undeliveredIn(m_dir->path()), 0);
}

void tst_Spool::aDestinationGoneFromTheSettingsGetsTheDefaultMarked()
{
    const QStringList lines = logAndLeaveInSpool(3);
    SlackStandIn other;
    QVERIFY(other.listen());
    Settings settings = spoolSettings();
    settings.setWebhookUrl(other.webhookUrl());
    QVERIFY(install(settings));
    QTRY_COMPARE_WITH_TIMEOUT(other.receivedLines().size(), 3, 20000);
    const QStringList received = other.receivedLines();
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(received.at(i).startsWith(u"[replayed"), qPrintable(received.at(i)));
        QVERIFY2(received.at(i).endsWith(lines.at(i)), qPrintable(received.at(i)));
    }
    QCOMPARE(m_slack->requestCount(), 0);
}

void tst_Spool::aFullSpoolCountsWhatItCouldNotKeep()
{
    m_slack->close();
    Settings settings = spoolSettings();
    settings.setSpoolMaxBytes(65536);
    QVERIFY(install(settings));
    const QString padding(100, u'p');
    for (int i = 0; i < 2000; ++i)
        qWarning("%d %ls", i, qUtf16Printable(padding));
    uninstall();
    const Statistics s = TestSupport::since(m_before);
    QCOMPARE(s.logged, 2000u);
    QVERIFY2(s.spooled > 0 && s.droppedSpoolFull > 0,
             qPrintable(u"spooled %1, spool_full %2"_qs.arg(s.spooled).arg(s.droppedSpoolFull)));
    QCOMPARE(s.spooled + s.droppedSpoolFull, 2000u);
    QCOMPARE(quint64(undeliveredIn(m_dir->path())), s.spooled);
}

void tst_Spool::aSpoolFileCutMidRecordIsRecovered()
{
    const QStringList lines = logAndLeaveInSpool(50);
    // What a kill in the middle of a write leaves: the start of an entry.
    const QStringList files = segmentFiles(m_dir->path());
    QVERIFY(!files.isEmpty());
    QFile last(QDir(m_dir->path()).filePath(files.constLast()));
    QVERIFY(last.open(QIODevice::Append));
    const QByteArray entry = SpoolFormat::recordEntry(record(999, u"never finished"_qs));
    last.write(entry.left(entry.size() / 2));
    last.close();

    QVERIFY(m_slack->listen(m_slack->port()));
    QVERIFY(install(spoolSettings()));
    QTRY_COMPARE_WITH_TIMEOUT(TestSupport::since(m_before).delivered, 50u, 20000);
    QCOMPARE(m_slack->receivedLines(), lines);
    QCOMPARE(TestSupport::since(m_before).spoolDamaged, 1u);
}

void tst_Spool::aKilledProcessLosesNothingItQueued()
{
    const QProcessEnvironment environment = helperEnvironment();
    m_slack->close(); // the first run delivers nothing

    QProcess killed;
    killed.setProcessEnvironment(environment);
    killed.start(QStringLiteral(LOGGING_APP), {u"hold"_qs, u"500"_qs});
    QVERIFY(killed.waitForStarted(10000));
    QByteArray output;
    QTRY_VERIFY2_WITH_TIMEOUT((output += killed.readAllStandardOutput()).contains("logged"),
                              killed.readAllStandardError().constData(), 10000);
    // Within a poll of the worker, every line is on disk.
    QTRY_COMPARE_WITH_TIMEOUT(undeliveredIn(m_dir->path()), 500, 10000);
    killed.kill(); // SIGKILL: no exit handling of any kind
    QVERIFY(killed.waitForFinished(10000));
    QCOMPARE(killed.exitStatus(), QProcess::CrashExit);

    QVERIFY(m_slack->listen(m_slack->port()));
    QProcess next;
    next.setProcessEnvironment(environment);
    next.start(QStringLiteral(LOGGING_APP), {u"return"_qs, u"0"_qs});
    QVERIFY(next.waitForFinished(30000));
    QCOMPARE(next.exitCode(), 0);
    QStringList expected;
    for (int i = 1; i <= 500; ++i)
        expected << u"message %1 of 500"_qs.arg(i);
    QCOMPARE(m_slack->receivedLines(), expected);
    QCOMPARE(undeliveredIn(m_dir->path()), 0);
}

void tst_Spool::aFatalMessageThatCouldNotBePostedIsKept()
{
    QProcessEnvironment environment = helperEnvironment();
    environment.insert(u"SLACKLOG_SHUTDOWN_TIMEOUT_MS"_qs, u"1000"_qs);
    m_slack->close(); // Slack is down when the application dies

    QProcess dying;
    dying.setProcessEnvironment(environment);
    dying.start(QStringLiteral(LOGGING_APP), {u"fatal"_qs, u"3"_qs});
    QVERIFY(dying.waitForFinished(30000));
    QCOMPARE(dying.exitStatus(), QProcess::CrashExit);
    QCOMPARE(undeliveredIn(m_dir->path()), 4);

    QVERIFY(m_slack->listen(m_slack->port()));
    QProcess next;
    next.setProcessEnvironment(environment);
    next.start(QStringLiteral(LOGGING_APP), {u"return"_qs, u"0"_qs});
    QVERIFY(next.waitForFinished(30000));
    QCOMPARE(next.exitCode(), 0);
    QCOMPARE(m_slack->receivedLines(),
             (QStringList{u"message 1 of 3"_qs, u"message 2 of 3"_qs, u"message 3 of 3"_qs,
                          u"fatal: disk on fire"_qs}));
    QCOMPARE(undeliveredIn(m_dir->path()), 0);
}

QTEST_GUILESS_MAIN(tst_Spool)
#include "tst_spool.moc"
