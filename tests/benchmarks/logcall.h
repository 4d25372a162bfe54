#ifndef SLACKLOG_BENCH_LOGCALL_H
#define SLACKLOG_BENCH_LOGCALL_H

namespace Bench {

// The call every row measures: a qWarning of a 67-character line, distinct per \a i.
void logWarning(int i);

// \a count calls of logWarning, for callgrind to count the instructions of (and only of).
void loggedCalls(int first, int count);

} // namespace Bench

#endif // SLACKLOG_BENCH_LOGCALL_H
