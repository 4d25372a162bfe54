#ifndef SLACKLOG_SERVERKIND_H
#define SLACKLOG_SERVERKIND_H

#include "level.h"
#include "slacklog_export.h"

#include <QtCore/qstring.h>

#include <optional>

namespace SlackLog {

/*! \brief The chat server behind a webhook: Slack, or one that accepts Slack's payloads. */
enum class ServerKind {
    Slack, //!< the default
    Mattermost,
    RocketChat,
    Discord, //!< through Discord's Slack-compatible endpoint, …/webhooks/{id}/{token}/slack
};

/*! \brief Every kind, in the order of the enum: for editors that offer a choice. */
inline constexpr ServerKind allServerKinds[] = {ServerKind::Slack, ServerKind::Mattermost,
                                                ServerKind::RocketChat, ServerKind::Discord};

/*!
    \brief What a kind of server accepts. Posts are split to fit textLimit, and the fields a
    server does not honour are left out of its payloads.
*/
struct ServerTraits
{
    int textLimit = 40000; //!< characters of text one post may carry
    int maxAttachments = 100; //!< attachments one post may carry
    //! Characters one post's attachments may hold together, titles, fields and footers
    //! included; 0 for no such limit.
    int attachmentsTotal = 0;
    bool blocks = true; //!< whether Block Kit is understood
    bool channel = true; //!< whether the payload's channel is honoured
    bool username = true;
    bool iconEmoji = true;
    bool iconUrl = true;
    //! Whether a successful post is always answered "ok". Then a 2xx with another body (a
    //! proxy's page, an error in words) is a failure, retried and reported; elsewhere any 2xx
    //! counts as delivered.
    bool answersOk = false;
};

/*! \brief The traits of \a kind, as each server documents them (some second-hand; see the README).
 */
SLACKLOG_EXPORT ServerTraits serverTraits(ServerKind kind);

/*! \brief "slack", "mattermost", "rocketchat" or "discord", as SLACKLOG_KIND spells it. */
SLACKLOG_EXPORT QString serverKindName(ServerKind kind);
/*! \brief The name people read: "Slack", "Mattermost", "Rocket.Chat", "Discord". */
SLACKLOG_EXPORT QString serverKindDisplayName(ServerKind kind);
/*! \brief Parses a kind's name, case-insensitively; std::nullopt when it names none. */
SLACKLOG_EXPORT std::optional<ServerKind> serverKindFromName(QStringView name);

} // namespace SlackLog

#endif // SLACKLOG_SERVERKIND_H
