#ifndef SLACKLOG_RECORD_P_H
#define SLACKLOG_RECORD_P_H

#include "destination.h"
#include "level.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>

#include <deque>
#include <memory>

namespace SlackLog::Internal {

// Where a message was logged from. Interned once per call site and never freed, so a record
// carries one pointer instead of three strings, and the caller allocates nothing for them.
struct Origin
{
    QByteArray category;
    QByteArray file;
    QByteArray function;
    int line = 0;
};

// What the logging thread captures: nothing here is formatted, and only the message text and
// the optional override share data with the caller.
struct Record
{
    quint64 sequence = 0;
    qint64 utcMSecs = 0;
    QString message;
    const Origin *origin = nullptr;
    std::shared_ptr<const Destination> scopedOverride;
    qint64 threadId = 0;
    quintptr qthread = 0;
    // What the record holds in memory, for the queue's byte cap; set when it is queued.
    qint64 cost = 0;
    Level level = Level::Debug;
};

// What a string's text takes on the heap: its buffer, Qt's header and malloc's.
inline qint64 heapCost(const QString &text)
{
    return text.isNull() ? 0 : 32 + (qint64(text.capacity()) + 1) * qint64(sizeof(QChar));
}

// What a queued record holds in memory, for the queue's byte cap.
inline qint64 recordCost(const QString &message)
{
    return qint64(sizeof(Record)) + heapCost(message);
}

// Front-to-back in sequence order; a full queue drops from the front.
using Records = std::deque<Record>;

} // namespace SlackLog::Internal

#endif // SLACKLOG_RECORD_P_H
