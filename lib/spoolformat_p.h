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
    A  acknowledgements: ranges of sequence numbers of this run that are settled
    C  this file's first N records were taken up by a later run, which spooled them again
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
};

using SequenceRanges = std::vector<std::pair<quint64, quint64>>; // first, last; inclusive

struct SegmentContents
{
    bool headerValid = false;
    std::vector<SpooledRecord> records; // in file order
    SequenceRanges acknowledged;
    quint64 consumed = 0; // this file's first records already taken up by a later run
    quint64 damaged = 0; // entries cut off or corrupt
};

namespace SpoolFormat {
SLACKLOG_AUTOTEST_EXPORT QByteArray header();
SLACKLOG_AUTOTEST_EXPORT QByteArray recordEntry(const SpooledRecord &record);
SLACKLOG_AUTOTEST_EXPORT QByteArray acknowledgementEntry(const SequenceRanges &ranges);
SLACKLOG_AUTOTEST_EXPORT QByteArray consumedEntry(quint64 records);
// Never fails: what cannot be read is counted in damaged.
SLACKLOG_AUTOTEST_EXPORT SegmentContents parse(QByteArrayView bytes);
// Sorts and merges ranges, or sequence numbers, into disjoint ranges in order.
SLACKLOG_AUTOTEST_EXPORT SequenceRanges normalized(SequenceRanges ranges);
SLACKLOG_AUTOTEST_EXPORT SequenceRanges toRanges(std::vector<quint64> sequences);
SLACKLOG_AUTOTEST_EXPORT bool contains(const SequenceRanges &sortedRanges, quint64 sequence);
} // namespace SpoolFormat

} // namespace SlackLog::Internal

#endif // SLACKLOG_SPOOLFORMAT_P_H
