#ifndef SLACKLOG_BENCH_HELPERRUNS_H
#define SLACKLOG_BENCH_HELPERRUNS_H

#include <QtCore/qstring.h>
#include <QtCore/qurl.h>

#include <chrono>

// What the benchmark measures in a process of its own (bench_app.cpp).
namespace Bench {

struct QueuedBytes
{
    double heapPerMessage = 0; // what one queued message holds on the heap
    double beyondText = 0; // the same less its text (UTF-16, two bytes a character)
    int textLength = 0;
};

// \a inOutbox false: in the queue, where a message waits until the worker takes it (within
// 20 ms while it runs); true: in the outbox, formatted, where it waits for its post.
QueuedBytes queuedBytesPerMessage(int lines, bool inOutbox);

// Milliseconds from "returning from main" to the end of the process, median of \a runs, for a
// process that logged \a lines lines to \a webhook with the default settings. Negative on error.
double exitMilliseconds(const QUrl &webhook, int lines, int runs);

} // namespace Bench

#endif // SLACKLOG_BENCH_HELPERRUNS_H
