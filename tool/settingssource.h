#ifndef SLACKLOG_TOOL_SETTINGSSOURCE_H
#define SLACKLOG_TOOL_SETTINGSSOURCE_H

#include "commandline.h"

#include <SlackLog/Settings>

#include <memory>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

// The QSettings of the application whose settings the tool edits: a file, an
// organization/application pair, or the tool's own.
std::unique_ptr<QSettings> openSettings(const CommandLine &commandLine);

// The settings a send uses, as an application would see them: QSettings, then the SLACKLOG_*
// environment, then the command line's flags, each winning over the one before.
SlackLog::Settings resolveSettings(const CommandLine &commandLine, QSettings &stored);

#endif // SLACKLOG_TOOL_SETTINGSSOURCE_H
