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

// Text with a zero-width space between every two backticks in a row, so that no run of three
// can open or close a code block.
SLACKLOG_AUTOTEST_EXPORT QString breakBacktickRuns(QString text);

// Text in which the plain words that ping a whole channel on Mattermost, Rocket.Chat and Discord
// (@channel, @here, @all, @everyone) no longer do: a zero-width space follows the '@'.
SLACKLOG_AUTOTEST_EXPORT QString defuseChannelWords(QString text);

// An emoji name with its colons, as Slack wants it: "warning" -> ":warning:". Empty stays empty.
SLACKLOG_AUTOTEST_EXPORT QString slackEmoji(QStringView name);

} // namespace SlackLog::Internal

#endif // SLACKLOG_SLACKTEXT_P_H
