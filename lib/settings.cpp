#include "settings.h"

#include "categoryrules_p.h"
#include "messagepattern_p.h"
#include "slacktext_p.h"
#include "webhookurl_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qsettings.h>

#include <array>

namespace SlackLog {

using namespace std::chrono_literals;

class SettingsData : public QSharedData
{
public:
    Destination destination;
    Level minimumLevel = Level::Debug;
    QString categoryRules;
    QString messagePattern = Settings::defaultMessagePattern();
    std::chrono::milliseconds shutdownTimeout = 5s;
    std::chrono::milliseconds requestTimeout = 30s;
    int queueCapacity = 10000;
    std::array<QString, 5> mentions;
    bool mentionsInMessagesAllowed = false;
    QList<Route> routes;
    // Values that could not be read, so that validate() can say so instead of silently
    // falling back to a default.
    QStringList inputErrors;
};

namespace {

QString tr(const char *sourceText)
{
    return QCoreApplication::translate("SlackLog::Settings", sourceText);
}

const QString groupName = QStringLiteral("SlackLog");

// Keys shared by QSettings and the JSON of SLACKLOG_ROUTES.
namespace Key {
const QString webhookUrl = QStringLiteral("webhookUrl");
const QString channel = QStringLiteral("channel");
const QString username = QStringLiteral("username");
const QString iconEmoji = QStringLiteral("iconEmoji");
const QString iconUrl = QStringLiteral("iconUrl");
const QString category = QStringLiteral("category");
const QString minimumLevel = QStringLiteral("minimumLevel");
const QString categoryRules = QStringLiteral("categoryRules");
const QString messagePattern = QStringLiteral("messagePattern");
const QString shutdownTimeout = QStringLiteral("shutdownTimeoutMs");
const QString requestTimeout = QStringLiteral("requestTimeoutMs");
const QString queueCapacity = QStringLiteral("queueCapacity");
const QString mentions = QStringLiteral("mentions");
const QString allowMentions = QStringLiteral("allowMentionsInMessages");
const QString routes = QStringLiteral("routes");
} // namespace Key

std::optional<qint64> parseInteger(const QString &text, qint64 minimum)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < minimum)
        return std::nullopt;
    return value;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == u"1" || value == u"true" || value == u"yes" || value == u"on")
        return true;
    if (value == u"0" || value == u"false" || value == u"no" || value == u"off")
        return false;
    return std::nullopt;
}

QString invalidValue(const QString &source, const QString &value, const QString &expected)
{
    return tr("%1 is \"%2\", which is not %3.").arg(source, value, expected);
}

QString levelExpectation()
{
    return tr("one of debug, info, warning, critical or fatal");
}

Destination destinationFromJson(const QJsonObject &object)
{
    Destination destination;
    destination.webhookUrl = QUrl(object.value(Key::webhookUrl).toString(), QUrl::StrictMode);
    destination.channel = object.value(Key::channel).toString();
    destination.username = object.value(Key::username).toString();
    destination.iconEmoji = object.value(Key::iconEmoji).toString();
    destination.iconUrl = QUrl(object.value(Key::iconUrl).toString(), QUrl::StrictMode);
    return destination;
}

// "critical=@here, fatal=@channel"
void parseMentions(SettingsData &d, const QString &text, const QString &source)
{
    d.mentions = {};
    QString normalized = text;
    normalized.replace(u';', u',');
    const QStringList entries = normalized.split(u',', Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const qsizetype equals = entry.indexOf(u'=');
        const std::optional<Level> level =
                equals < 0 ? std::nullopt : levelFromName(QStringView(entry).left(equals));
        if (!level) {
            d.inputErrors.append(invalidValue(source, entry.trimmed(),
                                              tr("of the form level=mention, such as "
                                                 "critical=@here")));
            continue;
        }
        d.mentions[static_cast<size_t>(*level)] = entry.mid(equals + 1).trimmed();
    }
}

QString iconEmojiProblem(const QString &emoji, const QString &what)
{
    static const QRegularExpression pattern(
            QStringLiteral("^:?[a-z0-9_+'\\-]+(::[a-z0-9_\\-]+)?:?$"));
    if (!emoji.isEmpty() && !pattern.match(emoji).hasMatch())
        return tr("%1 \"%2\" is not an emoji name such as :robot_face:.").arg(what, emoji);
    return QString();
}

void validateDestination(const Destination &destination, const QString &owner,
                         QStringList &problems)
{
    auto add = [&problems](const QString &problem) {
        if (!problem.isEmpty())
            problems.append(problem);
    };
    if (destination.channel.contains(QRegularExpression(QStringLiteral("\\s"))))
        add(tr("The channel %1 \"%2\" contains white space.").arg(owner, destination.channel));
    add(iconEmojiProblem(destination.iconEmoji, tr("The icon emoji %1").arg(owner)));
    if (!destination.iconUrl.isEmpty()) {
        if (const auto problem =
                    Internal::iconUrlProblem(destination.iconUrl, tr("The icon URL %1").arg(owner)))
            add(*problem);
        if (!destination.iconEmoji.isEmpty())
            add(tr("Both an icon emoji and an icon URL are set %1; set only one.").arg(owner));
    }
}

} // namespace

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
int Settings::queueCapacity() const
{
    return d->queueCapacity;
}
void Settings::setQueueCapacity(int messages)
{
    d->queueCapacity = messages;
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
    if (const auto problem =
                Internal::webhookUrlProblem(d->destination.webhookUrl, tr("The webhook URL"))) {
        problems.append(d->destination.webhookUrl.isEmpty()
                                ? tr("The webhook URL is not set: set SLACKLOG_WEBHOOK_URL, or "
                                     "save one with slacklog-config.")
                                : *problem);
    }
    validateDestination(d->destination, tr("in the settings"), problems);

    Internal::CategoryRules::parse(d->categoryRules, &problems);
    Internal::MessagePattern::parse(d->messagePattern, &problems);

    if (d->shutdownTimeout < 0ms)
        problems.append(tr("The shutdown timeout must not be negative."));
    if (d->requestTimeout <= 0ms)
        problems.append(tr("The request timeout must be longer than 0 ms."));
    if (d->queueCapacity < 1)
        problems.append(tr("The queue capacity must be at least 1 message."));

    for (size_t i = 0; i < d->mentions.size(); ++i) {
        if (!Internal::slackMentions(d->mentions[i]))
            problems.append(tr("The mention for %1 messages, \"%2\", is not a Slack mention: "
                               "use @here, @channel, @everyone, <@U…> or <!subteam^S…>.")
                                    .arg(levelName(static_cast<Level>(i)), d->mentions[i]));
    }

    for (const Route &route : d->routes) {
        const QString owner = tr("of the route for \"%1\"").arg(route.categoryPattern);
        if (!Internal::CategoryPattern::parse(route.categoryPattern))
            problems.append(tr("The route category \"%1\" is not a category pattern such as "
                               "db.* or *.sql.")
                                    .arg(route.categoryPattern));
        if (route.destination.isEmpty())
            problems.append(tr("The route for \"%1\" sets no webhook URL, channel, username or "
                               "icon.")
                                    .arg(route.categoryPattern));
        if (!route.destination.webhookUrl.isEmpty()) {
            if (const auto problem = Internal::webhookUrlProblem(
                        route.destination.webhookUrl, tr("The webhook URL %1").arg(owner)))
                problems.append(*problem);
        }
        validateDestination(route.destination, owner, problems);
    }
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

Settings Settings::fromEnvironment()
{
    return fromEnvironment(Settings());
}

Settings Settings::fromEnvironment(const Settings &base)
{
    Settings settings = base;
    SettingsData &d = *settings.d;
    auto read = [](const char *name, auto &&apply) {
        if (qEnvironmentVariableIsSet(name))
            apply(QString::fromLatin1(name), qEnvironmentVariable(name));
    };
    auto readDuration = [&](const char *name, std::chrono::milliseconds &target, qint64 minimum) {
        read(name, [&](const QString &source, const QString &value) {
            if (const auto ms = parseInteger(value, minimum))
                target = std::chrono::milliseconds(*ms);
            else
                d.inputErrors.append(
                        invalidValue(source, value, tr("a whole number of milliseconds")));
        });
    };

    read("SLACKLOG_WEBHOOK_URL", [&](const QString &, const QString &value) {
        d.destination.webhookUrl = QUrl(value.trimmed(), QUrl::StrictMode);
    });
    read("SLACKLOG_CHANNEL",
         [&](const QString &, const QString &value) { d.destination.channel = value.trimmed(); });
    read("SLACKLOG_USERNAME",
         [&](const QString &, const QString &value) { d.destination.username = value; });
    read("SLACKLOG_ICON_EMOJI",
         [&](const QString &, const QString &value) { d.destination.iconEmoji = value.trimmed(); });
    read("SLACKLOG_ICON_URL", [&](const QString &, const QString &value) {
        d.destination.iconUrl = QUrl(value.trimmed(), QUrl::StrictMode);
    });
    read("SLACKLOG_MIN_LEVEL", [&](const QString &source, const QString &value) {
        if (const auto level = levelFromName(value))
            d.minimumLevel = *level;
        else
            d.inputErrors.append(invalidValue(source, value, levelExpectation()));
    });
    read("SLACKLOG_CATEGORIES",
         [&](const QString &, const QString &value) { d.categoryRules = value; });
    read("SLACKLOG_PATTERN",
         [&](const QString &, const QString &value) { d.messagePattern = value; });
    readDuration("SLACKLOG_SHUTDOWN_TIMEOUT_MS", d.shutdownTimeout, 0);
    readDuration("SLACKLOG_REQUEST_TIMEOUT_MS", d.requestTimeout, 1);
    read("SLACKLOG_QUEUE_CAPACITY", [&](const QString &source, const QString &value) {
        if (const auto capacity = parseInteger(value, 1); capacity && *capacity <= INT_MAX)
            d.queueCapacity = int(*capacity);
        else
            d.inputErrors.append(invalidValue(source, value, tr("a whole number of at least 1")));
    });
    read("SLACKLOG_MENTIONS",
         [&](const QString &source, const QString &value) { parseMentions(d, value, source); });
    read("SLACKLOG_ALLOW_MENTIONS", [&](const QString &source, const QString &value) {
        if (const auto allowed = parseBool(value))
            d.mentionsInMessagesAllowed = *allowed;
        else
            d.inputErrors.append(invalidValue(source, value, tr("true or false")));
    });
    read("SLACKLOG_ROUTES", [&](const QString &source, const QString &value) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8(), &error);
        if (!document.isArray()) {
            // The value is not quoted: it may hold webhook URLs.
            d.inputErrors.append(
                    tr("%1 is not a JSON array of routes such as [{\"category\": \"db.*\", "
                       "\"channel\": \"#db\"}] (%2 at character %3).")
                            .arg(source,
                                 document.isNull() ? error.errorString() : tr("not an array"))
                            .arg(error.offset));
            return;
        }
        d.routes.clear();
        const QJsonArray routes = document.array();
        for (const QJsonValue &entry : routes) {
            const QJsonObject object = entry.toObject();
            d.routes.append({object.value(Key::category).toString(), destinationFromJson(object)});
        }
    });
    return settings;
}

Settings Settings::load(QSettings &qsettings)
{
    Settings settings;
    SettingsData &d = *settings.d;
    qsettings.beginGroup(groupName);
    const QString where = qsettings.fileName();
    auto source = [&](const QString &key) -> QString {
        return groupName + u'/' + key + u" (" + where + u')';
    };
    auto string = [&](const QString &key, const QString &fallback) {
        return qsettings.value(key, fallback).toString();
    };
    auto readDuration = [&](const QString &key, std::chrono::milliseconds &target, qint64 minimum) {
        if (!qsettings.contains(key))
            return;
        const QString value = string(key, QString());
        if (const auto ms = parseInteger(value, minimum))
            target = std::chrono::milliseconds(*ms);
        else
            d.inputErrors.append(
                    invalidValue(source(key), value, tr("a whole number of milliseconds")));
    };

    d.destination.webhookUrl = QUrl(string(Key::webhookUrl, QString()), QUrl::StrictMode);
    d.destination.channel = string(Key::channel, QString());
    d.destination.username = string(Key::username, QString());
    d.destination.iconEmoji = string(Key::iconEmoji, QString());
    d.destination.iconUrl = QUrl(string(Key::iconUrl, QString()), QUrl::StrictMode);
    if (qsettings.contains(Key::minimumLevel)) {
        const QString value = string(Key::minimumLevel, QString());
        if (const auto level = levelFromName(value))
            d.minimumLevel = *level;
        else
            d.inputErrors.append(
                    invalidValue(source(Key::minimumLevel), value, levelExpectation()));
    }
    d.categoryRules = string(Key::categoryRules, d.categoryRules);
    d.messagePattern = string(Key::messagePattern, d.messagePattern);
    readDuration(Key::shutdownTimeout, d.shutdownTimeout, 0);
    readDuration(Key::requestTimeout, d.requestTimeout, 1);
    if (qsettings.contains(Key::queueCapacity)) {
        const QString value = string(Key::queueCapacity, QString());
        if (const auto capacity = parseInteger(value, 1); capacity && *capacity <= INT_MAX)
            d.queueCapacity = int(*capacity);
        else
            d.inputErrors.append(invalidValue(source(Key::queueCapacity), value,
                                              tr("a whole number of at least 1")));
    }
    if (qsettings.contains(Key::allowMentions)) {
        const QString value = string(Key::allowMentions, QString());
        if (const auto allowed = parseBool(value))
            d.mentionsInMessagesAllowed = *allowed;
        else
            d.inputErrors.append(
                    invalidValue(source(Key::allowMentions), value, tr("true or false")));
    }
    qsettings.beginGroup(Key::mentions);
    for (size_t i = 0; i < d.mentions.size(); ++i)
        d.mentions[i] = string(levelName(static_cast<Level>(i)), QString());
    qsettings.endGroup();

    const int routeCount = qsettings.beginReadArray(Key::routes);
    for (int i = 0; i < routeCount; ++i) {
        qsettings.setArrayIndex(i);
        Route route;
        route.categoryPattern = string(Key::category, QString());
        route.destination.webhookUrl = QUrl(string(Key::webhookUrl, QString()), QUrl::StrictMode);
        route.destination.channel = string(Key::channel, QString());
        route.destination.username = string(Key::username, QString());
        route.destination.iconEmoji = string(Key::iconEmoji, QString());
        route.destination.iconUrl = QUrl(string(Key::iconUrl, QString()), QUrl::StrictMode);
        d.routes.append(route);
    }
    qsettings.endArray();
    qsettings.endGroup();
    return settings;
}

void Settings::save(QSettings &qsettings) const
{
    qsettings.beginGroup(groupName);
    qsettings.remove(QString()); // a route or mention removed in the tool must not linger
    auto writeDestination = [&qsettings](const Destination &destination) {
        qsettings.setValue(Key::webhookUrl, destination.webhookUrl.toString(QUrl::FullyEncoded));
        qsettings.setValue(Key::channel, destination.channel);
        qsettings.setValue(Key::username, destination.username);
        qsettings.setValue(Key::iconEmoji, destination.iconEmoji);
        qsettings.setValue(Key::iconUrl, destination.iconUrl.toString(QUrl::FullyEncoded));
    };
    writeDestination(d->destination);
    qsettings.setValue(Key::minimumLevel, levelName(d->minimumLevel));
    qsettings.setValue(Key::categoryRules, d->categoryRules);
    qsettings.setValue(Key::messagePattern, d->messagePattern);
    qsettings.setValue(Key::shutdownTimeout, qint64(d->shutdownTimeout.count()));
    qsettings.setValue(Key::requestTimeout, qint64(d->requestTimeout.count()));
    qsettings.setValue(Key::queueCapacity, d->queueCapacity);
    qsettings.setValue(Key::allowMentions, d->mentionsInMessagesAllowed);
    qsettings.beginGroup(Key::mentions);
    for (size_t i = 0; i < d->mentions.size(); ++i)
        qsettings.setValue(levelName(static_cast<Level>(i)), d->mentions[i]);
    qsettings.endGroup();
    qsettings.beginWriteArray(Key::routes, int(d->routes.size()));
    for (int i = 0; i < d->routes.size(); ++i) {
        qsettings.setArrayIndex(i);
        qsettings.setValue(Key::category, d->routes.at(i).categoryPattern);
        writeDestination(d->routes.at(i).destination);
    }
    qsettings.endArray();
    qsettings.endGroup();
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
            && x.queueCapacity == y.queueCapacity && x.mentions == y.mentions
            && x.mentionsInMessagesAllowed == y.mentionsInMessagesAllowed && x.routes == y.routes
            && x.inputErrors == y.inputErrors;
}

} // namespace SlackLog
