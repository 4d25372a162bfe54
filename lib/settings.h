#ifndef SLACKLOG_SETTINGS_H
#define SLACKLOG_SETTINGS_H

#include "destination.h"
#include "level.h"
#include "messageformat.h"
#include "route.h"
#include "slacklog_export.h"

#include <QtCore/qshareddata.h>
#include <QtCore/qstringlist.h>

#include <chrono>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace SlackLog {

class SettingsData;

/*!
    \brief Everything SlackLog needs to know: where to post, what to post, and how.

    A copyable, implicitly shared value. Make one from the environment, from QSettings, or field
    by field; validate() says in words what is wrong with it. Defaults:

    \list
    \li minimum level: debug (Qt's own category filters still apply first)
    \li message pattern: \c{%{time yyyy-MM-dd hh:mm:ss} - %{type} - %{message}}
    \li shutdown timeout: 5 s; request timeout: 30 s; queue capacity: 10,000 messages
        and 16 MiB, dropping the oldest
    \li 1 post per second per webhook with bursts of 3, at most 4,000 characters a post
    \li retries for 10 minutes; repeats folded within 60 s
    \li no mentions, and mention tokens in log text are escaped
    \li attachments with the application, host, process and file:line as fields, on Slack;
        :warning: and :rotating_light: in front of warnings, criticals and fatals in text
    \endlist
*/
class SLACKLOG_EXPORT Settings
{
public:
    Settings();
    Settings(const Settings &other);
    Settings(Settings &&other) noexcept;
    Settings &operator=(const Settings &other);
    Settings &operator=(Settings &&other) noexcept;
    ~Settings();

    /*! \brief The default webhook. Required: https, or http for a loopback host. */
    QUrl webhookUrl() const;
    void setWebhookUrl(const QUrl &url);

    QString channel() const;
    void setChannel(const QString &channel);

    QString username() const;
    void setUsername(const QString &username);

    /*! \brief An emoji such as ":robot_face:"; the colons may be left out. */
    QString iconEmoji() const;
    void setIconEmoji(const QString &emoji);

    QUrl iconUrl() const;
    void setIconUrl(const QUrl &url);

    /*!
        \brief The server behind the default webhook: Slack unless set. Posts to it carry at
        most its text limit, whatever textBudget() says, and the fields it does not honour are
        left out of them.
    */
    ServerKind serverKind() const;
    void setServerKind(ServerKind kind);

    /*! \brief The default destination: webhook URL, channel, username and icon together. */
    Destination destination() const;
    void setDestination(const Destination &destination);

    /*! \brief Messages below this level are not posted. */
    Level minimumLevel() const;
    void setMinimumLevel(Level level);

    /*!
        \brief Which categories are posted, in QLoggingCategory's rule syntax.

        One rule per line or separated by ';', such as \c{qt.*=false} or \c{app.db.debug=false}.
        Later rules win. These filter on top of Qt's own category settings.
    */
    QString categoryRules() const;
    void setCategoryRules(const QString &rules);

    /*!
        \brief The text of each message in Text format, with qSetMessagePattern()'s
        placeholders. Attachments and Blocks show the message itself.
    */
    QString messagePattern() const;
    void setMessagePattern(const QString &pattern);
    static QString defaultMessagePattern();

    /*! \brief The longest that exit, uninstall() and qFatal wait for delivery. */
    std::chrono::milliseconds shutdownTimeout() const;
    void setShutdownTimeout(std::chrono::milliseconds timeout);

    /*! \brief The longest one request to a webhook may stall before it is abandoned. */
    std::chrono::milliseconds requestTimeout() const;
    void setRequestTimeout(std::chrono::milliseconds timeout);

    /*! \brief Messages waiting for delivery beyond this many are dropped, and counted. */
    int queueCapacity() const;
    void setQueueCapacity(int messages);

    /*!
        \brief What waiting messages may hold in memory, in bytes, text and bookkeeping
        together. Beyond it, messages are dropped as for queueCapacity(). 16 MiB by default.
    */
    qint64 queueCapacityBytes() const;
    void setQueueCapacityBytes(qint64 bytes);

    enum class OverflowPolicy {
        DropOldest, //!< a full queue makes room by dropping its oldest message (the default)
        DropNewest, //!< a full queue drops the message being logged
    };
    /*! \brief Which message a full queue drops. The logging thread never waits either way. */
    OverflowPolicy overflowPolicy() const;
    void setOverflowPolicy(OverflowPolicy policy);

    /*!
        \brief Posts per second to one webhook, on average. Slack allows about 1; messages
        that wait meanwhile go into the next post together.
    */
    double postsPerSecond() const;
    void setPostsPerSecond(double rate);

    /*! \brief Posts a webhook may take at once, beyond postsPerSecond(). 3 by default. */
    int burst() const;
    void setBurst(int posts);

    /*!
        \brief The most characters of text one post carries: 4,000 by default, at most
        40,000 (Slack truncates beyond). Longer messages are split into marked parts.
    */
    int textBudget() const;
    void setTextBudget(int characters);

    /*! \brief A message longer than this many characters is cut, with a marker. */
    int messageMax() const;
    void setMessageMax(int characters);

    /*!
        \brief How long a post is retried after 5xx answers, timeouts and network failures
        before its messages count as expired. 10 minutes by default.
    */
    std::chrono::milliseconds maxRetryTime() const;
    void setMaxRetryTime(std::chrono::milliseconds time);

    /*!
        \brief Repeats of one message from one place within this time are folded into one
        line, "… (repeated 9 times)". 60 s by default; 0 switches folding off.
    */
    std::chrono::milliseconds repeatWindow() const;
    void setRepeatWindow(std::chrono::milliseconds window);

    /*!
        \brief The proxy for posts, such as http://proxy:3128 or socks5://proxy:1080.
        Empty means the system's proxy settings (on Linux, the https_proxy variable).
    */
    QUrl proxy() const;
    void setProxy(const QUrl &proxy);

    /*!
        \brief Where messages are kept on disk until they are delivered, so that what an exit,
        a crash or an outage leaves undelivered is delivered by the next run.

        By default a "slacklog-spool" directory under QStandardPaths::AppLocalDataLocation;
        an empty path switches the spool off. One process at a time uses a directory.
    */
    QString spoolDirectory() const;
    void setSpoolDirectory(const QString &path);

    /*! \brief The most the spool holds on disk; 64 MiB by default. Beyond it, what cannot be
        delivered in time counts as dropped (spool_full). */
    qint64 spoolMaxBytes() const;
    void setSpoolMaxBytes(qint64 bytes);

    /*!
        \brief The mention put in front of messages of \a level, such as "@here" or "@channel".

        Accepted: @here, @channel, @everyone, a user as <@U…> or @U…, a user group as
        <!subteam^S…>; several separated by spaces. Empty means no mention.
    */
    QString mention(Level level) const;
    void setMention(Level level, const QString &mention);

    /*!
        \brief Whether mention tokens written in log text, such as <!channel>, reach Slack.

        Off by default: log text is untrusted, and must not ping a whole channel.
    */
    bool mentionsInMessagesAllowed() const;
    void setMentionsInMessagesAllowed(bool allowed);

    /*!
        \brief How messages look: Attachments by default (a colour per level, a title, the
        fields()), Blocks (Block Kit; Slack only) or Text (one line each, as the pattern says).

        In Attachments and Blocks the text is the message alone: level, category, time and the
        fields are shown around it. messagePattern() shapes Text posts only.
    */
    MessageFormat format() const;
    void setFormat(MessageFormat format);

    /*! \brief What attachments and blocks show beside each message. */
    MessageFields fields() const;
    void setFields(MessageFields fields);
    static MessageFields defaultFields();

    /*!
        \brief The emoji put in front of messages of \a level in Text format, such as ":warning:";
        empty for none. :warning: for warnings, :rotating_light: for criticals and fatals.
    */
    QString emoji(Level level) const;
    void setEmoji(Level level, const QString &emoji);

    /*! \brief Routes by logging category, tried in order; the first that matches applies. */
    QList<Route> routes() const;
    void setRoutes(const QList<Route> &routes);

    /*!
        \brief What is wrong with these settings, one sentence per problem; empty when valid.

        Also holds what could not be read: an environment variable or QSettings value that does
        not parse. Webhook URLs in these sentences are redacted.
    */
    QStringList validate() const;
    bool isValid() const { return validate().isEmpty(); }

    /*!
        \brief Whether a message of \a level in \a category passes the level and category filters.
    */
    bool accepts(Level level, QStringView category) const;

    /*!
        \brief Settings from the SLACKLOG_* environment variables, on top of \a base.

        Variables that are unset leave \a base's value. See the README for the full list.
    */
    static Settings fromEnvironment(const Settings &base);
    static Settings fromEnvironment();

    /*! \brief Reads the "SlackLog" group of \a settings; missing keys keep their defaults. */
    static Settings load(QSettings &settings);

    /*! \brief Writes every value to the "SlackLog" group of \a settings. */
    void save(QSettings &settings) const;

    friend SLACKLOG_EXPORT bool operator==(const Settings &a, const Settings &b);
    friend bool operator!=(const Settings &a, const Settings &b) { return !(a == b); }

private:
    QSharedDataPointer<SettingsData> d;
};

} // namespace SlackLog

#endif // SLACKLOG_SETTINGS_H
