#ifndef SLACKLOG_BENCH_PERCALLROWS_H
#define SLACKLOG_BENCH_PERCALLROWS_H

#include "percall.h"

#include <QtCore/qstring.h>
#include <QtCore/qurl.h>

#include <functional>
#include <vector>

namespace SlackLog::Testing {
class SlackStandIn;
}

namespace Bench {

struct Row
{
    QString name;
    std::function<void()> setUp;
    std::function<void()> tearDown;
    std::function<void(int)> logCall;
    int calls = 50000;
    int warmup = 5000;
    Samples samples[2]; // at 1 and at 2 threads
    QString note;
};

struct Servers
{
    SlackLog::Testing::SlackStandIn *answersAtOnce;
    SlackLog::Testing::SlackStandIn *answersIn10s;
    QUrl refused; // nothing listens there
};

// Every row of the per-call table: the floor, Qt's own handler, SlackLog against three
// servers, then what users would pick instead.
std::vector<Row> perCallRows(const Servers &servers);

// Runs every row \a rounds times, interleaved, so that a slow patch of the machine hits all
// rows alike.
void runPerCall(std::vector<Row> &rows, int rounds);

} // namespace Bench

#endif // SLACKLOG_BENCH_PERCALLROWS_H
