#ifndef SLACKLOG_MESSAGEHANDLER_H
#define SLACKLOG_MESSAGEHANDLER_H

#include "settings.h"
#include "slacklog_export.h"

#include <chrono>

namespace SlackLog {

/*!
    \brief Sends every qDebug, qInfo, qWarning, qCritical and qFatal of the process to Slack.

    Installs a Qt message handler. The previous handler still receives every message, so console
    output is unchanged. A log call only enqueues the message; a worker thread posts it.
    Calling install() again replaces the settings for messages logged from then on.

    Returns false, and says why on the previous handler as a "slacklog" warning, when the
    settings are invalid; an installation that was already running keeps its settings then.

    It may be called before the QCoreApplication exists: messages wait until the application
    starts, or are posted at exit. What is still queued when the application object is destroyed
    is posted then, waiting at most Settings::shutdownTimeout().
*/
SLACKLOG_EXPORT bool install(const Settings &settings);

/*!
    \brief Waits until every message logged before the call is delivered or has definitely
    failed (refused, unreachable, or dropped); false if \a timeout passed first.

    Without a running worker (before the QCoreApplication exists, or after it is gone) the
    calling thread posts synchronously. Called on SlackLog's own thread, it returns false at once.
*/
SLACKLOG_EXPORT bool flush(std::chrono::milliseconds timeout);

/*!
    \brief Restores the previous message handler, then delivers what is queued within the
    shutdown timeout, and stops the worker thread.

    What could not be delivered in time is counted as dropped and reported.
*/
SLACKLOG_EXPORT void uninstall();

/*! \brief Whether SlackLog's handler is installed. */
SLACKLOG_EXPORT bool isInstalled();

/*! \brief The settings in use, or default settings when not installed. */
SLACKLOG_EXPORT Settings installedSettings();

} // namespace SlackLog

#endif // SLACKLOG_MESSAGEHANDLER_H
