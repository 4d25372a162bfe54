#ifndef SLACKLOG_TOOL_TESTMESSAGE_H
#define SLACKLOG_TOOL_TESTMESSAGE_H

#include <SlackLog/Level>

#include <QtCore/QByteArray>
#include <QtCore/QString>

// Logs \a text at \a level in \a category, as an application's qWarning() and the like do.
// Fatal is logged as critical: a test must not end the tool.
void logTestMessage(SlackLog::Level level, const QByteArray &category, const QString &text);

#endif // SLACKLOG_TOOL_TESTMESSAGE_H
