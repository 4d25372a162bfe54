#ifndef SLACKLOG_SLACKTEXT_P_H
#define SLACKLOG_SLACKTEXT_P_H

#include "slacklog_export.h"
#include <QtCore/qstring.h>

#include <optional>

namespace SlackLog::Internal {

// Slack's mrkdwn gives meaning to exactly three characters: & < >. Escaping them keeps log
// text from forming links or mentions. With keepMentions, tokens such as <!here> or <@U123>
// that stand in the text pass through unchanged.
SLACKLOG_AUTOTEST_EXPORT QString escapeSlackText(QStringView text, bool keepMentions);

// Turns a configured mention ("@here", "@channel @U012AB3CD", "<!subteam^S1>") into Slack's
// syntax ("<!here>", …). std::nullopt when a word is not a mention.
SLACKLOG_AUTOTEST_EXPORT std::optional<QString> slackMentions(QStringView configured);

} // namespace SlackLog::Internal

#endif // SLACKLOG_SLACKTEXT_P_H
