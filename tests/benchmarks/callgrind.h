#ifndef SLACKLOG_BENCH_CALLGRIND_H
#define SLACKLOG_BENCH_CALLGRIND_H

#include <QtCore/qstring.h>

namespace Bench {

// Instructions per qWarning, counted by valgrind's callgrind over this program's --hot-path
// mode, for \a row "floor" or "slacklog". Two runs of different lengths, so that what happens
// once (call-site interning, first allocations) cancels out. Negative when valgrind is missing.
double instructionsPerCall(const QString &program, const QString &row);

} // namespace Bench

#endif // SLACKLOG_BENCH_CALLGRIND_H
