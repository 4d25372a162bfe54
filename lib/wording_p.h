#ifndef SLACKLOG_WORDING_P_H
#define SLACKLOG_WORDING_P_H

#include "slacklog_export.h"
#include <QtCore/qstring.h>

namespace SlackLog::Internal {

// "1 message", "1,234 messages": readable in a report without a translation catalogue loaded.
SLACKLOG_AUTOTEST_EXPORT QString messagesText(quint64 count);

} // namespace SlackLog::Internal

#endif // SLACKLOG_WORDING_P_H
