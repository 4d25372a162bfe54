#include "spool_p.h"

#include "translation_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qcryptographichash.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qdir.h>
#include <QtCore/qfileinfo.h>

#include <algorithm>
#include <atomic>
#include <limits>

namespace SlackLog::Internal {

namespace {

const QString lockName = QStringLiteral("spool.lock");

// Segments stay small, so a sealed one is deleted soon after its messages are delivered.
qint64 segmentSize(qint64 maxBytes)
{
    return qBound(qint64(16 * 1024), maxBytes / 8, qint64(1024 * 1024));
}

// "<run>-<segment>.spool"; runs sort by their start time.
QString runOf(const QString &fileName)
{
    const QString base = fileName.chopped(Spool::defaultSegmentSuffix().size());
    return base.left(base.lastIndexOf(u'-'));
}

} // namespace

SpooledRecord spooledRecord(const Record &record, const QByteArray &destinationRef)
{
    SpooledRecord spooled;
    spooled.sequence = record.sequence;
    spooled.utcMSecs = record.utcMSecs;
    spooled.threadId = record.threadId;
    spooled.level = record.level;
    spooled.destinationRef = destinationRef;
    if (record.origin) {
        spooled.category = record.origin->category;
        spooled.file = record.origin->file;
        spooled.function = record.origin->function;
        spooled.line = record.origin->line;
    }
    spooled.message = record.message;
    return spooled;
}

Spool::~Spool()
{
    close();
}

bool Spool::open(const QString &directory, qint64 maxBytes)
{
    close();
    m_directory = directory;
    m_maxBytes = maxBytes;
    m_damaged = 0;
    if (!QDir().mkpath(directory)) {
        problem(DeliveryText::tr("the spool directory %1 cannot be created; messages are not "
                                 "kept on disk")
                        .arg(QDir::toNativeSeparators(directory)));
        return false;
    }
    auto lock = std::make_unique<QLockFile>(QDir(directory).filePath(lockName));
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        problem(lock->error() == QLockFile::LockFailedError
                        ? DeliveryText::tr("the spool directory %1 is in use by process %2; "
                                           "messages are not kept on disk")
                                  .arg(QDir::toNativeSeparators(directory))
                                  .arg(pid)
                        : DeliveryText::tr("the spool directory %1 cannot be locked; messages "
                                           "are not kept on disk")
                                  .arg(QDir::toNativeSeparators(directory)));
        return false;
    }
    m_lock = std::move(lock);
    static int opened = 0;
    m_run = QStringLiteral("%1-%2-%3")
                    .arg(QDateTime::currentMSecsSinceEpoch(), 13, 10, QLatin1Char('0'))
                    .arg(QCoreApplication::applicationPid())
                    .arg(++opened);
    m_nextSegment = 0;
    findEarlierRuns();
    return true;
}

void Spool::close()
{
    if (!m_lock)
        return;
    commit(0);
    m_lock.reset();
    m_own.clear();
    m_old.clear();
    m_consumedToWrite.clear();
    m_taken.clear();
    m_held.clear();
    m_keptFrom = std::numeric_limits<quint64>::max();
    m_bytesOnDisk = 0;
    m_reportedFull = false;
}

std::deque<Spool::OldSegment> Spool::readSegments(const QString &directory, QStringList &problems,
                                                  quint64 &damaged, qint64 &bytesOnDisk)
{
    std::deque<OldSegment> segments;
    const QDir dir(directory);
    const QStringList files =
            dir.entryList({u'*' + defaultSegmentSuffix()}, QDir::Files, QDir::Name);
    // Each run's acknowledgements cover all of its segments.
    QHash<QString, std::shared_ptr<SequenceRanges>> acknowledgedByRun;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            problems.append(
                    DeliveryText::tr("the spool file %1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
            continue;
        }
        const QByteArray bytes = file.readAll();
        SegmentContents contents = SpoolFormat::parse(bytes);
        std::shared_ptr<SequenceRanges> &acknowledged = acknowledgedByRun[runOf(name)];
        if (!acknowledged)
            acknowledged = std::make_shared<SequenceRanges>();
        acknowledged->insert(acknowledged->end(), contents.acknowledged.begin(),
                             contents.acknowledged.end());
        OldSegment segment;
        segment.path = file.fileName();
        segment.size = bytes.size();
        segment.consumed = contents.consumed;
        segment.acknowledged = acknowledged;
        damaged += contents.damaged;
        bytesOnDisk += bytes.size();
        segments.push_back(std::move(segment));
    }
    for (const std::shared_ptr<SequenceRanges> &ranges : std::as_const(acknowledgedByRun))
        *ranges = SpoolFormat::normalized(std::move(*ranges));
    return segments;
}

QByteArray Spool::destinationRef(const QString &destinationKey)
{
    return QCryptographicHash::hash(destinationKey.toUtf8(), QCryptographicHash::Sha256).left(16);
}

bool Spool::writeAlone(const QString &directory, const SpooledRecord &record)
{
    if (!QDir().mkpath(directory))
        return false;
    // A run of its own, named so that it sorts after the segments of the run it ends.
    static std::atomic<int> written{0};
    const QString name = QStringLiteral("%1-%2-fatal%3-000000")
                                 .arg(QDateTime::currentMSecsSinceEpoch(), 13, 10, QLatin1Char('0'))
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(++written)
            + defaultSegmentSuffix();
    QFile file(QDir(directory).filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
        return false;
    const QByteArray bytes = SpoolFormat::header() + SpoolFormat::recordEntry(record);
    if (file.write(bytes) == bytes.size())
        return true;
    file.remove();
    return false;
}

quint64 Spool::undeliveredIn(const QString &directory)
{
    QStringList problems;
    quint64 damaged = 0;
    qint64 bytes = 0;
    std::deque<OldSegment> segments = readSegments(directory, problems, damaged, bytes);
    quint64 count = 0;
    for (OldSegment &segment : segments) {
        loadOld(segment);
        count += segment.remaining.size();
    }
    return count;
}

void Spool::findEarlierRuns()
{
    m_old = readSegments(m_directory, m_problems, m_damaged, m_bytesOnDisk);
    if (m_damaged > 0)
        problem(DeliveryText::tr("%n damaged record(s) in the spool could not be read back; "
                                 "they were cut off by a crash or overwritten",
                                 nullptr, int(qMin<quint64>(m_damaged, INT_MAX))));
}

void Spool::loadOld(OldSegment &segment)
{
    segment.loaded = true;
    QFile file(segment.path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    SegmentContents contents = SpoolFormat::parse(file.readAll());
    for (size_t i = size_t(qMin<quint64>(segment.consumed, contents.records.size()));
         i < contents.records.size(); ++i) {
        SpooledRecord &record = contents.records[i];
        if (!SpoolFormat::contains(*segment.acknowledged, record.sequence))
            segment.remaining.emplace_back(quint64(i), std::move(record));
    }
}

std::vector<SpooledRecord> Spool::takeReplay(size_t maxRecords)
{
    std::vector<SpooledRecord> taken;
    while (taken.size() < maxRecords && !m_old.empty()) {
        OldSegment &segment = m_old.front();
        if (!segment.loaded)
            loadOld(segment);
        while (taken.size() < maxRecords && !segment.remaining.empty()) {
            taken.push_back(std::move(segment.remaining.front().second));
            segment.remaining.pop_front();
        }
        if (!segment.remaining.empty()) {
            m_taken.emplace_back(segment.path, segment.remaining.front().first);
            break;
        }
        // Deleted once what was taken is in this run's segments (see confirmReplayed()).
        m_taken.emplace_back(segment.path, std::numeric_limits<quint64>::max());
        m_bytesOnDisk -= segment.size;
        m_old.pop_front();
    }
    return taken;
}

bool Spool::append(const SpooledRecord &record)
{
    if (!m_lock)
        return false;
    const QByteArray entry = SpoolFormat::recordEntry(record);
    if (m_bytesOnDisk + m_pending.size() + entry.size() > m_maxBytes) {
        if (!m_reportedFull) {
            m_reportedFull = true;
            problem(DeliveryText::tr("the spool is full (%1 bytes); messages that cannot be "
                                     "delivered now are counted as spool_full")
                            .arg(m_maxBytes));
        }
        return false;
    }
    m_pending += entry;
    m_pendingSequences.push_back(record.sequence);
    return true;
}

void Spool::acknowledge(quint64 sequence)
{
    if (m_lock)
        m_acknowledged.push_back(sequence);
}

bool Spool::holds(quint64 sequence) const
{
    return m_lock && SpoolFormat::contains(m_held, sequence);
}

void Spool::confirmReplayed(bool spooledAgain)
{
    // Without that, the earlier run's files stay: the next run may send those messages again,
    // but none is lost.
    if (spooledAgain)
        m_consumedToWrite.insert(m_consumedToWrite.end(), m_taken.begin(), m_taken.end());
    m_taken.clear();
}

void Spool::commit(quint64 lowestUnsettled)
{
    if (!m_lock)
        return;
    QByteArray bytes = std::move(m_pending);
    m_pending.clear();
    std::vector<quint64> written = std::move(m_pendingSequences);
    m_pendingSequences.clear();
    std::vector<quint64> acknowledged = std::move(m_acknowledged);
    m_acknowledged.clear();
    if (!acknowledged.empty())
        bytes += SpoolFormat::acknowledgementEntry(SpoolFormat::toRanges(acknowledged));
    bool recordsWritten = true;
    if (!bytes.isEmpty()) {
        if (m_own.empty() || m_own.back().size >= segmentSize(m_maxBytes)) {
            OwnSegment segment;
            segment.path = QDir(m_directory)
                                   .filePath(QStringLiteral("%1-%2").arg(m_run).arg(
                                                     m_nextSegment++, 6, 10, QLatin1Char('0'))
                                             + defaultSegmentSuffix());
            bytes.prepend(SpoolFormat::header());
            m_own.push_back(segment);
        }
        OwnSegment &segment = m_own.back();
        if (writeTo(segment.path, QIODevice::Append, bytes)) {
            segment.size += bytes.size();
            m_bytesOnDisk += bytes.size();
            for (const quint64 sequence : written) {
                segment.highestSequence = qMax(segment.highestSequence, sequence);
                m_held.emplace_back(sequence, sequence);
            }
            m_held = SpoolFormat::normalized(std::move(m_held));
        } else {
            recordsWritten = written.empty();
            // The acknowledgements go with the next write; the records are not held.
            m_acknowledged.insert(m_acknowledged.begin(), acknowledged.begin(), acknowledged.end());
            if (segment.size == 0)
                m_own.pop_back(); // its header never made it either
        }
    }
    // What earlier runs left, once this run has spooled it again.
    if (!recordsWritten)
        m_consumedToWrite.clear();
    for (const auto &[path, consumed] : m_consumedToWrite) {
        if (consumed == std::numeric_limits<quint64>::max())
            QFile::remove(path);
        else
            writeTo(path, QIODevice::Append, SpoolFormat::consumedEntry(consumed));
    }
    m_consumedToWrite.clear();
    // Sealed segments whose messages are all settled; acknowledgements for a segment are only
    // ever in it or in later ones, so deleting from the front loses none that are still needed.
    const quint64 settledBelow = qMin(lowestUnsettled, m_keptFrom);
    while (m_own.size() > 1 && m_own.front().highestSequence < settledBelow) {
        QFile::remove(m_own.front().path);
        m_bytesOnDisk -= m_own.front().size;
        m_own.pop_front();
    }
}

bool Spool::writeTo(const QString &path, QFile::OpenMode mode, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(mode | QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        problem(DeliveryText::tr("the spool file %1 cannot be written: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const qint64 before = file.size();
    // One write: a kill can cut it short, and the reader recovers every entry before the cut.
    if (file.write(bytes) != bytes.size()) {
        problem(DeliveryText::tr("the spool file %1 cannot be written: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
        file.resize(before); // no half entry for the next run to count as damaged
        return false;
    }
    return true;
}

void Spool::problem(const QString &text)
{
    if (!m_problems.contains(text))
        m_problems.append(text);
}

QStringList Spool::takeProblems()
{
    return std::exchange(m_problems, {});
}

} // namespace SlackLog::Internal
