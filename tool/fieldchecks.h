#ifndef SLACKLOG_TOOL_FIELDCHECKS_H
#define SLACKLOG_TOOL_FIELDCHECKS_H

#include <SlackLog/Destination>
#include <SlackLog/Settings>

#include <QtCore/QString>

// Checks of single fields, so that the window can say what is wrong beside the field as the
// user types, in the library's own words.

// What is wrong with \a text as a webhook URL; empty when it is valid or empty.
QString webhookUrlProblem(const QString &text);

// The icon field holds an emoji (":robot_face:") or an image URL: this sets the one it is.
void setIconFromText(SlackLog::Destination &destination, const QString &text);
QString iconText(const SlackLog::Destination &destination);

// What stops \a settings from being saved: Settings::validate(), except that a missing webhook
// is allowed, since an application may take it from SLACKLOG_WEBHOOK_URL.
QStringList problemsBlockingSave(const SlackLog::Settings &settings);

#endif // SLACKLOG_TOOL_FIELDCHECKS_H
