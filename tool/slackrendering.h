#ifndef SLACKLOG_TOOL_SLACKRENDERING_H
#define SLACKLOG_TOOL_SLACKRENDERING_H

#include <QtCore/QJsonObject>
#include <QtCore/QString>

// A Slack payload as Slack would show it, in the HTML subset that QTextBrowser renders: who
// posts it (username, icon) and where; the text with its mrkdwn, or, when there are blocks,
// the blocks instead (header, section with fields in two columns, context in small print,
// divider); and each attachment with its colour bar, title, text, fields in two columns and
// footer.
QString renderPayloadHtml(const QJsonObject &payload);

// Slack's mrkdwn (already escaped: &amp; &lt; &gt;) as HTML: *bold*, _italic_, ~strike~,
// `code`, ```blocks```, <url|links>, <!here> and <@U…> mentions, <!date^…> in local time, and
// line breaks. Anything that is not mrkdwn stays text: log text can never become markup.
QString mrkdwnToHtml(const QString &mrkdwn);

#endif // SLACKLOG_TOOL_SLACKRENDERING_H
