#ifndef SLACKLOG_TOOL_SETTINGSREPORT_H
#define SLACKLOG_TOOL_SETTINGSREPORT_H

#include <SlackLog/Settings>

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

// --check: says whether the settings are valid and, if not, what is wrong. 0 when they are
// valid, 1 when not.
int checkSettings(const SlackLog::Settings &settings, QTextStream &out);

// --print-settings: every setting as "key = value", under the QSettings keys an application
// reads, with webhook URLs redacted and proxy passwords removed.
void printSettings(const SlackLog::Settings &settings, QTextStream &out);

#endif // SLACKLOG_TOOL_SETTINGSREPORT_H
