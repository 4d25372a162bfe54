#ifndef SLACKLOG_REDACTION_H
#define SLACKLOG_REDACTION_H

#include "slacklog_export.h"

#include <QtCore/qstring.h>
#include <QtCore/qurl.h>

namespace SlackLog {

/*!
    \brief A webhook URL that is safe to show: the secret part is replaced by four asterisks.

    Anyone who has a webhook URL can post with it, so SlackLog never prints one whole. For
    Slack's \c{https://hooks.slack.com/services/T…/B…/secret} the team and webhook ids stay and
    the secret is masked. For other servers (Mattermost, Discord, Rocket.Chat) every path segment
    that looks like a token is masked. User info, query and fragment are always dropped.
*/
SLACKLOG_EXPORT QString redactedUrl(const QUrl &url);

} // namespace SlackLog

#endif // SLACKLOG_REDACTION_H
