#include "testsupport.h"

#include "engine_p.h"
#include "spool_p.h"

#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <QtCore/QElapsedTimer>
#include <QtCore/QSysInfo>
#include <QtCore/QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

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
    void aKillBeforeTheReplayIsSettledLosesNothing();
    void replayTakenInPartsResumesWhereItStopped();
    void oneProcessAtATime();
    void aFullSpoolRefusesAndSaysSo();
    void aFullDiskKeepsTheWholeEntriesThatFit();
    void settledSegmentsAreDeletedTheLastOneToo();
    void theSpoolIsPrivate();
    void aLockLeftWithOurOwnPidIsTaken();
    void aLockIsFreeTheMomentItsHolderDies();
    void aLaterVersionsFileIsLeftAlone();
    void damageIsCountedWhereItCanBe_data();
    void damageIsCountedWhereItCanBe();

    // Through the library
    void uninstallLeavesTheRestInTheSpoolForTheNextInstall();
    void aDestinationGoneFromTheSettingsGetsTheDefaultMarked();
    void aFullSpoolCountsWhatItCouldNotKeep();
    void aSpoolFileCutMidRecordIsRecovered();
    void aKilledProcessLosesNothingItQueued();
    void aFatalMessageThatCouldNotBePostedIsKept();
    void aSpoolInUseIsReportedOnce();
    void aCapBelowTheBacklogStillSettlesTheReplay();
    void aCraftedFileDoesNotDelayInstall();
    void aPostUnderWayAtAKillIsAPossibleDuplicateOfTheNextRun();
    void deliveredTextDoesNotStayOnDisk();
    void anUnusableSpoolCountsItsLossesAsSpoolFull();
    void anIdleSpoolDoesNotWakeTheProcess();

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

// A file of an earlier run, or of no run, written whole.
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
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
    QVERIFY(TestSupport::ledgerBalances());
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
    QCOMPARE(next.damagedRecords() + next.damagedStretches(), 0u);
    // Taken up under this run's numbers, they stay in the earlier run's file until settled.
    next.numberReplay(1);
    for (quint64 sequence = 1; sequence <= 8; ++sequence)
        QVERIFY(next.holds(sequence));
    next.commit(1);
    QCOMPARE(segmentFiles(m_dir->path()), earlier);
    for (quint64 sequence = 1; sequence <= 7; ++sequence)
        next.acknowledge(sequence);
    next.commit(8);
    QCOMPARE(segmentFiles(m_dir->path()), earlier);
    QCOMPARE(undeliveredIn(m_dir->path()), 1);
    next.acknowledge(8);
    next.commit(std::numeric_limits<quint64>::max());
    QVERIFY(segmentFiles(m_dir->path()).isEmpty());
}

void tst_Spool::aKillBeforeTheReplayIsSettledLosesNothing()
{
    QVERIFY(spoolAsAnEarlierRun(m_dir->path(), 10));
    {
        // Taken, three settled, and the process ends: the destructor stands in for the kill,
        // and writes what a kill would have left.
        Spool taking;
        QVERIFY(taking.open(m_dir->path(), 1 << 20));
        QCOMPARE(taking.takeReplay(100).size(), size_t(10));
        taking.numberReplay(100);
        for (quint64 sequence = 100; sequence < 103; ++sequence)
            taking.acknowledge(sequence);
        taking.commit(103);
    }
    QCOMPARE(undeliveredIn(m_dir->path()), 7);
}

void tst_Spool::replayTakenInPartsResumesWhereItStopped()
{
    QVERIFY(spoolAsAnEarlierRun(m_dir->path(), 10));
    {
        Spool partly;
        QVERIFY(partly.open(m_dir->path(), 1 << 20));
        QCOMPARE(messagesOf(partly.takeReplay(4)),
                 (QStringList{u"message 1"_qs, u"message 2"_qs, u"message 3"_qs, u"message 4"_qs}));
        partly.numberReplay(1);
        for (quint64 i = 1; i <= 4; ++i)
            partly.acknowledge(i);
        // Logged by this run, not delivered.
        for (quint64 i = 5; i <= 8; ++i)
            QVERIFY(partly.append(record(i, u"message 10%1"_qs.arg(i - 4))));
        partly.commit(5);
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

void tst_Spool::aFullDiskKeepsTheWholeEntriesThatFit()
{
    // A file size limit makes write() fail the way a full disk does, with no root needed:
    // it takes what fits, then fails with EFBIG.
    Spool spool;
    QVERIFY(spool.open(m_dir->path(), 1 << 20));
    QVERIFY(spool.append(record(1)));
    spool.commit(1);
    const QStringList files = segmentFiles(m_dir->path());
    QCOMPARE(files.size(), 1);
    const QString path = QDir(m_dir->path()).filePath(files.constFirst());
    const qint64 sizeBefore = QFileInfo(path).size();
    const qint64 acknowledgement =
            SpoolFormat::acknowledgementEntry(SpoolFormat::toRanges({1})).size();
    const qint64 second = SpoolFormat::recordEntry(record(2)).size();

    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit tight = saved;
    tight.rlim_cur = rlim_t(sizeBefore + acknowledgement + second + 10);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &tight), 0);
    QVERIFY(spool.append(record(2)));
    QVERIFY(spool.append(record(3, QString(1000, u'y'))));
    spool.acknowledge(1);
    spool.commit(2);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    // The acknowledgement and the record that fit are kept; the one that did not is not, and
    // no half entry of it is left.
    QVERIFY(spool.holds(2));
    QVERIFY(!spool.holds(3));
    QCOMPARE(QFileInfo(path).size(), sizeBefore + acknowledgement + second);
    const QStringList problems = spool.takeProblems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(u"cannot be written"),
             qPrintable(problems.constFirst()));
    // The system's words, not Qt's "Unknown error".
    QVERIFY2(problems.constFirst().contains(QString::fromLocal8Bit(std::strerror(EFBIG))),
             qPrintable(problems.constFirst()));
    QCOMPARE(undeliveredIn(m_dir->path()), 1);
}

void tst_Spool::settledSegmentsAreDeletedTheLastOneToo()
{
    Spool spool;
    QVERIFY(spool.open(m_dir->path(), 1 << 20)); // segments of 128 KiB
    for (quint64 i = 1; i <= 3000; ++i) {
        QVERIFY(spool.append(record(i, QString(100, u'z'))));
        if (i % 100 == 0)
            spool.commit(1);
    }
    QVERIFY(segmentFiles(m_dir->path()).size() >= 3);
    for (quint64 i = 1; i <= 2999; ++i)
        spool.acknowledge(i);
    spool.commit(3000);
    QCOMPARE(segmentFiles(m_dir->path()).size(), 1); // the one that holds 3000
    spool.acknowledge(3000);
    spool.commit(3001);
    // Delivered text does not wait on disk for the next start.
    QVERIFY(segmentFiles(m_dir->path()).isEmpty());
    QVERIFY(spool.append(record(3001)));
    spool.commit(3001);
    QCOMPARE(undeliveredIn(m_dir->path()), 1);
}

void tst_Spool::theSpoolIsPrivate()
{
    const QString directory = m_dir->filePath(u"new/spool"_qs);
    Spool spool;
    QVERIFY(spool.open(directory, 1 << 20));
    QVERIFY(spool.append(record(1)));
    spool.commit(1);
    QVERIFY(Spool::writeAlone(directory, record(2), false));
    const auto mode = [](const QString &path) {
        struct stat status
        { };
        return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 0777
                                                                         : 0xffffu;
    };
    QCOMPARE(mode(directory), 0700u);
    const QFileInfoList files = QDir(directory).entryInfoList(QDir::Files);
    QCOMPARE(files.size(), 3); // the lock, a segment, the fatal message's file
    for (const QFileInfo &file : files)
        QCOMPARE(mode(file.filePath()), 0600u);
}

void tst_Spool::aLockLeftWithOurOwnPidIsTaken()
{
    // PID 1 in a container, killed and started again: its lock file names the process that
    // reads it. Only a lock the kernel holds tells a live holder from a dead one.
    QFile leftover(QDir(m_dir->path()).filePath(u"spool.lock"_qs));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.write(QByteArray::number(QCoreApplication::applicationPid()) + "\n"
                   + QCoreApplication::applicationName().toUtf8() + "\n"
                   + QSysInfo::machineHostName().toUtf8() + "\n");
    leftover.close();
    Spool spool;
    QVERIFY2(spool.open(m_dir->path(), 1 << 20), qPrintable(spool.takeProblems().join(u'\n')));
}

void tst_Spool::aLockIsFreeTheMomentItsHolderDies()
{
    QProcessEnvironment environment = helperEnvironment();
    QProcess holder;
    holder.setProcessEnvironment(environment);
    holder.start(QStringLiteral(LOGGING_APP), {u"hold"_qs, u"1"_qs});
    QVERIFY(holder.waitForStarted(10000));
    QByteArray output;
    QTRY_VERIFY2_WITH_TIMEOUT((output += holder.readAllStandardOutput()).contains("logged"),
                              holder.readAllStandardError().constData(), 10000);
    {
        Spool second;
        QVERIFY(!second.open(m_dir->path(), 1 << 20));
        const QStringList problems = second.takeProblems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().contains(u"in use by process %1"_qs.arg(holder.processId())),
                 qPrintable(problems.constFirst()));
    }
    holder.kill();
    QVERIFY(holder.waitForFinished(10000));
    Spool next;
    QVERIFY2(next.open(m_dir->path(), 1 << 20), qPrintable(next.takeProblems().join(u'\n')));
}

void tst_Spool::aSpoolInUseIsReportedOnce()
{
    Spool holder;
    QVERIFY(holder.open(m_dir->path(), 1 << 20));
    QVERIFY(install(spoolSettings()));
    qWarning("while the spool is held");
    Settings changed = spoolSettings();
    changed.setPostsPerSecond(50); // a reload tries the spool again
    QVERIFY(install(changed));
    qWarning("after a reload");
    QVERIFY(flush(10s));
    const QStringList reports = TestSupport::Recorder::texts("slacklog").filter(u"in use"_qs);
    QCOMPARE(reports.size(), 1);
}

void tst_Spool::aLaterVersionsFileIsLeftAlone()
{
    QByteArray later = "SlackLog spool 2\n";
    for (quint64 i = 1; i <= 300; ++i)
        later += SpoolFormat::recordEntry(record(i));
    const QString path = QDir(m_dir->path()).filePath(u"0000000000001-1-1-000000.spool"_qs);
    QVERIFY(writeFile(path, later));
    QVERIFY(spoolAsAnEarlierRun(m_dir->path(), 2));

    Spool spool;
    QVERIFY(spool.open(m_dir->path(), 1 << 20));
    QCOMPARE(messagesOf(spool.takeReplay(100)), (QStringList{u"message 1"_qs, u"message 2"_qs}));
    spool.numberReplay(1);
    spool.acknowledge(1);
    spool.acknowledge(2);
    spool.commit(3);
    spool.close(3);
    QCOMPARE(spool.damagedRecords() + spool.damagedStretches(), 0u);
    const QStringList problems = spool.takeProblems();
    QCOMPARE(problems.filter(u"later version"_qs).size(), 1);
    // Untouched, byte for byte, for the version that can read it.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), later);
    QCOMPARE(segmentFiles(m_dir->path()), QStringList{u"0000000000001-1-1-000000.spool"_qs});
}

void tst_Spool::damageIsCountedWhereItCanBe_data()
{
    QTest::addColumn<int>("cutAt"); // of the file, in percent; 0 for none
    QTest::addColumn<int>("damagedRecord"); // whose text gets a flipped byte; 0 for none
    QTest::addColumn<int>("recovered");
    QTest::addColumn<quint64>("records");
    QTest::addColumn<quint64>("stretches");
    QTest::addRow("one record's text") << 0 << 120 << 299 << 1ull << 0ull;
    // What was after the cut cannot be counted from the file: it says so instead.
    QTest::addRow("cut at half") << 50 << 0 << -1 << 0ull << 1ull;
}

void tst_Spool::damageIsCountedWhereItCanBe()
{
    QFETCH(int, cutAt);
    QFETCH(int, damagedRecord);
    QFETCH(int, recovered);
    QFETCH(quint64, records);
    QFETCH(quint64, stretches);
    QByteArray bytes = SpoolFormat::header();
    for (quint64 i = 1; i <= 300; ++i) {
        QByteArray entry = SpoolFormat::recordEntry(record(i));
        if (int(i) == damagedRecord)
            entry[entry.size() - 8] = char(entry.at(entry.size() - 8) ^ 0x20);
        bytes += entry;
    }
    if (cutAt > 0)
        bytes.truncate(bytes.size() * cutAt / 100);
    QVERIFY(writeFile(QDir(m_dir->path()).filePath(u"0000000000001-1-1-000000.spool"_qs), bytes));

    Spool spool;
    QVERIFY(spool.open(m_dir->path(), 1 << 20));
    size_t taken = 0;
    while (spool.hasReplay())
        taken += spool.takeReplay(1000).size();
    if (recovered >= 0)
        QCOMPARE(int(taken), recovered);
    else
        QVERIFY2(taken >= 140 && taken <= 150, QByteArray::number(qulonglong(taken)));
    QCOMPARE(spool.damagedRecords(), records);
    QCOMPARE(spool.damagedStretches(), stretches);
    const QStringList problems = spool.takeProblems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(stretches > 0 ? u"stretch"_qs : u"1 damaged"_qs),
             qPrintable(problems.constFirst()));
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
    QVERIFY(TestSupport::ledgerBalances());
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
    // A cut end: how many records were after it cannot be known.
    QCOMPARE(TestSupport::since(m_before).spoolDamagedStretches, 1u);
    QCOMPARE(TestSupport::since(m_before).spoolDamaged, 0u);
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

void tst_Spool::aCapBelowTheBacklogStillSettlesTheReplay()
{
    // 3,000 lines of about 100 bytes each: far more than a cap of 64 KiB holds.
    const QStringList lines = logAndLeaveInSpool(3000);
    QCOMPARE(lines.size(), 3000);
    QCOMPARE(undeliveredIn(m_dir->path()), 3000);
    QVERIFY(m_slack->listen(m_slack->port()));
    Settings settings = spoolSettings();
    settings.setSpoolMaxBytes(65536);
    settings.setTextBudget(40000); // in few posts
    for (int start = 1; start <= 3; ++start) {
        QVERIFY(install(settings));
        QTRY_COMPARE_WITH_TIMEOUT(TestSupport::since(m_before).replayed, 3000u, 30000);
        QVERIFY(flush(30s));
        uninstall();
        // Delivered once: each later start finds nothing to send again.
        QCOMPARE(m_slack->receivedLines(), lines);
        QCOMPARE(TestSupport::since(m_before).possibleDuplicates, 0u);
        QCOMPARE(undeliveredIn(m_dir->path()), 0);
        QVERIFY(segmentFiles(m_dir->path()).isEmpty());
    }
}

void tst_Spool::aCraftedFileDoesNotDelayInstall()
{
    // 18 MB in which every fifth byte claims an entry of 16 MiB: read naively, minutes of
    // checksums. install() reads nothing; the worker reads it in time linear in its size.
    QByteArray bytes = SpoolFormat::header();
    QByteArray claim(1, 'R');
    const quint32 length = 16 * 1024 * 1024;
    claim += QByteArray(reinterpret_cast<const char *>(&length), 4);
    while (bytes.size() < 18 * 1000 * 1000)
        bytes += claim;
    QVERIFY(writeFile(QDir(m_dir->path()).filePath(u"0000000000001-1-1-000000.spool"_qs), bytes));

    QElapsedTimer clock;
    clock.start();
    QVERIFY(install(spoolSettings()));
    // A few milliseconds here; before, over 100 s.
    QVERIFY2(clock.elapsed() < 2000, QByteArray::number(clock.elapsed()));
    qWarning("logged while the spool is read");
    QTRY_COMPARE_WITH_TIMEOUT(TestSupport::since(m_before).spoolDamagedStretches, 1u, 20000);
    QVERIFY(flush(10s));
    QCOMPARE(m_slack->receivedLines(), QStringList{u"logged while the spool is read"_qs});
}

void tst_Spool::aPostUnderWayAtAKillIsAPossibleDuplicateOfTheNextRun()
{
    const QProcessEnvironment environment = helperEnvironment();
    m_slack->setMode(SlackStandIn::Mode::Unresponsive); // the post is under way for ever

    QProcess killed;
    killed.setProcessEnvironment(environment);
    killed.start(QStringLiteral(LOGGING_APP), {u"hold"_qs, u"1"_qs});
    QVERIFY(killed.waitForStarted(10000));
    QVERIFY(m_slack->waitForRequests(1, 10s));
    killed.kill();
    QVERIFY(killed.waitForFinished(10000));

    m_slack->setMode(SlackStandIn::Mode::Ok);
    QProcess next;
    next.setProcessEnvironment(environment);
    next.start(QStringLiteral(LOGGING_APP), {u"flush-stats"_qs, u"0"_qs, u"1"_qs});
    QVERIFY(next.waitForFinished(30000));
    QCOMPARE(next.exitCode(), 0);
    const QByteArray output = next.readAllStandardOutput();
    QVERIFY2(output.contains("replayed=1 possibleDuplicates=1"), output.constData());
    // Sent twice, and counted: Slack may show it twice.
    QCOMPARE(m_slack->requestCount(), 2);
    QCOMPARE(m_slack->receivedLines(), QStringList{u"message 1 of 1"_qs});
    QCOMPARE(undeliveredIn(m_dir->path()), 0);
}

void tst_Spool::deliveredTextDoesNotStayOnDisk()
{
    QVERIFY(install(spoolSettings()));
    for (int i = 0; i < 5000; ++i)
        qWarning("delivered %d", i);
    QVERIFY(flush(30s));
    QCOMPARE(TestSupport::since(m_before).delivered, 5000u);
    // The worker settles the spool with the answer: nothing of the delivered text remains.
    QTRY_VERIFY_WITH_TIMEOUT(segmentFiles(m_dir->path()).isEmpty(), 5000);
    uninstall();
    QVERIFY(segmentFiles(m_dir->path()).isEmpty());
}

void tst_Spool::anUnusableSpoolCountsItsLossesAsSpoolFull()
{
    // A directory that cannot be made (its parent is a file) stands for a read-only disk;
    // root could write anywhere else.
    QFile blocker(m_dir->filePath(u"a-file"_qs));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_slack->close();
    Settings settings = spoolSettings();
    settings.setSpoolDirectory(m_dir->filePath(u"a-file/spool"_qs));
    QVERIFY(install(settings));
    for (int i = 0; i < 10; ++i)
        qWarning("lost %d", i);
    uninstall();
    const Statistics s = TestSupport::since(m_before);
    QCOMPARE(s.droppedSpoolFull, 10u);
    QCOMPARE(s.droppedShutdown, 0u);
    const QStringList reports = TestSupport::Recorder::texts("slacklog");
    QCOMPARE(reports.filter(u"cannot be created"_qs).size(), 1);
    QVERIFY2(!reports.filter(u"spool_full"_qs).isEmpty(), qPrintable(reports.join(u'\n')));
}

namespace {

// The kernel's count of the times \a thread was switched to, given up the CPU or been
// preempted, from /proc: what powertop sees as wake-ups.
qint64 contextSwitches(qint64 threadId)
{
    QFile status(u"/proc/self/task/%1/status"_qs.arg(threadId));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    qint64 switches = 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.contains("ctxt_switches:"))
            switches += line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
    }
    return switches;
}

} // namespace

void tst_Spool::anIdleSpoolDoesNotWakeTheProcess()
{
    QVERIFY(install(spoolSettings()));
    qWarning("one message, then nothing");
    QVERIFY(flush(10s));
    QThread *delivery = Internal::Engine::instance().deliveryThread();
    QVERIFY(delivery);
    qint64 threadId = 0;
    QObject probe;
    probe.moveToThread(delivery);
    QThread *here = QThread::currentThread();
    QMetaObject::invokeMethod(
            &probe,
            [&threadId, &probe, here] {
                threadId = qint64(::gettid());
                probe.moveToThread(here); // only its own thread may push it back
            },
            Qt::BlockingQueuedConnection);
    QVERIFY(threadId > 0);
    const qint64 before = contextSwitches(threadId);
    QVERIFY(before >= 0);
    // The window watched, not a wait for something: polling every 20 ms would show 50.
    QTest::qWait(1000);
    const qint64 woken = contextSwitches(threadId) - before;
    QVERIFY2(woken <= 3, QByteArray::number(woken));
}

QTEST_GUILESS_MAIN(tst_Spool)
#include "tst_spool.moc"
