#ifndef SLACKLOG_ROUTE_H
#define SLACKLOG_ROUTE_H

#include "destination.h"

#include <QtCore/qlist.h>

namespace SlackLog {

/*!
    \brief Sends the messages of matching logging categories to their own destination.

    The category pattern uses QLoggingCategory's wildcards: "db.sql", "db.*", "*.sql" or "*sql*".
    The first route whose pattern matches a message's category applies; the destination's empty
    fields fall back to the settings.
*/
struct Route
{
    QString categoryPattern = {};
    Destination destination = {};

    friend bool operator==(const Route &a, const Route &b)
    {
        return a.categoryPattern == b.categoryPattern && a.destination == b.destination;
    }
    friend bool operator!=(const Route &a, const Route &b) { return !(a == b); }
};

} // namespace SlackLog

#endif // SLACKLOG_ROUTE_H
