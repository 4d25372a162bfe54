// Settings from the environment and from QSettings. One table names every setting's
// environment variable and QSettings key, so the two sources can never drift apart, and a new
// setting gets both by adding one row.

#include "settings.h"

#include "settings_p.h"

#include "translation_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qsettings.h>

#include <climits>
#include <functional>
#include <optional>

namespace SlackLog {

namespace {

const QString groupName = QStringLiteral("SlackLog");

std::optional<qint64> parseInteger(const QString &text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
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

// A setting that is one value: the same text in the environment and in QSettings.
struct Field
{
    const char *variable;
    const char *key;
    // Sets the value from \a text; false when the text is not a valid value.
    bool (*read)(SettingsData &d, const QString &text);
    QString (*write)(const SettingsData &d);
    // What a valid value is, completing "… which is not …".
    QString (*expected)();
};

bool readDuration(std::chrono::milliseconds &target, const QString &text, qint64 minimum,
                  std::chrono::milliseconds maximum)
{
    const auto ms = parseInteger(text, minimum, maximum.count());
    if (ms)
        target = std::chrono::milliseconds(*ms);
    return ms.has_value();
}

QString millisecondsUpTo(std::chrono::milliseconds maximum)
{
    return Internal::SettingsText::tr("a whole number of milliseconds up to %1")
            .arg(qint64(maximum.count()));
}

bool readInt(int &target, const QString &text, int minimum)
{
    const auto value = parseInteger(text, minimum, INT_MAX);
    if (value)
        target = int(*value);
    return value.has_value();
}

QString atLeastOneExpected()
{
    return Internal::SettingsText::tr("a whole number of at least 1");
}

QString kindExpected()
{
    return Internal::SettingsText::tr("one of slack, mattermost, rocketchat or discord");
}

const Field settingFields[] = {
        {"SLACKLOG_WEBHOOK_URL", "webhookUrl",
         [](SettingsData &d, const QString &text) {
             // Validity is validate()'s to judge, where it can say what is wrong.
             d.destination.webhookUrl = QUrl(text.trimmed(), QUrl::StrictMode);
             return true;
         },
         [](const SettingsData &d) {
             return d.destination.webhookUrl.toString(QUrl::FullyEncoded);
         },
         nullptr},
        {"SLACKLOG_CHANNEL", "channel",
         [](SettingsData &d, const QString &text) {
             d.destination.channel = text.trimmed();
             return true;
         },
         [](const SettingsData &d) { return d.destination.channel; }, nullptr},
        {"SLACKLOG_USERNAME", "username",
         [](SettingsData &d, const QString &text) {
             d.destination.username = text;
             return true;
         },
         [](const SettingsData &d) { return d.destination.username; }, nullptr},
        {"SLACKLOG_ICON_EMOJI", "iconEmoji",
         [](SettingsData &d, const QString &text) {
             d.destination.iconEmoji = text.trimmed();
             return true;
         },
         [](const SettingsData &d) { return d.destination.iconEmoji; }, nullptr},
        {"SLACKLOG_ICON_URL", "iconUrl",
         [](SettingsData &d, const QString &text) {
             d.destination.iconUrl = QUrl(text.trimmed(), QUrl::StrictMode);
             return true;
         },
         [](const SettingsData &d) { return d.destination.iconUrl.toString(QUrl::FullyEncoded); },
         nullptr},
        {"SLACKLOG_MIN_LEVEL", "minimumLevel",
         [](SettingsData &d, const QString &text) {
             const std::optional<Level> level = levelFromName(text);
             if (level)
                 d.minimumLevel = *level;
             return level.has_value();
         },
         [](const SettingsData &d) { return levelName(d.minimumLevel); },
         [] {
             return Internal::SettingsText::tr("one of debug, info, warning, critical or fatal");
         }},
        {"SLACKLOG_CATEGORIES", "categoryRules",
         [](SettingsData &d, const QString &text) {
             d.categoryRules = text;
             return true;
         },
         [](const SettingsData &d) { return d.categoryRules; }, nullptr},
        {"SLACKLOG_PATTERN", "messagePattern",
         [](SettingsData &d, const QString &text) {
             d.messagePattern = text;
             return true;
         },
         [](const SettingsData &d) { return d.messagePattern; }, nullptr},
        {"SLACKLOG_SHUTDOWN_TIMEOUT_MS", "shutdownTimeoutMs",
         [](SettingsData &d, const QString &text) {
             return readDuration(d.shutdownTimeout, text, 0, Internal::maxShutdownTimeout);
         },
         [](const SettingsData &d) { return QString::number(d.shutdownTimeout.count()); },
         [] { return millisecondsUpTo(Internal::maxShutdownTimeout); }},
        {"SLACKLOG_REQUEST_TIMEOUT_MS", "requestTimeoutMs",
         [](SettingsData &d, const QString &text) {
             return readDuration(d.requestTimeout, text, 1, Internal::maxRequestTimeout);
         },
         [](const SettingsData &d) { return QString::number(d.requestTimeout.count()); },
         [] { return millisecondsUpTo(Internal::maxRequestTimeout); }},
        {"SLACKLOG_QUEUE_MAX_MESSAGES", "queueMaxMessages",
         [](SettingsData &d, const QString &text) { return readInt(d.queueCapacity, text, 1); },
         [](const SettingsData &d) { return QString::number(d.queueCapacity); },
         atLeastOneExpected},
        {"SLACKLOG_QUEUE_MAX_BYTES", "queueMaxBytes",
         [](SettingsData &d, const QString &text) {
             const auto bytes = parseInteger(text, 65536, LLONG_MAX);
             if (bytes)
                 d.queueCapacityBytes = *bytes;
             return bytes.has_value();
         },
         [](const SettingsData &d) { return QString::number(d.queueCapacityBytes); },
         [] { return Internal::SettingsText::tr("a whole number of bytes, at least 65536"); }},
        {"SLACKLOG_OVERFLOW", "overflow",
         [](SettingsData &d, const QString &text) {
             const QString value = text.trimmed().toLower();
             if (value == u"drop-oldest")
                 d.overflowPolicy = Settings::OverflowPolicy::DropOldest;
             else if (value == u"drop-newest")
                 d.overflowPolicy = Settings::OverflowPolicy::DropNewest;
             else
                 return false;
             return true;
         },
         [](const SettingsData &d) {
             return d.overflowPolicy == Settings::OverflowPolicy::DropOldest
                     ? QStringLiteral("drop-oldest")
                     : QStringLiteral("drop-newest");
         },
         [] { return Internal::SettingsText::tr("drop-oldest or drop-newest"); }},
        {"SLACKLOG_RATE", "rate",
         [](SettingsData &d, const QString &text) {
             bool ok = false;
             const double rate = text.trimmed().toDouble(&ok);
             if (!ok || !(rate > 0.0 && rate <= 100.0))
                 return false;
             d.postsPerSecond = rate;
             return true;
         },
         [](const SettingsData &d) { return QString::number(d.postsPerSecond); },
         [] {
             return Internal::SettingsText::tr(
                     "a number of posts per second over 0 and at most 100, such as 1 or 0.5");
         }},
        {"SLACKLOG_BURST", "burst",
         [](SettingsData &d, const QString &text) { return readInt(d.burst, text, 1); },
         [](const SettingsData &d) { return QString::number(d.burst); }, atLeastOneExpected},
        {"SLACKLOG_TEXT_BUDGET", "textBudget",
         [](SettingsData &d, const QString &text) {
             const auto budget = parseInteger(text, 100, 40000);
             if (budget)
                 d.textBudget = int(*budget);
             return budget.has_value();
         },
         [](const SettingsData &d) { return QString::number(d.textBudget); },
         [] {
             return Internal::SettingsText::tr(
                     "a number of characters from 100 to 40000 (Slack truncates longer posts)");
         }},
        {"SLACKLOG_MESSAGE_MAX", "messageMax",
         [](SettingsData &d, const QString &text) { return readInt(d.messageMax, text, 1); },
         [](const SettingsData &d) { return QString::number(d.messageMax); }, atLeastOneExpected},
        {"SLACKLOG_RETRY_MAX_MS", "retryMaxMs",
         [](SettingsData &d, const QString &text) {
             return readDuration(d.maxRetryTime, text, 0, Internal::maxRetryTime);
         },
         [](const SettingsData &d) { return QString::number(d.maxRetryTime.count()); },
         [] { return millisecondsUpTo(Internal::maxRetryTime); }},
        {"SLACKLOG_REPEAT_WINDOW_MS", "repeatWindowMs",
         [](SettingsData &d, const QString &text) {
             return readDuration(d.repeatWindow, text, 0, Internal::maxRepeatWindow);
         },
         [](const SettingsData &d) { return QString::number(d.repeatWindow.count()); },
         [] { return millisecondsUpTo(Internal::maxRepeatWindow); }},
        {"SLACKLOG_PROXY", "proxy",
         [](SettingsData &d, const QString &text) {
             const QUrl proxy(text.trimmed(), QUrl::StrictMode);
             const bool ok = text.trimmed().isEmpty()
                     || (proxy.isValid() && !proxy.host().isEmpty()
                         && (proxy.scheme() == u"http" || proxy.scheme() == u"socks5"));
             if (ok)
                 d.proxy = proxy;
             return ok;
         },
         [](const SettingsData &d) { return d.proxy.toString(QUrl::FullyEncoded); },
         [] {
             return Internal::SettingsText::tr(
                     "a proxy URL such as http://proxy:3128 or socks5://proxy:1080");
         }},
        {"SLACKLOG_SPOOL_DIR", "spoolDirectory",
         [](SettingsData &d, const QString &text) {
             d.spoolDirectory = text.trimmed();
             return true;
         },
         [](const SettingsData &d) { return d.spoolDirectory.value_or(QString()); },
         [] { return QString(); }},
        {"SLACKLOG_SPOOL_MAX_BYTES", "spoolMaxBytes",
         [](SettingsData &d, const QString &text) {
             const auto bytes = parseInteger(text, 65536, LLONG_MAX);
             if (bytes)
                 d.spoolMaxBytes = *bytes;
             return bytes.has_value();
         },
         [](const SettingsData &d) { return QString::number(d.spoolMaxBytes); },
         [] { return Internal::SettingsText::tr("a whole number of bytes, at least 65536"); }},
        {"SLACKLOG_KIND", "kind",
         [](SettingsData &d, const QString &text) {
             const std::optional<ServerKind> kind = serverKindFromName(text);
             if (kind)
                 d.destination.kind = *kind;
             return kind.has_value();
         },
         [](const SettingsData &d) { return serverKindName(d.destination.serverKind()); },
         kindExpected},
        {"SLACKLOG_FORMAT", "format",
         [](SettingsData &d, const QString &text) {
             const std::optional<MessageFormat> format = messageFormatFromName(text);
             if (format)
                 d.format = *format;
             return format.has_value();
         },
         [](const SettingsData &d) { return messageFormatName(d.format); },
         [] { return Internal::SettingsText::tr("one of text, attachments or blocks"); }},
        {"SLACKLOG_FIELDS", "fields",
         [](SettingsData &d, const QString &text) {
             const std::optional<MessageFields> fields = messageFieldsFromNames(text);
             if (fields)
                 d.fields = *fields;
             return fields.has_value();
         },
         [](const SettingsData &d) { return messageFieldNames(d.fields).join(u','); },
         [] {
             return Internal::SettingsText::tr("a comma list of app, host, pid, thread, "
                                               "category, file and function");
         }},
        {"SLACKLOG_ALLOW_MENTIONS", "allowMentionsInMessages",
         [](SettingsData &d, const QString &text) {
             const std::optional<bool> allowed = parseBool(text);
             if (allowed)
                 d.mentionsInMessagesAllowed = *allowed;
             return allowed.has_value();
         },
         [](const SettingsData &d) {
             return d.mentionsInMessagesAllowed ? QStringLiteral("true") : QStringLiteral("false");
         },
         [] { return Internal::SettingsText::tr("true or false"); }},
};

void readField(SettingsData &d, const Field &field, const QString &text, const QString &source)
{
    if (field.read(d, text))
        return;
    // A proxy URL may carry a password: the error shows it without one.
    const QString shown = qstrcmp(field.variable, "SLACKLOG_PROXY") == 0
            ? QUrl(text.trimmed()).toDisplayString(QUrl::RemoveUserInfo)
            : text;
    d.inputErrors.append(Internal::SettingsText::tr("%1 is \"%2\", which is not %3.")
                                 .arg(source, shown, field.expected()));
}

// A value as text. QSettings reads an unquoted value with commas, as a person may write
// "fields=app,host" in an INI file, as a list.
QString textOf(const QVariant &value)
{
    return value.typeId() == QMetaType::QStringList ? value.toStringList().join(u',')
                                                    : value.toString();
}

// Routes: JSON in SLACKLOG_ROUTES, an array in QSettings; both use these keys.
namespace RouteKey {
const QString category = QStringLiteral("category");
const QString webhookUrl = QStringLiteral("webhookUrl");
const QString channel = QStringLiteral("channel");
const QString username = QStringLiteral("username");
const QString iconEmoji = QStringLiteral("iconEmoji");
const QString iconUrl = QStringLiteral("iconUrl");
const QString kind = QStringLiteral("kind");
} // namespace RouteKey

Route routeFrom(SettingsData &d, const std::function<QString(const QString &)> &value,
                const QString &source)
{
    Route route;
    route.categoryPattern = value(RouteKey::category);
    route.destination.webhookUrl = QUrl(value(RouteKey::webhookUrl), QUrl::StrictMode);
    route.destination.channel = value(RouteKey::channel);
    route.destination.username = value(RouteKey::username);
    route.destination.iconEmoji = value(RouteKey::iconEmoji);
    route.destination.iconUrl = QUrl(value(RouteKey::iconUrl), QUrl::StrictMode);
    const QString kind = value(RouteKey::kind);
    route.destination.kind = serverKindFromName(kind);
    if (!kind.trimmed().isEmpty() && !route.destination.kind)
        d.inputErrors.append(
                Internal::SettingsText::tr("%1 is \"%2\", which is not %3.")
                        .arg(source + u" (" + route.categoryPattern + u"): " + RouteKey::kind, kind,
                             Internal::SettingsText::tr(
                                     "one of slack, mattermost, rocketchat or discord")));
    return route;
}

void readRoutesJson(SettingsData &d, const QString &text, const QString &source)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!document.isArray()) {
        // The value is not quoted: it may hold webhook URLs.
        d.inputErrors.append(
                Internal::SettingsText::tr(
                        "%1 is not a JSON array of routes such as [{\"category\": \"db.*\", "
                        "\"channel\": \"#db\"}] (%2 at character %3).")
                        .arg(source,
                             document.isNull() ? error.errorString()
                                               : Internal::SettingsText::tr("not an array"))
                        .arg(error.offset));
        return;
    }
    d.routes.clear();
    const QJsonArray routes = document.array();
    for (const QJsonValue &entry : routes) {
        const QJsonObject object = entry.toObject();
        d.routes.append(routeFrom(
                d, [&object](const QString &key) { return object.value(key).toString(); }, source));
    }
}

// "critical=@here, fatal=@channel": one value per level; the levels not named get none.
void readLevelList(std::array<QString, 5> &target, QStringList &errors, const QString &text,
                   const QString &source, const QString &expected)
{
    target = {};
    QString normalized = text;
    normalized.replace(u';', u',');
    const QStringList entries = normalized.split(u',', Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const qsizetype equals = entry.indexOf(u'=');
        const std::optional<Level> level =
                equals < 0 ? std::nullopt : levelFromName(QStringView(entry).left(equals));
        if (!level) {
            errors.append(Internal::SettingsText::tr("%1 is \"%2\", which is not %3.")
                                  .arg(source, entry.trimmed(), expected));
            continue;
        }
        target[static_cast<size_t>(*level)] = entry.mid(equals + 1).trimmed();
    }
}

} // namespace

Settings Settings::fromEnvironment()
{
    return fromEnvironment(Settings());
}

Settings Settings::fromEnvironment(const Settings &base)
{
    Settings settings = base;
    SettingsData &d = *settings.d;
    const auto source = [](const char *variable) { return QString::fromLatin1(variable); };
    for (const Field &field : settingFields) {
        if (qEnvironmentVariableIsSet(field.variable))
            readField(d, field, qEnvironmentVariable(field.variable), source(field.variable));
    }
    if (qEnvironmentVariableIsSet("SLACKLOG_MENTIONS"))
        readLevelList(d.mentions, d.inputErrors, qEnvironmentVariable("SLACKLOG_MENTIONS"),
                      source("SLACKLOG_MENTIONS"),
                      Internal::SettingsText::tr("of the form level=mention, such as "
                                                 "critical=@here"));
    if (qEnvironmentVariableIsSet("SLACKLOG_EMOJI"))
        readLevelList(d.emoji, d.inputErrors, qEnvironmentVariable("SLACKLOG_EMOJI"),
                      source("SLACKLOG_EMOJI"),
                      Internal::SettingsText::tr("of the form level=emoji, such as "
                                                 "warning=:warning:"));
    if (qEnvironmentVariableIsSet("SLACKLOG_ROUTES"))
        readRoutesJson(d, qEnvironmentVariable("SLACKLOG_ROUTES"), source("SLACKLOG_ROUTES"));
    return settings;
}

Settings Settings::load(QSettings &qsettings)
{
    Settings settings;
    SettingsData &d = *settings.d;
    qsettings.beginGroup(groupName);
    const QString file = qsettings.fileName();
    for (const Field &field : settingFields) {
        const QString key = QString::fromLatin1(field.key);
        if (qsettings.contains(key))
            readField(d, field, textOf(qsettings.value(key)),
                      groupName + u'/' + key + u" (" + file + u')');
    }
    qsettings.beginGroup(QStringLiteral("mentions"));
    for (size_t i = 0; i < d.mentions.size(); ++i)
        d.mentions[i] = qsettings.value(levelName(static_cast<Level>(i))).toString();
    qsettings.endGroup();
    qsettings.beginGroup(QStringLiteral("emoji"));
    for (size_t i = 0; i < d.emoji.size(); ++i) {
        const QString level = levelName(static_cast<Level>(i));
        if (qsettings.contains(level))
            d.emoji[i] = qsettings.value(level).toString();
    }
    qsettings.endGroup();
    const int routeCount = qsettings.beginReadArray(QStringLiteral("routes"));
    for (int i = 0; i < routeCount; ++i) {
        qsettings.setArrayIndex(i);
        d.routes.append(routeFrom(
                d, [&qsettings](const QString &key) { return qsettings.value(key).toString(); },
                groupName + QStringLiteral("/routes (") + file + u')'));
    }
    qsettings.endArray();
    qsettings.endGroup();
    return settings;
}

void Settings::save(QSettings &qsettings) const
{
    qsettings.beginGroup(groupName);
    qsettings.remove(QString()); // a route or mention removed in the tool must not linger
    for (const Field &field : settingFields) {
        // An unset spool directory means the default location, which is not an empty path.
        if (!d->spoolDirectory && qstrcmp(field.key, "spoolDirectory") == 0)
            continue;
        // Likewise an unset kind, so that the settings read back equal those written.
        if (!d->destination.kind && qstrcmp(field.key, "kind") == 0)
            continue;
        qsettings.setValue(QString::fromLatin1(field.key), field.write(*d));
    }
    qsettings.beginGroup(QStringLiteral("mentions"));
    for (size_t i = 0; i < d->mentions.size(); ++i)
        qsettings.setValue(levelName(static_cast<Level>(i)), d->mentions[i]);
    qsettings.endGroup();
    qsettings.beginGroup(QStringLiteral("emoji"));
    for (size_t i = 0; i < d->emoji.size(); ++i)
        qsettings.setValue(levelName(static_cast<Level>(i)), d->emoji[i]);
    qsettings.endGroup();
    qsettings.beginWriteArray(QStringLiteral("routes"), int(d->routes.size()));
    for (int i = 0; i < d->routes.size(); ++i) {
        qsettings.setArrayIndex(i);
        const Route &route = d->routes.at(i);
        qsettings.setValue(RouteKey::category, route.categoryPattern);
        qsettings.setValue(RouteKey::webhookUrl,
                           route.destination.webhookUrl.toString(QUrl::FullyEncoded));
        qsettings.setValue(RouteKey::channel, route.destination.channel);
        qsettings.setValue(RouteKey::username, route.destination.username);
        qsettings.setValue(RouteKey::iconEmoji, route.destination.iconEmoji);
        qsettings.setValue(RouteKey::iconUrl,
                           route.destination.iconUrl.toString(QUrl::FullyEncoded));
        if (route.destination.kind)
            qsettings.setValue(RouteKey::kind, serverKindName(*route.destination.kind));
    }
    qsettings.endArray();
    qsettings.endGroup();
}

} // namespace SlackLog
