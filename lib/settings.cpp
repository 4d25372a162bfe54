#include "settings.h"

#include "redaction_p.h"
#include "settings_p.h"

#include "categoryrules_p.h"
#include "messagepattern_p.h"
#include "slacktext_p.h"
#include "webhookurl_p.h"

#include "translation_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qregularexpression.h>

namespace SlackLog {

namespace {

void validateDestination(const Destination &destination, const QString &owner,
                         QStringList &problems)
{
    auto add = [&problems](const QString &problem) {
        if (!problem.isEmpty())
            problems.append(problem);
    };
    if (destination.channel.contains(QRegularExpression(QStringLiteral("\\s"))))
        add(Internal::SettingsText::tr("The channel %1 \"%2\" contains white space.")
                    .arg(owner, destination.channel));
    add(Internal::emojiProblem(destination.iconEmoji,
                               Internal::SettingsText::tr("The icon emoji %1").arg(owner)));
    if (!destination.iconUrl.isEmpty()) {
        if (const auto problem = Internal::iconUrlProblem(
                    destination.iconUrl, Internal::SettingsText::tr("The icon URL %1").arg(owner)))
            add(*problem);
        if (!destination.iconEmoji.isEmpty())
            add(Internal::SettingsText::tr(
                        "Both an icon emoji and an icon URL are set %1; set only one.")
                        .arg(owner));
    }
}

} // namespace

namespace Internal {
QString emojiProblem(const QString &emoji, const QString &what)
{
    static const QRegularExpression pattern(
            QStringLiteral("^:?[a-z0-9_+'\\-]+(::[a-z0-9_\\-]+)?:?$"));
    if (!emoji.isEmpty() && !pattern.match(emoji).hasMatch())
        return Internal::SettingsText::tr("%1 \"%2\" is not an emoji name such as :robot_face:.")
                .arg(what, emoji);
    return QString();
}
} // namespace Internal

Settings::Settings() : d(new SettingsData) { }
Settings::Settings(const Settings &other) = default;
Settings::Settings(Settings &&other) noexcept = default;
Settings &Settings::operator=(const Settings &other) = default;
Settings &Settings::operator=(Settings &&other) noexcept = default;
Settings::~Settings() = default;

QUrl Settings::webhookUrl() const
{
    return d->destination.webhookUrl;
}
void Settings::setWebhookUrl(const QUrl &url)
{
    d->destination.webhookUrl = url;
}
QString Settings::channel() const
{
    return d->destination.channel;
}
void Settings::setChannel(const QString &channel)
{
    d->destination.channel = channel;
}
QString Settings::username() const
{
    return d->destination.username;
}
void Settings::setUsername(const QString &username)
{
    d->destination.username = username;
}
QString Settings::iconEmoji() const
{
    return d->destination.iconEmoji;
}
void Settings::setIconEmoji(const QString &emoji)
{
    d->destination.iconEmoji = emoji;
}
QUrl Settings::iconUrl() const
{
    return d->destination.iconUrl;
}
void Settings::setIconUrl(const QUrl &url)
{
    d->destination.iconUrl = url;
}
Destination Settings::destination() const
{
    return d->destination;
}
void Settings::setDestination(const Destination &destination)
{
    d->destination = destination;
}
Level Settings::minimumLevel() const
{
    return d->minimumLevel;
}
void Settings::setMinimumLevel(Level level)
{
    d->minimumLevel = level;
}
QString Settings::categoryRules() const
{
    return d->categoryRules;
}
void Settings::setCategoryRules(const QString &rules)
{
    d->categoryRules = rules;
}
QString Settings::messagePattern() const
{
    return d->messagePattern;
}
void Settings::setMessagePattern(const QString &pattern)
{
    d->messagePattern = pattern;
}

QString Settings::defaultMessagePattern()
{
    return QStringLiteral("%{time yyyy-MM-dd hh:mm:ss} - %{type} - %{message}");
}

std::chrono::milliseconds Settings::shutdownTimeout() const
{
    return d->shutdownTimeout;
}
void Settings::setShutdownTimeout(std::chrono::milliseconds timeout)
{
    d->shutdownTimeout = timeout;
}
std::chrono::milliseconds Settings::requestTimeout() const
{
    return d->requestTimeout;
}
void Settings::setRequestTimeout(std::chrono::milliseconds timeout)
{
    d->requestTimeout = timeout;
}
QString Settings::mention(Level level) const
{
    return d->mentions[static_cast<size_t>(level)];
}
void Settings::setMention(Level level, const QString &mention)
{
    d->mentions[static_cast<size_t>(level)] = mention;
}

bool Settings::mentionsInMessagesAllowed() const
{
    return d->mentionsInMessagesAllowed;
}
void Settings::setMentionsInMessagesAllowed(bool allowed)
{
    d->mentionsInMessagesAllowed = allowed;
}

QList<Route> Settings::routes() const
{
    return d->routes;
}
void Settings::setRoutes(const QList<Route> &routes)
{
    d->routes = routes;
}

QStringList Settings::validate() const
{
    QStringList problems = d->inputErrors;
    if (const auto problem = Internal::webhookUrlProblem(
                d->destination.webhookUrl, Internal::SettingsText::tr("The webhook URL"))) {
        problems.append(d->destination.webhookUrl.isEmpty() ? Internal::SettingsText::tr(
                                "The webhook URL is not set: set SLACKLOG_WEBHOOK_URL, or "
                                "save one with slacklog-config.")
                                                            : *problem);
    }
    validateDestination(d->destination, Internal::SettingsText::tr("in the settings"), problems);

    Internal::CategoryRules::parse(d->categoryRules, &problems);
    Internal::MessagePattern::parse(d->messagePattern, &problems);

    if (d->shutdownTimeout < 0ms || d->shutdownTimeout > Internal::maxShutdownTimeout)
        problems.append(Internal::SettingsText::tr("The shutdown timeout must be from 0 to %1 ms.")
                                .arg(qint64(Internal::maxShutdownTimeout.count())));
    if (d->requestTimeout <= 0ms || d->requestTimeout > Internal::maxRequestTimeout)
        problems.append(Internal::SettingsText::tr("The request timeout must be longer than 0 ms, "
                                                   "and at most %1 ms.")
                                .arg(qint64(Internal::maxRequestTimeout.count())));
    Internal::validateDelivery(*d, problems);
    Internal::validateFormatting(*d, problems);

    for (size_t i = 0; i < d->mentions.size(); ++i) {
        if (!Internal::slackMentions(d->mentions[i]))
            problems.append(Internal::SettingsText::tr(
                                    "The mention for %1 messages, \"%2\", is not a Slack mention: "
                                    "use @here, @channel, @everyone, <@U…> or <!subteam^S…>.")
                                    .arg(levelName(static_cast<Level>(i)), d->mentions[i]));
    }

    for (const Route &route : d->routes) {
        const QString owner =
                Internal::SettingsText::tr("of the route for \"%1\"").arg(route.categoryPattern);
        if (!Internal::CategoryPattern::parse(route.categoryPattern))
            problems.append(Internal::SettingsText::tr(
                                    "The route category \"%1\" is not a category pattern such as "
                                    "db.* or *.sql.")
                                    .arg(route.categoryPattern));
        if (route.destination.isEmpty())
            problems.append(
                    Internal::SettingsText::tr(
                            "The route for \"%1\" sets no webhook URL, channel, username or "
                            "icon.")
                            .arg(route.categoryPattern));
        if (!route.destination.webhookUrl.isEmpty()) {
            if (const auto problem = Internal::webhookUrlProblem(
                        route.destination.webhookUrl,
                        Internal::SettingsText::tr("The webhook URL %1").arg(owner)))
                problems.append(*problem);
        }
        validateDestination(route.destination, owner, problems);
    }
    // Values are quoted, and a webhook URL or token pasted into the wrong field must not be
    // printed whole with them.
    for (QString &problem : problems)
        problem = Internal::withoutSecrets(problem);
    return problems;
}

bool Settings::accepts(Level level, QStringView category) const
{
    const QByteArray name = category.isEmpty() ? QByteArray("default") : category.toUtf8();
    if (Internal::isNeverPosted(name))
        return false;
    if (level < d->minimumLevel)
        return false;
    return Internal::CategoryRules::parse(d->categoryRules, nullptr).isEnabled(name, level);
}

bool operator==(const Settings &a, const Settings &b)
{
    if (a.d == b.d)
        return true;
    const SettingsData &x = *a.d;
    const SettingsData &y = *b.d;
    return x.destination == y.destination && x.minimumLevel == y.minimumLevel
            && x.categoryRules == y.categoryRules && x.messagePattern == y.messagePattern
            && x.shutdownTimeout == y.shutdownTimeout && x.requestTimeout == y.requestTimeout
            && x.sameDelivery(y) && x.mentions == y.mentions
            && x.mentionsInMessagesAllowed == y.mentionsInMessagesAllowed && x.format == y.format
            && x.fields == y.fields && x.emoji == y.emoji && x.routes == y.routes
            && x.inputErrors == y.inputErrors;
}

} // namespace SlackLog
