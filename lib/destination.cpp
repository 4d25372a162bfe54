#include "destination.h"

namespace SlackLog {

Destination Destination::overriddenBy(const Destination &overrides) const
{
    Destination result = *this;
    if (!overrides.webhookUrl.isEmpty())
        result.webhookUrl = overrides.webhookUrl;
    if (!overrides.channel.isEmpty())
        result.channel = overrides.channel;
    if (!overrides.username.isEmpty())
        result.username = overrides.username;
    if (!overrides.iconEmoji.isEmpty() || !overrides.iconUrl.isEmpty()) {
        result.iconEmoji = overrides.iconEmoji;
        result.iconUrl = overrides.iconUrl;
    }
    if (overrides.kind)
        result.kind = overrides.kind;
    return result;
}

} // namespace SlackLog
