#ifndef SLACKLOG_SPOOL_P_H
#define SLACKLOG_SPOOL_P_H

#include "record_p.h"
#include "slacklog_export.h"
#include "spoolformat_p.h"

#include <QtCore/qfile.h>
#include <QtCore/qlockfile.h>
#include <QtCore/qstringlist.h>

#include <deque>
#include <limits>
#include <memory>

namespace SlackLog::Internal {

// What the spool keeps of a record: the message and where it came from, its destination by
// reference.
SpooledRecord spooledRecord(const Record &record, const QByteArray &destinationRef);

/*
    The spool on disk: a write-ahead journal of every message that reaches the outbox, so what
    is not delivered when the process ends, or is killed, is delivered by the next run that
    opens the same directory.

    Records are appended to segment files of this run; acknowledgements of settled messages go
    to the current segment, and a sealed segment is deleted once every message in it is
    settled. Segments left by earlier runs are read back in order by takeReplay(), spooled again
    by this run, and deleted once all their records are taken up.

    One process at a time uses a directory (a QLockFile guards it). Not thread-safe: whoever
    holds the outbox uses it.
*/
class SLACKLOG_AUTOTEST_EXPORT Spool
{
public:
    Spool() = default;
    ~Spool();
    Spool(const Spool &) = delete;
    Spool &operator=(const Spool &) = delete;

    // Locks \a directory, creating it if needed, and finds what earlier runs left.
    bool open(const QString &directory, qint64 maxBytes);
    void close();
    bool isOpen() const { return m_lock != nullptr; }
    QString directory() const { return m_directory; }
    qint64 maxBytes() const { return m_maxBytes; }

    // Queued for the next commit(); false, with the record not kept, when the spool is full.
    bool append(const SpooledRecord &record);
    void acknowledge(quint64 sequence);
    // The message stays in the spool for a later run: its segment is never deleted by this one.
    void keep(quint64 sequence) { m_keptFrom = qMin(m_keptFrom, sequence); }
    // Writes what was appended and acknowledged, then deletes segments whose messages are all
    // settled: those below \a lowestUnsettled.
    void commit(quint64 lowestUnsettled);
    // Whether the message was written to the spool since it was opened, and so is on disk.
    bool holds(quint64 sequence) const;

    // What earlier runs left, in the order it was logged, at most \a maxRecords at a time.
    bool hasReplay() const { return !m_old.empty(); }
    std::vector<SpooledRecord> takeReplay(size_t maxRecords);
    // Once what takeReplay() gave was appended again (\a spooledAgain: all of it fitted), the
    // next commit() marks it taken up in the earlier run's files, or deletes them.
    void confirmReplayed(bool spooledAgain);
    // Changes the cap in place, without reopening.
    void setMaxBytes(qint64 maxBytes) { m_maxBytes = maxBytes; }
    // Records of earlier runs that could not be read back (cut off by a crash, or damaged).
    quint64 damaged() const { return m_damaged; }

    // Problems since the last call, in words, for the report; never the spool's contents.
    QStringList takeProblems();

    // What the segment files hold now, in bytes.
    qint64 bytesOnDisk() const { return m_bytesOnDisk; }

    static QString defaultSegmentSuffix() { return QStringLiteral(".spool"); }

    // What the spool keeps to name a destination: a hash of its key, never its URL.
    static QByteArray destinationRef(const QString &destinationKey);

    // For qFatal, whose thread cannot wait for the spool's owner: writes \a record alone into
    // a segment file of its own in \a directory, for the next run. False if it failed.
    static bool writeAlone(const QString &directory, const SpooledRecord &record);

    // How many messages \a directory holds for a later run, read without changing anything.
    static quint64 undeliveredIn(const QString &directory);

private:
    struct OldSegment
    {
        QString path;
        qint64 size = 0;
        std::shared_ptr<const SequenceRanges> acknowledged; // by its run, across its segments
        quint64 consumed = 0;
        bool loaded = false;
        // Once loaded: the records not acknowledged and not consumed, with their place in
        // the file.
        std::deque<std::pair<quint64, SpooledRecord>> remaining;
    };
    struct OwnSegment
    {
        QString path;
        qint64 size = 0;
        quint64 highestSequence = 0;
    };

    void findEarlierRuns();
    // Segment files in \a directory, oldest first, each with its run's acknowledgements.
    static std::deque<OldSegment> readSegments(const QString &directory, QStringList &problems,
                                               quint64 &damaged, qint64 &bytes);
    static void loadOld(OldSegment &segment);
    bool writeTo(const QString &path, QFile::OpenMode mode, const QByteArray &bytes);
    void problem(const QString &text);

    QString m_directory;
    qint64 m_maxBytes = 0;
    std::unique_ptr<QLockFile> m_lock;
    QString m_run;
    int m_nextSegment = 0;
    std::deque<OwnSegment> m_own; // the last one is written to
    std::deque<OldSegment> m_old;
    std::vector<std::pair<QString, quint64>> m_taken; // by takeReplay(), not yet confirmed
    std::vector<std::pair<QString, quint64>> m_consumedToWrite;
    QByteArray m_pending;
    std::vector<quint64> m_pendingSequences;
    std::vector<quint64> m_acknowledged;
    SequenceRanges m_held; // written by this run since open()
    qint64 m_bytesOnDisk = 0;
    quint64 m_damaged = 0;
    QStringList m_problems;
    quint64 m_keptFrom = std::numeric_limits<quint64>::max();
    bool m_reportedFull = false;
};

} // namespace SlackLog::Internal

#endif // SLACKLOG_SPOOL_P_H
