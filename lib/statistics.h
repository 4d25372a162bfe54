#ifndef SLACKLOG_STATISTICS_H
#define SLACKLOG_STATISTICS_H

#include "slacklog_export.h"

#include <QtCore/qglobal.h>

namespace SlackLog {

/*!
    \brief Counts of messages since the process started.

    Every message that passes the filters is logged, and ends up in exactly one of the other
    counts: \c{logged == delivered + failed + dropped + queued}.
*/
struct Statistics
{
    quint64 logged = 0; //!< passed the filters and was accepted
    quint64 delivered = 0; //!< Slack answered "ok"
    quint64 failed = 0; //!< posted, and Slack or the network said no
    quint64 dropped = 0; //!< never posted: the queue was full, or the exit timeout passed
    quint64 queued = 0; //!< waiting, or being posted now
};

/*! \brief The counts as they are now. Safe from any thread. */
SLACKLOG_EXPORT Statistics statistics();

} // namespace SlackLog

#endif // SLACKLOG_STATISTICS_H
