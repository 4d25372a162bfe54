#ifndef SLACKLOG_BENCH_RESULTS_H
#define SLACKLOG_BENCH_RESULTS_H

#include "burst.h"
#include "flood.h"
#include "helperruns.h"
#include "percallrows.h"
#include "reciperow.h"

#include <QtCore/qstring.h>

#include <vector>

namespace Bench {

struct FloodRow
{
    QString name;
    FloodResult result;
    QString note;
};

// Everything one run measured, for the report.
struct Results
{
    int rounds = 0;
    qint64 timerOverheadNs = 0;
    std::vector<Row> perCall;
    RecipeResult recipe;
    QString callgrindSkipped; // why, when it did not run
    double floorInstructions = -1;
    double slackLogInstructions = -1;
    int floodMessages = 0;
    qint64 queueCapacityBytes = 0;
    std::vector<FloodRow> flood;
    QueuedBytes queuedBytes;
    QueuedBytes outboxBytes;
    BurstResult slackLogBurst;
    BurstResult naiveBurst;
    double naivePostMs = 0; // the naive blocking post's median at 1 thread
    int exitLines = 0;
    double exitHealthyMs = -1;
    double exitDeadMs = -1;
    qint64 shutdownTimeoutMs = 0;
};

} // namespace Bench

#endif // SLACKLOG_BENCH_RESULTS_H
