#ifndef SLACKLOG_TOOL_LEVELNAMES_H
#define SLACKLOG_TOOL_LEVELNAMES_H

#include <SlackLog/Level>

#include <QtGui/QIcon>

QT_BEGIN_NAMESPACE
class QComboBox;
QT_END_NAMESPACE

// How the window shows a level: its translated name and its icon.
QString levelDisplayName(SlackLog::Level level);
QIcon levelIcon(SlackLog::Level level);

// Fills \a combo with the levels from \a first to \a last, each with the Level as its data.
void addLevels(QComboBox *combo, SlackLog::Level first, SlackLog::Level last);

#endif // SLACKLOG_TOOL_LEVELNAMES_H
