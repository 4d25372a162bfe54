#ifndef SLACKLOG_BENCH_HOTPATH_H
#define SLACKLOG_BENCH_HOTPATH_H

#include <QtCore/qstring.h>

namespace Bench {

// The program run under callgrind: \a row is "floor" or "slacklog". Logs \a calls messages
// through loggedCalls(), the one function callgrind counts.
int runHotPath(const QString &row, int calls);

} // namespace Bench

#endif // SLACKLOG_BENCH_HOTPATH_H
