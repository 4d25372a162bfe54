#ifndef SLACKLOG_PAYLOADPREVIEW_H
#define SLACKLOG_PAYLOADPREVIEW_H

#include "destination.h"
#include "level.h"
#include "slacklog_export.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>

namespace SlackLog {

class Settings;

/*!
    \brief What SlackLog would post for one message, worked out without posting it.
*/
struct PayloadPreview
{
    bool accepted = false; //!< false when the level or category filters drop the message
    Destination destination; //!< where it goes: the settings, overridden by the matching route
    int route = -1; //!< the index of the route that matched, or -1 for the default destination
    QList<QByteArray> payloads; //!< the JSON bodies, one per post: several when it is split
};

/*!
    \brief The payloads that \a settings make of \a message, logged at \a level in \a category,
    when it is the only message in its post.

    The message goes through the same format, pattern, mentions, emoji, escaping, code block, cut
    and split as a logged message, for the server kind of its destination, so this is what a
    settings editor can show before anything is sent. Messages that arrive together share a
    post: their lines, attachments or blocks are joined. \a applicationName stands for
    \c{%{appname}}; the running application's name when empty.
*/
SLACKLOG_EXPORT PayloadPreview previewPayload(const Settings &settings, Level level,
                                              const QString &category, const QString &message,
                                              const QString &applicationName = QString());

} // namespace SlackLog

#endif // SLACKLOG_PAYLOADPREVIEW_H
