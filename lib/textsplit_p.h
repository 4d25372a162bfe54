#ifndef SLACKLOG_TEXTSPLIT_P_H
#define SLACKLOG_TEXTSPLIT_P_H

#include "slacklog_export.h"

#include <QtCore/qstringlist.h>

namespace SlackLog::Internal {

// Cuts escaped mrkdwn text into parts of at most budget UTF-16 units each, marker included:
// "first part (1/3)". Cuts after the last line end that fits (that newline is dropped), else after
// the last space, else anywhere but inside a surrogate pair or an entity such as &amp;. Every
// other character of the text appears in the parts, in order. Text within the budget comes back
// whole, unmarked. Budgets below 48 are raised to 48, which leaves room for text beside any marker.
SLACKLOG_AUTOTEST_EXPORT QStringList splitText(const QString &text, qsizetype budget);

// Like splitText(), for a multi-line message shown as a code block: \a lead (such as a mention)
// on a line of its own, then \a code between ``` fences. Each part carries fences of its own,
// so that every part shows as a code block, with the marker on the line after the closing fence:
// "```\n…\n```\n(1/3)". The lead is in the first part only. Runs of backticks inside the code
// are broken up, so they cannot end the block early.
SLACKLOG_AUTOTEST_EXPORT QStringList splitCodeBlock(const QString &lead, const QString &code,
                                                    qsizetype budget);

// Text over maxChars cut to at most maxChars UTF-16 units, ending in a marker that says how many
// units were cut: "… [12,345 characters cut]". The cut never falls inside a surrogate pair or an
// entity. Text within maxChars comes back unchanged; when not even the marker fits, the text is
// only cut, without a marker.
SLACKLOG_AUTOTEST_EXPORT QString truncateText(const QString &text, qsizetype maxChars);

} // namespace SlackLog::Internal

#endif // SLACKLOG_TEXTSPLIT_P_H
