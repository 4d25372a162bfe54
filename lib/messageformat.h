#ifndef SLACKLOG_MESSAGEFORMAT_H
#define SLACKLOG_MESSAGEFORMAT_H

#include "level.h"
#include "slacklog_export.h"

#include <QtCore/qflags.h>
#include <QtCore/qstringlist.h>

#include <optional>

namespace SlackLog {

/*! \brief How a message looks in the channel. */
enum class MessageFormat {
    Text, //!< one mrkdwn line per message, with an emoji per level
    Attachments, //!< one attachment per message: colour bar, title, text, fields, time (default)
    Blocks, //!< Block Kit: a header, sections and a context of fields per message
};

/*! \brief What an attachment or a block shows beside the text, chosen in the settings. */
enum class MessageField {
    Application = 0x01, //!< application name and version
    Host = 0x02,
    Process = 0x04, //!< process id
    Thread = 0x08,
    Category = 0x10,
    Location = 0x20, //!< file:line, when the build records them (QT_MESSAGELOGCONTEXT)
    Function = 0x40,
};
Q_DECLARE_FLAGS(MessageFields, MessageField)

/*! \brief "text", "attachments" or "blocks", as SLACKLOG_FORMAT spells it. */
SLACKLOG_EXPORT QString messageFormatName(MessageFormat format);
/*! \brief Parses a format name, case-insensitively; std::nullopt when it names none. */
SLACKLOG_EXPORT std::optional<MessageFormat> messageFormatFromName(QStringView name);

/*!
    \brief The names of \a fields in SLACKLOG_FIELDS order: app, host, pid, thread, category,
    file, function.
*/
SLACKLOG_EXPORT QStringList messageFieldNames(MessageFields fields);
/*!
    \brief Parses a comma list of field names. Also accepted: "application", "process",
    "location". std::nullopt names the first word that is not a field in \a unknown.
*/
SLACKLOG_EXPORT std::optional<MessageFields> messageFieldsFromNames(QStringView names,
                                                                    QString *unknown = nullptr);

} // namespace SlackLog

Q_DECLARE_OPERATORS_FOR_FLAGS(SlackLog::MessageFields)

#endif // SLACKLOG_MESSAGEFORMAT_H
