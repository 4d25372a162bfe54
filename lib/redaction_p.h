#ifndef SLACKLOG_REDACTION_P_H
#define SLACKLOG_REDACTION_P_H

#include "slacklog_export.h"

#include <QtCore/qstring.h>
#include <QtCore/qurl.h>

namespace SlackLog::Internal {

// \a text with every trace of \a url's secret masked: the whole URL in any spelling, and the
// secret path segments alone. For what servers and Qt say back, which can quote the URL.
SLACKLOG_AUTOTEST_EXPORT QString withoutSecret(QString text, const QUrl &url);

// \a text with anything that looks like a secret masked, for text about values that may have
// been pasted into the wrong place: every URL (shown as redactedUrl() shows it), Slack tokens
// (xoxb-…****), and long runs of letters and digits such as a webhook's secret alone.
SLACKLOG_AUTOTEST_EXPORT QString withoutSecrets(QString text);

} // namespace SlackLog::Internal

#endif // SLACKLOG_REDACTION_P_H
