#include "logcall.h"

#include <QtCore/qcompilerdetection.h>
#include <QtCore/qlogging.h>

namespace Bench {

// Out of line, so that every row pays the same call and the same formatting.
Q_NEVER_INLINE void logWarning(int i)
{
    qWarning("benchmark line %07d: the quick brown fox jumps over the lazy dog", i);
}

Q_NEVER_INLINE void loggedCalls(int first, int count)
{
    for (int i = first; i < first + count; ++i)
        logWarning(i);
}

} // namespace Bench
