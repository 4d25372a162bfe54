#ifndef SLACKLOG_SPOOL_P_H
#define SLACKLOG_SPOOL_P_H

#include "record_p.h"
#include "slacklog_export.h"
#include "spoolformat_p.h"
#include "spoollock_p.h"

#include <QtCore/qhash.h>
#include <QtCore/qset.h>
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

    This run's records are appended to segment files of its own; acknowledgements of settled
    messages, and marks of messages sent, go to the current segment, and a segment is deleted
    once every message in it is settled, the one being written included, so delivered text
    does not stay on disk.

    Files of earlier runs are read by the first takeReplay(), never by open(), so opening is
    quick whatever the spool holds. Their records are taken up under new sequence numbers
    (numberReplay()) and are not written again: their settlement is written into the file they
    came from, under their old number, and the file is deleted once all of its records are
    settled. A file of a format version this one does not know is left as it is.

    One process at a time uses a directory (SpoolLock). Not thread-safe: whoever holds the
    outbox uses it.
*/
class SLACKLOG_AUTOTEST_EXPORT Spool
{
public:
    Spool();
    ~Spool();
    Spool(const Spool &) = delete;
    Spool &operator=(const Spool &) = delete;

    // Locks \a directory, creating it if needed (private to the user), and lists what earlier
    // runs left, reading none of it.
    bool open(const QString &directory, qint64 maxBytes);
    // Writes what is pending, and lets go of the directory.
    void close(quint64 lowestUnsettled = 0);
    bool isOpen() const { return m_lock.isLocked(); }
    QString directory() const { return m_directory; }
    qint64 maxBytes() const { return m_maxBytes; }

    // Queued for the next commit(); false, with the record not kept, when the spool is full.
    bool append(const SpooledRecord &record);
    void acknowledge(quint64 sequence);
    // The message is in a post about to go: a run that finds it unsettled later sends it
    // again as a possible duplicate. Written by the next commit(), which must come before the
    // post is sent.
    void markSent(quint64 sequence);
    // Its post never reached the server after all (a refused connection): takes markSent()
    // back, so that a later run does not count it as a possible duplicate.
    void markUnsent(quint64 sequence);
    // The message stays in the spool for a later run: its file is never deleted by this one.
    void keep(quint64 sequence);
    // Writes what was appended, acknowledged and marked, then deletes files whose messages are
    // all settled: this run's below \a lowestUnsettled, and earlier runs' taken up and settled.
    void commit(quint64 lowestUnsettled);
    // Whether the message is on disk: written by this run, or taken up from an earlier one.
    bool holds(quint64 sequence) const;

    // Reads what earlier runs left, once: the time it takes is linear in the spool's size.
    void scanEarlierRuns();
    bool hasScanned() const { return m_scanned; }
    // What earlier runs left, in the order it was logged, at most \a maxRecords at a time.
    // Scans first if needed.
    bool hasReplay();
    std::vector<SpooledRecord> takeReplay(size_t maxRecords);
    // The records the last takeReplay() gave are this run's \a firstSequence, and on.
    void numberReplay(quint64 firstSequence);
    // Changes the cap in place, without reopening.
    void setMaxBytes(qint64 maxBytes) { m_maxBytes = maxBytes; }
    // Found by the scan: records of earlier runs whose entries were damaged, a known count,
    // and stretches of damage whose records cannot be counted (a cut end, overwritten bytes).
    quint64 damagedRecords() const { return m_damagedRecords; }
    quint64 damagedStretches() const { return m_damagedStretches; }

    // Problems since the last call, in words, for the report; never the spool's contents.
    // Each is given once.
    QStringList takeProblems();

    // What the spool's files hold now, in bytes.
    qint64 bytesOnDisk() const { return m_bytesOnDisk; }

    static QString defaultSegmentSuffix() { return QStringLiteral(".spool"); }

    // What the spool keeps to name a destination: a hash of its key, never its URL.
    static QByteArray destinationRef(const QString &destinationKey);

    // For qFatal, whose thread cannot wait for the spool's owner: writes \a record alone into
    // a segment file of its own in \a directory, for the next run; \a sent when its post may
    // have reached the server. False, with \a error in words, if it failed.
    static bool writeAlone(const QString &directory, const SpooledRecord &record, bool sent,
                           QString *error = nullptr);

    // How many messages \a directory holds for a later run, read without changing anything.
    static quint64 undeliveredIn(const QString &directory);

private:
    // A file of an earlier run, from the scan until it is deleted or the spool closes.
    struct EarlierFile
    {
        QString path;
        QString run;
        qint64 size = 0;
        std::shared_ptr<const SequenceRanges> acknowledged; // by its run, across its files
        std::shared_ptr<const SequenceRanges> sent;
        quint64 consumed = 0;
        bool loaded = false;
        // Once loaded: the records not acknowledged and not consumed, oldest first.
        std::deque<SpooledRecord> remaining;
        // Taken up and not yet settled, or not yet taken.
        quint64 outstanding = 0;
        bool allTaken = false;
        // To be written into the file, by its run's numbers.
        std::vector<quint64> acknowledgements;
        std::vector<quint64> marks;
        std::vector<quint64> unmarks;
    };
    struct OwnSegment
    {
        QString path;
        qint64 size = 0;
        quint64 highestSequence = 0;
    };
    struct Listed
    {
        QString path;
        qint64 size = 0;
    };

    // Every readable file of \a paths, in order, each with its run's acknowledgements.
    static std::deque<std::unique_ptr<EarlierFile>> readFiles(const std::vector<Listed> &listed,
                                                              QStringList &problems,
                                                              quint64 &damagedRecords,
                                                              quint64 &damagedStretches);
    static std::vector<Listed> listFiles(const QString &directory);
    static void load(EarlierFile &file);
    void writeOwn();
    void writeEarlier();
    void deleteSettled(quint64 lowestUnsettled);
    void problem(const QString &text);

    QString m_directory;
    qint64 m_maxBytes = 0;
    SpoolLock m_lock;
    QString m_run;
    int m_nextSegment = 0;
    std::deque<OwnSegment> m_own; // the last one is written to
    std::vector<Listed> m_listed; // by open(), for the scan
    bool m_scanned = false;
    std::deque<std::unique_ptr<EarlierFile>> m_earlier; // in name order
    std::deque<EarlierFile *> m_toTake; // not yet taken whole
    std::vector<std::pair<EarlierFile *, quint64>> m_taken; // by takeReplay(), not yet numbered
    // This run's number of each record taken up -> its file and its number there.
    QHash<quint64, std::pair<EarlierFile *, quint64>> m_replayed;
    QByteArray m_pending;
    std::vector<qsizetype> m_pendingEnds; // where each record entry in m_pending ends
    std::vector<quint64> m_pendingSequences;
    std::vector<quint64> m_acknowledged;
    std::vector<quint64> m_marked;
    std::vector<quint64> m_unmarked;
    SequenceRanges m_held; // written by this run since open()
    qint64 m_bytesOnDisk = 0;
    quint64 m_damagedRecords = 0;
    quint64 m_damagedStretches = 0;
    QStringList m_problems;
    QSet<QString> m_reported; // for as long as this object lives: each problem is told once
    quint64 m_keptFrom = std::numeric_limits<quint64>::max();
    bool m_reportedFull = false;
};

} // namespace SlackLog::Internal

#endif // SLACKLOG_SPOOL_P_H
