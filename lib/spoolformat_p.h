#ifndef SLACKLOG_SPOOLFORMAT_P_H
#define SLACKLOG_SPOOLFORMAT_P_H

#include "level.h"
#include "slacklog_export.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qbytearrayview.h>
#include <QtCore/qstring.h>

#include <utility>
#include <vector>

namespace SlackLog::Internal {

/*
    The bytes of a spool segment: a header line, then entries. Each entry is a type byte, a
    little-endian 32-bit length, the payload and a CRC-32 of all three, so a reader can tell an
    entry cut off by a crash, or damaged, from an intact one and go on after it.

    R  a record: everything needed to format it again, and a reference to its destination
    A  acknowledgements: ranges of sequence numbers of this file's run that are settled
    S  sent: ranges of sequence numbers of this file's run that were in a post under way, so
       that a later run that sends them again counts them as possible duplicates
    U  unsent: the post of these never reached the server after all (a refused connection),
       which takes back the S before it
    C  this file's first N records were taken up by a later run, which spooled them again
       (written by SlackLog 0.1 only; still read)

    Entries of a type a reader does not know, intact by their CRC, are skipped: a later
    version may add types. A change that older readers must not skip raises the header's
    version, and a reader leaves files of a version it does not know as they are.
*/
struct SpooledRecord
{
    quint64 sequence = 0;
    qint64 utcMSecs = 0;
    qint64 threadId = 0;
    int line = 0;
    Level level = Level::Debug;
    QByteArray destinationRef; // a hash of the destination, never its URL
    QByteArray category;
    QByteArray file;
    QByteArray function;
    QString message;
    // Not stored: found by the reader in its run's S entries, and not acknowledged.
    bool wasSent = false;
};

using SequenceRanges = std::vector<std::pair<quint64, quint64>>; // first, last; inclusive

struct SegmentContents
{
    bool headerValid = false;
    // The version the header names when it is not one this reader knows; 0 otherwise.
    int unknownVersion = 0;
    std::vector<SpooledRecord> records; // in file order
    SequenceRanges acknowledged;
    // Of this file's S and U entries, in their order: sent is what a U did not take back,
    // unsent what a U took back from S entries of earlier files of the run.
    SequenceRanges sent;
    SequenceRanges unsent;
    quint64 consumed = 0; // this file's first records already taken up by a later run
    // Records whose entry is framed intact but whose contents are damaged: a known count.
    quint64 damagedRecords = 0;
    // Stretches of bytes that could not be read, each of an unknown number of entries: a cut
    // end, bytes searched through for the next intact entry, a damaged header.
    quint64 damagedStretches = 0;
};

namespace SpoolFormat {
SLACKLOG_AUTOTEST_EXPORT QByteArray header();
SLACKLOG_AUTOTEST_EXPORT QByteArray recordEntry(const SpooledRecord &record);
SLACKLOG_AUTOTEST_EXPORT QByteArray acknowledgementEntry(const SequenceRanges &ranges);
SLACKLOG_AUTOTEST_EXPORT QByteArray sentEntry(const SequenceRanges &ranges);
SLACKLOG_AUTOTEST_EXPORT QByteArray unsentEntry(const SequenceRanges &ranges);
// An entry of any type, framed and checksummed: for the types above, and for tests of types a
// later version might add.
SLACKLOG_AUTOTEST_EXPORT QByteArray entryOf(char type, const QByteArray &payload);
SLACKLOG_AUTOTEST_EXPORT QByteArray consumedEntry(quint64 records);
// The version a file's first bytes name, 0 when they are not a spool header; -1 when more
// bytes are needed to tell.
SLACKLOG_AUTOTEST_EXPORT int headerVersion(QByteArrayView firstBytes);
// Never fails, and takes time linear in the size: what cannot be read is counted as damaged.
// A file of another version is not read (see unknownVersion).
SLACKLOG_AUTOTEST_EXPORT SegmentContents parse(QByteArrayView bytes);
// Sorts and merges ranges, or sequence numbers, into disjoint ranges in order.
SLACKLOG_AUTOTEST_EXPORT SequenceRanges normalized(SequenceRanges ranges);
SLACKLOG_AUTOTEST_EXPORT SequenceRanges toRanges(std::vector<quint64> sequences);
SLACKLOG_AUTOTEST_EXPORT bool contains(const SequenceRanges &sortedRanges, quint64 sequence);
// \a ranges without what \a minus holds; both normalized.
SLACKLOG_AUTOTEST_EXPORT SequenceRanges subtracted(const SequenceRanges &ranges,
                                                   const SequenceRanges &minus);
} // namespace SpoolFormat

} // namespace SlackLog::Internal

#endif // SLACKLOG_SPOOLFORMAT_P_H
