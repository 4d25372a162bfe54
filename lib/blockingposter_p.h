#ifndef SLACKLOG_BLOCKINGPOSTER_P_H
#define SLACKLOG_BLOCKINGPOSTER_P_H

#include "deliveryoutcome_p.h"
#include "slacklog_export.h"

#include <QtCore/qdeadlinetimer.h>

namespace SlackLog::Internal {

/*
    Posts in the calling thread with blocking sockets, for the times when no event loop can run:
    before the QCoreApplication exists, after it is gone, and for qFatal then. Qt's event loops
    refuse to run without an application object, but QSslSocket's waitFor… functions do not
    need one.
*/
SLACKLOG_AUTOTEST_EXPORT Answer postBlocking(const QUrl &url, const QByteArray &payload,
                                             QDeadlineTimer deadline, const QUrl &proxy = QUrl());

} // namespace SlackLog::Internal

#endif // SLACKLOG_BLOCKINGPOSTER_P_H
