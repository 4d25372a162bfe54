#ifndef SLACKLOG_BENCH_REPORT_H
#define SLACKLOG_BENCH_REPORT_H

#include <QtCore/qstring.h>

namespace Bench {

struct Results;

// BENCHMARKS.md: the machine, every table, and each target SlackLog is held to, met or missed.
QString markdownReport(const Results &results);

} // namespace Bench

#endif // SLACKLOG_BENCH_REPORT_H
