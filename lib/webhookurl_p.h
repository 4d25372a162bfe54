#ifndef SLACKLOG_WEBHOOKURL_P_H
#define SLACKLOG_WEBHOOKURL_P_H

#include "slacklog_export.h"
#include <QtCore/qstring.h>
#include <QtCore/qurl.h>

#include <optional>

namespace SlackLog::Internal {

// Loopback hosts are the only ones that may be reached over plain http: the test stand-in.
SLACKLOG_AUTOTEST_EXPORT bool isLoopbackHost(const QString &host);

// What is wrong with a webhook URL, in a sentence that names it as \a what and shows the URL
// redacted; std::nullopt when it can be posted to.
SLACKLOG_AUTOTEST_EXPORT std::optional<QString> webhookUrlProblem(const QUrl &url,
                                                                  const QString &what);

// The same for an icon URL, which Slack fetches itself.
std::optional<QString> iconUrlProblem(const QUrl &url, const QString &what);

} // namespace SlackLog::Internal

#endif // SLACKLOG_WEBHOOKURL_P_H
