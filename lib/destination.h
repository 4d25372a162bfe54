#ifndef SLACKLOG_DESTINATION_H
#define SLACKLOG_DESTINATION_H

#include "serverkind.h"
#include "slacklog_export.h"

#include <QtCore/qstring.h>
#include <QtCore/qurl.h>

namespace SlackLog {

/*!
    \brief Where a message is posted, and as whom.

    An aggregate, so that C++20 code can name just the fields it sets:
    \code
    SlackLog::ScopedOverride oncall({.channel = QStringLiteral("@oncall")});
    \endcode
    An empty field means "not set here": the layer below it (a route, then the settings) decides.
    The icon is one thing: a layer that sets iconEmoji or iconUrl replaces both.

    Slack only honours channel, username and icon on legacy webhooks; a webhook made by a Slack
    app posts to its own channel as its own identity and ignores them silently. One webhook per
    channel is the routing that works everywhere.
*/
struct Destination
{
    // The initializers keep g++'s -Wmissing-field-initializers quiet for designated
    // initializers that name only some fields.
    QUrl webhookUrl = {};
    QString channel = {};
    QString username = {};
    QString iconEmoji = {};
    QUrl iconUrl = {};
    //! The server behind the webhook; unset means the layer below decides, Slack at the bottom.
    std::optional<ServerKind> kind = {};

    /*! \brief The kind, Slack when unset. */
    ServerKind serverKind() const { return kind.value_or(ServerKind::Slack); }

    /*! \brief True when no field is set. */
    bool isEmpty() const
    {
        return webhookUrl.isEmpty() && channel.isEmpty() && username.isEmpty()
                && iconEmoji.isEmpty() && iconUrl.isEmpty() && !kind;
    }

    /*! \brief This destination with every field that \a overrides sets replaced by its value. */
    SLACKLOG_EXPORT Destination overriddenBy(const Destination &overrides) const;

    friend bool operator==(const Destination &a, const Destination &b)
    {
        return a.webhookUrl == b.webhookUrl && a.channel == b.channel && a.username == b.username
                && a.iconEmoji == b.iconEmoji && a.iconUrl == b.iconUrl && a.kind == b.kind;
    }
    friend bool operator!=(const Destination &a, const Destination &b) { return !(a == b); }
};

} // namespace SlackLog

#endif // SLACKLOG_DESTINATION_H
