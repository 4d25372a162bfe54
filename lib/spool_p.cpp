#include "spool_p.h"

#include "translation_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qcryptographichash.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qfileinfo.h>

#include <algorithm>
#include <atomic>
#include <limits>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace SlackLog::Internal {

namespace {

const QString lockName = QStringLiteral("spool.lock");

// Segments stay small, so that one is deleted soon after its messages are delivered.
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

// The spool holds log text: its directory and files are the user's alone.
bool makePrivateDirectory(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    if (!QDir().mkpath(info.absolutePath()))
        return false;
    return QDir().mkdir(path,
                        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)
            || QFileInfo(path).isDir(); // made meanwhile by another process
}

struct Appended
{
    qsizetype kept = 0; // bytes of \a bytes that are in the file, whole entries only
    QString error; // the system's words, when not all of them are
};

// Appends \a bytes in one write(), so that a kill leaves a prefix the reader recovers. When
// only part fits (a full disk), the file is cut back to the last whole entry: \a ends are
// where entries end in \a bytes, ascending.
Appended appendEntries(const QString &path, const QByteArray &bytes,
                       const std::vector<qsizetype> &ends, bool create)
{
    Appended result;
#if defined(Q_OS_UNIX)
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(),
                          O_WRONLY | O_APPEND | O_CLOEXEC | (create ? O_CREAT : 0), 0600);
    if (fd < 0) {
        result.error = QString::fromLocal8Bit(std::strerror(errno));
        return result;
    }
    struct stat status
    { };
    const off_t before = ::fstat(fd, &status) == 0 ? status.st_size : 0;
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            // A full disk takes what fits, then says why on the next write.
            result.error = QString::fromLocal8Bit(std::strerror(n < 0 ? errno : ENOSPC));
            break;
        }
        written += qsizetype(n);
    }
    if (written == bytes.size()) {
        result.kept = written;
    } else {
        for (const qsizetype end : ends) {
            if (end <= written)
                result.kept = end;
        }
        if (::ftruncate(fd, before + off_t(result.kept)) != 0) {
            // The reader recovers every whole entry before a cut: nothing is lost.
        }
    }
    ::close(fd);
#else
    QFile file(path);
    QIODevice::OpenMode mode = QIODevice::Append | QIODevice::WriteOnly | QIODevice::Unbuffered;
    if (!create)
        mode |= QIODevice::ExistingOnly;
    if (!file.open(mode, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        result.error = file.errorString();
        return result;
    }
    const qint64 before = file.size();
    const qint64 written = file.write(bytes);
    if (written == bytes.size()) {
        result.kept = bytes.size();
    } else {
        result.error = file.errorString();
        for (const qsizetype end : ends) {
            if (end <= written)
                result.kept = end;
        }
        file.resize(before + result.kept);
    }
#endif
    return result;
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

Spool::Spool() = default;

Spool::~Spool()
{
    close();
}

bool Spool::open(const QString &directory, qint64 maxBytes)
{
    close();
    m_directory = directory;
    m_maxBytes = maxBytes;
    m_damagedRecords = 0;
    m_damagedStretches = 0;
    if (!makePrivateDirectory(directory)) {
        problem(DeliveryText::tr("the spool directory %1 cannot be created; messages are not "
                                 "kept on disk")
                        .arg(QDir::toNativeSeparators(directory)));
        return false;
    }
    if (!m_lock.tryLock(QDir(directory).filePath(lockName))) {
        if (m_lock.error() == SpoolLock::Error::InUse)
            problem(m_lock.holderPid() > 0
                            ? DeliveryText::tr("the spool directory %1 is in use by process "
                                               "%2; messages are not kept on disk")
                                      .arg(QDir::toNativeSeparators(directory))
                                      .arg(m_lock.holderPid())
                            : DeliveryText::tr("the spool directory %1 is in use by another "
                                               "process; messages are not kept on disk")
                                      .arg(QDir::toNativeSeparators(directory)));
        else
            problem(DeliveryText::tr("the spool directory %1 cannot be locked (%2); messages "
                                     "are not kept on disk")
                            .arg(QDir::toNativeSeparators(directory), m_lock.errorString()));
        return false;
    }
    static int opened = 0;
    m_run = QStringLiteral("%1-%2-%3")
                    .arg(QDateTime::currentMSecsSinceEpoch(), 13, 10, QLatin1Char('0'))
                    .arg(QCoreApplication::applicationPid())
                    .arg(++opened);
    m_nextSegment = 0;
    // Listed now, so that the scan never takes this run's own files for an earlier run's.
    m_listed = listFiles(directory);
    for (const Listed &file : m_listed)
        m_bytesOnDisk += file.size;
    return true;
}

void Spool::close(quint64 lowestUnsettled)
{
    if (!isOpen())
        return;
    commit(lowestUnsettled);
    m_lock.unlock();
    m_own.clear();
    m_listed.clear();
    m_scanned = false;
    m_toTake.clear();
    m_taken.clear();
    m_replayed.clear();
    m_earlier.clear();
    m_pending.clear();
    m_pendingEnds.clear();
    m_pendingSequences.clear();
    m_acknowledged.clear();
    m_marked.clear();
    m_unmarked.clear();
    m_held.clear();
    m_keptFrom = std::numeric_limits<quint64>::max();
    m_bytesOnDisk = 0;
    m_reportedFull = false;
}

std::vector<Spool::Listed> Spool::listFiles(const QString &directory)
{
    std::vector<Listed> listed;
    const QFileInfoList files = QDir(directory).entryInfoList(
            {u'*' + defaultSegmentSuffix()}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &file : files)
        listed.push_back({file.absoluteFilePath(), file.size()});
    return listed;
}

std::deque<std::unique_ptr<Spool::EarlierFile>> Spool::readFiles(const std::vector<Listed> &listed,
                                                                 QStringList &problems,
                                                                 quint64 &damagedRecords,
                                                                 quint64 &damagedStretches)
{
    std::deque<std::unique_ptr<EarlierFile>> files;
    // Each run's acknowledgements and marks cover all of its files.
    QHash<QString, std::shared_ptr<SequenceRanges>> acknowledgedByRun;
    QHash<QString, std::shared_ptr<SequenceRanges>> sentByRun;
    for (const Listed &entry : listed) {
        QFile file(entry.path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems.append(DeliveryText::tr("the spool file %1 cannot be read: %2")
                                    .arg(QDir::toNativeSeparators(entry.path), file.errorString()));
            continue;
        }
        const QByteArray bytes = file.readAll();
        const SegmentContents contents = SpoolFormat::parse(bytes);
        if (contents.unknownVersion > 0) {
            // A later SlackLog's, found after a downgrade: it reads them when it runs again.
            problems.append(DeliveryText::tr("the spool file %1 was written by a later version "
                                             "of SlackLog (spool format %2); it is left as it is")
                                    .arg(QDir::toNativeSeparators(entry.path))
                                    .arg(contents.unknownVersion));
            continue;
        }
        if (!bytes.isEmpty() && !contents.headerValid && contents.records.empty()
            && contents.acknowledged.empty() && contents.sent.empty()) {
            problems.append(DeliveryText::tr("%1 is not a SlackLog spool file; it is left as it is")
                                    .arg(QDir::toNativeSeparators(entry.path)));
            continue;
        }
        const QString run = runOf(QFileInfo(entry.path).fileName());
        std::shared_ptr<SequenceRanges> &acknowledged = acknowledgedByRun[run];
        std::shared_ptr<SequenceRanges> &sent = sentByRun[run];
        if (!acknowledged) {
            acknowledged = std::make_shared<SequenceRanges>();
            sent = std::make_shared<SequenceRanges>();
        }
        acknowledged->insert(acknowledged->end(), contents.acknowledged.begin(),
                             contents.acknowledged.end());
        // Files in order: what this one took back, then what it marked.
        *sent = SpoolFormat::subtracted(SpoolFormat::normalized(std::move(*sent)), contents.unsent);
        sent->insert(sent->end(), contents.sent.begin(), contents.sent.end());
        auto earlier = std::make_unique<EarlierFile>();
        earlier->path = entry.path;
        earlier->run = run;
        earlier->size = bytes.size();
        earlier->consumed = contents.consumed;
        earlier->acknowledged = acknowledged;
        earlier->sent = sent;
        damagedRecords += contents.damagedRecords;
        damagedStretches += contents.damagedStretches;
        files.push_back(std::move(earlier));
    }
    for (const std::shared_ptr<SequenceRanges> &ranges : std::as_const(acknowledgedByRun))
        *ranges = SpoolFormat::normalized(std::move(*ranges));
    for (const std::shared_ptr<SequenceRanges> &ranges : std::as_const(sentByRun))
        *ranges = SpoolFormat::normalized(std::move(*ranges));
    return files;
}

QByteArray Spool::destinationRef(const QString &destinationKey)
{
    return QCryptographicHash::hash(destinationKey.toUtf8(), QCryptographicHash::Sha256).left(16);
}

bool Spool::writeAlone(const QString &directory, const SpooledRecord &record, bool sent,
                       QString *error)
{
    if (!makePrivateDirectory(directory)) {
        if (error)
            *error = DeliveryText::tr("the directory cannot be created");
        return false;
    }
    // A run of its own, named so that it sorts after the files of the run it ends.
    static std::atomic<int> written{0};
    const QString name = QStringLiteral("%1-%2-fatal%3-000000")
                                 .arg(QDateTime::currentMSecsSinceEpoch(), 13, 10, QLatin1Char('0'))
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(++written)
            + defaultSegmentSuffix();
    const QString path = QDir(directory).filePath(name);
    QByteArray bytes = SpoolFormat::header() + SpoolFormat::recordEntry(record);
    if (sent)
        bytes += SpoolFormat::sentEntry({{record.sequence, record.sequence}});
    const Appended appended = appendEntries(path, bytes, {}, true);
    if (appended.kept == bytes.size())
        return true;
    QFile::remove(path);
    if (error)
        *error = appended.error;
    return false;
}

quint64 Spool::undeliveredIn(const QString &directory)
{
    QStringList problems;
    quint64 damagedRecords = 0;
    quint64 damagedStretches = 0;
    std::deque<std::unique_ptr<EarlierFile>> files =
            readFiles(listFiles(directory), problems, damagedRecords, damagedStretches);
    quint64 count = 0;
    for (const std::unique_ptr<EarlierFile> &file : files) {
        load(*file);
        count += file->remaining.size();
    }
    return count;
}

void Spool::scanEarlierRuns()
{
    if (m_scanned || !isOpen())
        return;
    m_scanned = true;
    QStringList problems;
    m_earlier = readFiles(m_listed, problems, m_damagedRecords, m_damagedStretches);
    m_listed.clear();
    for (const QString &text : std::as_const(problems))
        problem(text);
    for (const std::unique_ptr<EarlierFile> &file : m_earlier)
        m_toTake.push_back(file.get());
    const QString where = QDir::toNativeSeparators(m_directory);
    if (m_damagedStretches > 0)
        problem(DeliveryText::tr("the spool at %1 holds %2 damaged record(s) and %3 damaged "
                                 "stretch(es) whose records cannot be counted (a file cut off by "
                                 "a crash, or overwritten); every intact record around them is "
                                 "delivered")
                        .arg(where)
                        .arg(m_damagedRecords)
                        .arg(m_damagedStretches));
    else if (m_damagedRecords > 0)
        problem(DeliveryText::tr("the spool at %1 holds %2 damaged record(s) that could not be "
                                 "read back")
                        .arg(where)
                        .arg(m_damagedRecords));
}

void Spool::load(EarlierFile &file)
{
    file.loaded = true;
    QFile device(file.path);
    if (!device.open(QIODevice::ReadOnly))
        return;
    SegmentContents contents = SpoolFormat::parse(device.readAll());
    for (size_t i = size_t(qMin<quint64>(file.consumed, contents.records.size()));
         i < contents.records.size(); ++i) {
        SpooledRecord &record = contents.records[i];
        if (SpoolFormat::contains(*file.acknowledged, record.sequence))
            continue;
        record.wasSent = SpoolFormat::contains(*file.sent, record.sequence);
        file.remaining.push_back(std::move(record));
    }
    file.outstanding = file.remaining.size();
}

bool Spool::hasReplay()
{
    scanEarlierRuns();
    while (!m_toTake.empty()) {
        EarlierFile &file = *m_toTake.front();
        if (!file.loaded)
            load(file);
        if (!file.remaining.empty())
            return true;
        file.allTaken = true; // all settled already: deleted by the next commit()
        m_toTake.pop_front();
    }
    return false;
}

std::vector<SpooledRecord> Spool::takeReplay(size_t maxRecords)
{
    std::vector<SpooledRecord> taken;
    while (taken.size() < maxRecords && hasReplay()) {
        EarlierFile &file = *m_toTake.front();
        while (taken.size() < maxRecords && !file.remaining.empty()) {
            m_taken.emplace_back(&file, file.remaining.front().sequence);
            taken.push_back(std::move(file.remaining.front()));
            file.remaining.pop_front();
        }
        if (file.remaining.empty()) {
            file.allTaken = true;
            m_toTake.pop_front();
        }
    }
    return taken;
}

void Spool::numberReplay(quint64 firstSequence)
{
    quint64 sequence = firstSequence;
    for (const auto &taken : m_taken)
        m_replayed.insert(sequence++, taken);
    m_taken.clear();
}

bool Spool::append(const SpooledRecord &record)
{
    if (!isOpen())
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
    m_pendingEnds.push_back(m_pending.size());
    m_pendingSequences.push_back(record.sequence);
    return true;
}

void Spool::acknowledge(quint64 sequence)
{
    if (!isOpen())
        return;
    const auto replayed = m_replayed.constFind(sequence);
    if (replayed == m_replayed.cend()) {
        m_acknowledged.push_back(sequence);
        return;
    }
    EarlierFile *file = replayed->first;
    file->acknowledgements.push_back(replayed->second);
    --file->outstanding;
    m_replayed.erase(replayed);
}

void Spool::markSent(quint64 sequence)
{
    if (!isOpen())
        return;
    const auto replayed = m_replayed.constFind(sequence);
    if (replayed != m_replayed.cend())
        replayed->first->marks.push_back(replayed->second);
    else if (SpoolFormat::contains(m_held, sequence))
        m_marked.push_back(sequence);
}

void Spool::markUnsent(quint64 sequence)
{
    if (!isOpen())
        return;
    const auto replayed = m_replayed.constFind(sequence);
    if (replayed != m_replayed.cend())
        replayed->first->unmarks.push_back(replayed->second);
    else if (SpoolFormat::contains(m_held, sequence))
        m_unmarked.push_back(sequence);
}

void Spool::keep(quint64 sequence)
{
    // Taken up from an earlier run, it stays in that run's file, which is then not deleted.
    if (!m_replayed.contains(sequence))
        m_keptFrom = qMin(m_keptFrom, sequence);
}

bool Spool::holds(quint64 sequence) const
{
    return isOpen() && (SpoolFormat::contains(m_held, sequence) || m_replayed.contains(sequence));
}

void Spool::commit(quint64 lowestUnsettled)
{
    if (!isOpen())
        return;
    writeOwn();
    writeEarlier();
    deleteSettled(lowestUnsettled);
}

void Spool::writeOwn()
{
    if (m_pending.isEmpty() && m_acknowledged.empty() && m_marked.empty() && m_unmarked.empty())
        return;
    QByteArray bytes;
    std::vector<qsizetype> ends;
    const bool newSegment = m_own.empty() || m_own.back().size >= segmentSize(m_maxBytes);
    if (newSegment) {
        bytes += SpoolFormat::header();
        ends.push_back(bytes.size());
    }
    // Settlements first: if a full disk takes only part of the write, they are what matters.
    qsizetype acknowledgementsEnd = bytes.size();
    if (!m_acknowledged.empty()) {
        bytes += SpoolFormat::acknowledgementEntry(SpoolFormat::toRanges(m_acknowledged));
        acknowledgementsEnd = bytes.size();
        ends.push_back(acknowledgementsEnd);
    }
    // Takings back before marks: a post sent again after a refusal is marked anew.
    qsizetype unmarksEnd = bytes.size();
    if (!m_unmarked.empty()) {
        bytes += SpoolFormat::unsentEntry(SpoolFormat::toRanges(m_unmarked));
        unmarksEnd = bytes.size();
        ends.push_back(unmarksEnd);
    }
    qsizetype marksEnd = bytes.size();
    if (!m_marked.empty()) {
        bytes += SpoolFormat::sentEntry(SpoolFormat::toRanges(m_marked));
        marksEnd = bytes.size();
        ends.push_back(marksEnd);
    }
    const qsizetype recordsStart = bytes.size();
    for (const qsizetype end : m_pendingEnds)
        ends.push_back(recordsStart + end);
    bytes += m_pending;

    if (newSegment) {
        OwnSegment segment;
        segment.path = QDir(m_directory)
                               .filePath(QStringLiteral("%1-%2").arg(m_run).arg(
                                                 m_nextSegment++, 6, 10, QLatin1Char('0'))
                                         + defaultSegmentSuffix());
        m_own.push_back(segment);
    }
    OwnSegment &segment = m_own.back();
    const Appended appended = appendEntries(segment.path, bytes, ends, newSegment);
    if (!appended.error.isEmpty())
        problem(DeliveryText::tr("the spool file %1 cannot be written: %2")
                        .arg(QDir::toNativeSeparators(segment.path), appended.error));
    segment.size += appended.kept;
    m_bytesOnDisk += appended.kept;
    if (newSegment && appended.kept == 0) {
        // Not even its header made it.
        QFile::remove(segment.path);
        m_own.pop_back();
    }
    if (appended.kept >= acknowledgementsEnd)
        m_acknowledged.clear(); // else they go with the next write
    if (appended.kept >= unmarksEnd)
        m_unmarked.clear();
    if (appended.kept >= marksEnd)
        m_marked.clear();
    for (size_t i = 0; i < m_pendingSequences.size(); ++i) {
        if (recordsStart + m_pendingEnds[i] > appended.kept)
            break; // these are not kept: their messages count as spool_full if never delivered
        const quint64 sequence = m_pendingSequences[i];
        segment.highestSequence = qMax(segment.highestSequence, sequence);
        m_held.emplace_back(sequence, sequence);
    }
    m_held = SpoolFormat::normalized(std::move(m_held));
    m_pending.clear();
    m_pendingEnds.clear();
    m_pendingSequences.clear();
}

void Spool::writeEarlier()
{
    for (const std::unique_ptr<EarlierFile> &file : m_earlier) {
        if (file->acknowledgements.empty() && file->marks.empty() && file->unmarks.empty())
            continue;
        QByteArray bytes;
        std::vector<qsizetype> ends;
        if (!file->acknowledgements.empty()) {
            bytes += SpoolFormat::acknowledgementEntry(
                    SpoolFormat::toRanges(file->acknowledgements));
            ends.push_back(bytes.size());
        }
        const qsizetype acknowledgementsEnd = bytes.size();
        if (!file->unmarks.empty()) {
            bytes += SpoolFormat::unsentEntry(SpoolFormat::toRanges(file->unmarks));
            ends.push_back(bytes.size());
        }
        const qsizetype unmarksEnd = bytes.size();
        if (!file->marks.empty()) {
            bytes += SpoolFormat::sentEntry(SpoolFormat::toRanges(file->marks));
            ends.push_back(bytes.size());
        }
        const Appended appended = appendEntries(file->path, bytes, ends, false);
        if (!appended.error.isEmpty())
            problem(DeliveryText::tr("the spool file %1 cannot be written: %2")
                            .arg(QDir::toNativeSeparators(file->path), appended.error));
        file->size += appended.kept;
        m_bytesOnDisk += appended.kept;
        if (appended.kept >= acknowledgementsEnd)
            file->acknowledgements.clear();
        if (appended.kept >= unmarksEnd)
            file->unmarks.clear();
        if (appended.kept == bytes.size())
            file->marks.clear();
    }
}

void Spool::deleteSettled(quint64 lowestUnsettled)
{
    // This run's: a segment's acknowledgements are in it or in later ones, so deleting from
    // the front loses none that is still needed. The one being written goes too once all is
    // settled, unless something waits to be written to it.
    const quint64 settledBelow = qMin(lowestUnsettled, m_keptFrom);
    while (!m_own.empty() && m_own.front().highestSequence < settledBelow) {
        if (m_own.size() == 1
            && (!m_pending.isEmpty() || !m_acknowledged.empty() || !m_marked.empty()
                || !m_unmarked.empty()))
            break;
        QFile::remove(m_own.front().path);
        m_bytesOnDisk -= m_own.front().size;
        m_own.pop_front();
    }
    // Earlier runs': for the same reason, a run's files go in order.
    QSet<QString> waiting;
    for (auto it = m_earlier.begin(); it != m_earlier.end();) {
        EarlierFile &file = **it;
        if (waiting.contains(file.run)) {
            ++it;
            continue;
        }
        if (!file.allTaken || file.outstanding > 0) {
            waiting.insert(file.run);
            ++it;
            continue;
        }
        if (!QFile::remove(file.path) && QFileInfo::exists(file.path)) {
            problem(DeliveryText::tr("the spool file %1 cannot be deleted")
                            .arg(QDir::toNativeSeparators(file.path)));
            waiting.insert(file.run);
            ++it;
            continue;
        }
        m_bytesOnDisk -= file.size;
        it = m_earlier.erase(it);
    }
}

void Spool::problem(const QString &text)
{
    if (m_reported.contains(text))
        return;
    m_reported.insert(text);
    m_problems.append(text);
}

QStringList Spool::takeProblems()
{
    return std::exchange(m_problems, {});
}

} // namespace SlackLog::Internal
