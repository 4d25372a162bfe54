#ifndef SLACKLOG_STATISTICS_H
#define SLACKLOG_STATISTICS_H

#include "slacklog_export.h"

#include <QtCore/qglobal.h>

namespace SlackLog {

/*!
    \brief Counts of messages since the process started.

    Every message that passes the filters is logged, and ends up in exactly one of the other
    counts:

    \c{logged == delivered + queued + spooled + rejected + expired + droppedQueueFull
    + droppedShutdown + droppedSpoolFull}

    \c failed and \c dropped sum the reasons up: \c{logged == delivered + failed + dropped +
    queued + spooled}. Messages still pending are \c queued (in memory) or \c spooled (on disk,
    for a later run).
*/
struct Statistics
{
    quint64 logged = 0; //!< passed the filters and was accepted
    quint64 delivered = 0; //!< Slack answered "ok"
    quint64 failed = 0; //!< rejected + expired: posted, and never accepted
    quint64 dropped = 0; //!< droppedQueueFull + droppedShutdown + droppedSpoolFull: never posted
    quint64 queued = 0; //!< waiting, being posted now, or waiting for a retry

    quint64 rejected = 0; //!< Slack refused the post for good (a 4xx other than 429)
    quint64 expired = 0; //!< retried until the retry time ran out
    quint64 droppedQueueFull = 0; //!< the queue was at its cap in messages or bytes
    quint64 droppedShutdown = 0; //!< the shutdown timeout passed before they could be posted
    quint64 droppedSpoolFull = 0; //!< could not be kept on disk for a later run

    quint64 retries = 0; //!< posts sent again after a 429, a 5xx or a network failure
    //! Messages sent again when an earlier sending may have reached the server: after an
    //! answer that never came or was not Slack's, or by a later run after a crash or a
    //! cut-off exit. Counted by the process that sends them again. Slack may show them twice.
    quint64 possibleDuplicates = 0;
    quint64 folded = 0; //!< repeats folded into the line before them (counted as delivered too)

    //! Left in the spool at shutdown, for the next run (or install()) to deliver.
    quint64 spooled = 0;
    //! Taken up from the spool of an earlier run; counted in \c logged like any message.
    quint64 replayed = 0;
    //! Records in the spool of an earlier run that could not be read back: their entry was
    //! intact around damaged contents, so each is counted.
    quint64 spoolDamaged = 0;
    //! Stretches of an earlier run's spool that could not be read, each holding records that
    //! cannot be counted: a file cut off by a crash, bytes overwritten.
    quint64 spoolDamagedStretches = 0;
};

/*! \brief The counts as they are now. Safe from any thread. */
SLACKLOG_EXPORT Statistics statistics();

} // namespace SlackLog

#endif // SLACKLOG_STATISTICS_H
