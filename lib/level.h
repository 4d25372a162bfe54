#ifndef SLACKLOG_LEVEL_H
#define SLACKLOG_LEVEL_H

#include "slacklog_export.h"

#include <QtCore/qlogging.h>
#include <QtCore/qobjectdefs.h>
#include <QtCore/qstring.h>

#include <optional>

/*!
    \namespace SlackLog
    \brief Delivers a Qt application's log messages to Slack incoming webhooks.
*/
namespace SlackLog {
Q_NAMESPACE_EXPORT(SLACKLOG_EXPORT)

/*!
    \brief The severity of a message, ordered from least to most severe.

    QtMsgType is not ordered by severity (QtInfoMsg comes last), so settings compare Levels.
*/
enum class Level { Debug, Info, Warning, Critical, Fatal };
Q_ENUM_NS(Level)

/*! \brief The Level of a Qt message type. */
SLACKLOG_EXPORT Level levelOf(QtMsgType type);

/*! \brief The Qt message type of a Level. */
SLACKLOG_EXPORT QtMsgType messageTypeOf(Level level);

/*! \brief The lower-case name used in settings and patterns: "debug", "info", … */
SLACKLOG_EXPORT QString levelName(Level level);

/*! \brief Parses a level name, case-insensitively; std::nullopt when it names no level. */
SLACKLOG_EXPORT std::optional<Level> levelFromName(QStringView name);

} // namespace SlackLog

#endif // SLACKLOG_LEVEL_H
