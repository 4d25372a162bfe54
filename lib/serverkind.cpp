#include "serverkind.h"

#include "names_p.h"

#include <array>

namespace SlackLog {

namespace {
constexpr std::array<const char16_t *, 4> kindNames = {u"slack", u"mattermost", u"rocketchat",
                                                       u"discord"};
constexpr std::array<const char16_t *, 4> kindDisplayNames = {u"Slack", u"Mattermost",
                                                              u"Rocket.Chat", u"Discord"};
} // namespace

ServerTraits serverTraits(ServerKind kind)
{
    ServerTraits traits;
    switch (kind) {
    case ServerKind::Slack:
        // Documented: 200 "ok". The other kinds' success bodies are known only second-hand, and
        // a wrong guess would post every message again and again.
        traits.answersOk = true;
        break;
    case ServerKind::Mattermost:
        // Posts are capped at 16,383 characters; there is no Block Kit.
        traits.textLimit = 16383;
        traits.blocks = false;
        break;
    case ServerKind::RocketChat:
        // 5,000 is the server's default Message_MaxAllowedSize.
        traits.textLimit = 5000;
        traits.blocks = false;
        break;
    case ServerKind::Discord:
        // Attachments become embeds, of which a message holds 10; the channel is the webhook's.
        traits.textLimit = 2000;
        traits.maxAttachments = 10;
        traits.attachmentsTotal = 6000;
        traits.blocks = false;
        traits.channel = false;
        traits.iconEmoji = false;
        break;
    }
    return traits;
}

QString serverKindName(ServerKind kind)
{
    return QString::fromUtf16(kindNames[static_cast<size_t>(kind)]);
}

QString serverKindDisplayName(ServerKind kind)
{
    return QString::fromUtf16(kindDisplayNames[static_cast<size_t>(kind)]);
}

std::optional<ServerKind> serverKindFromName(QStringView name)
{
    if (const auto index = Internal::indexOfName(kindNames, name))
        return static_cast<ServerKind>(*index);
    return std::nullopt;
}

} // namespace SlackLog
