// The settings that shape how messages look: format, fields, emoji, and the kind of server.

#include "settings.h"

#include "settings_p.h"

#include "translation_p.h"

namespace SlackLog {

ServerKind Settings::serverKind() const
{
    return d->destination.serverKind();
}
void Settings::setServerKind(ServerKind kind)
{
    d->destination.kind = kind;
}

MessageFormat Settings::format() const
{
    return d->format;
}
void Settings::setFormat(MessageFormat format)
{
    d->format = format;
}

MessageFields Settings::fields() const
{
    return d->fields;
}
void Settings::setFields(MessageFields fields)
{
    d->fields = fields;
}
MessageFields Settings::defaultFields()
{
    return MessageField::Application | MessageField::Host | MessageField::Process
            | MessageField::Location;
}

QString Settings::emoji(Level level) const
{
    return d->emoji[static_cast<size_t>(level)];
}
void Settings::setEmoji(Level level, const QString &emoji)
{
    d->emoji[static_cast<size_t>(level)] = emoji;
}

namespace Internal {

void validateFormatting(const SettingsData &d, QStringList &problems)
{
    for (size_t i = 0; i < d.emoji.size(); ++i) {
        const QString problem = emojiProblem(d.emoji[i],
                                             SettingsText::tr("The emoji for %1 messages")
                                                     .arg(levelName(static_cast<Level>(i))));
        if (!problem.isEmpty())
            problems.append(problem);
    }
    if (d.format != MessageFormat::Blocks)
        return;
    // Blocks sent to a server without Block Kit arrive empty, so this is refused up front.
    QList<ServerKind> kinds{d.destination.serverKind()};
    for (const Route &route : d.routes)
        kinds.append(d.destination.overriddenBy(route.destination).serverKind());
    for (const ServerKind kind : std::as_const(kinds)) {
        if (!serverTraits(kind).blocks) {
            problems.append(SettingsText::tr("The format blocks is Slack's Block Kit, which %1 "
                                             "does not understand: use attachments or text.")
                                    .arg(serverKindDisplayName(kind)));
            return;
        }
    }
}

} // namespace Internal

} // namespace SlackLog
