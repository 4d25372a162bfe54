#ifndef SLACKLOG_LOGGING_P_H
#define SLACKLOG_LOGGING_P_H

#include <QtCore/qloggingcategory.h>

namespace SlackLog::Internal {
// SlackLog's own reports. Messages in slacklog.* are never posted to Slack.
Q_DECLARE_LOGGING_CATEGORY(lcSlackLog)
} // namespace SlackLog::Internal

#endif // SLACKLOG_LOGGING_P_H
