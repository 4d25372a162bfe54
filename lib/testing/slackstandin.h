#ifndef SLACKLOG_SLACKSTANDIN_H
#define SLACKLOG_SLACKSTANDIN_H

#include "receivedrequest.h"
#include "slacklog_testing_export.h"

#include <QtCore/qobject.h>
#include <QtCore/qstringlist.h>
#include <QtCore/qurl.h>

#include <chrono>
#include <memory>

namespace SlackLog::Testing {

class SlackStandInPrivate;

/*!
    \brief What one kind of server accepts in a post. Beyond it the stand-in answers 400, so
    that a test sees what the real server would truncate or refuse.
*/
struct SLACKLOG_TESTING_EXPORT ServerLimits
{
    //! Characters of text one post may carry: its text, its attachments' and its sections'.
    int textLimit = 40000;
    int maxAttachments = 100;
    //! Characters of all attachments together (title, text, fields, footer); 0 for no limit.
    int attachmentsTotal = 0;
    bool blocks = true; //!< false: blocks are ignored, as servers without Block Kit do

    static ServerLimits slack(); //!< 40,000 characters, 100 attachments, Block Kit
    static ServerLimits mattermost(); //!< 16,383 characters, no Block Kit
    static ServerLimits rocketChat(); //!< 5,000 characters (its default), no Block Kit
    //! 2,000 characters, 10 attachments of 6,000 characters together, no Block Kit
    static ServerLimits discord();
};

/*!
    \brief A Slack incoming-webhook receiver on 127.0.0.1, for tests and sandboxes.

    It speaks HTTP/1.1 on an ephemeral loopback port, records every request, and answers as Slack
    does: 200 "ok" for a valid payload, 400 "invalid_payload" or "no_text" for a bad one. Other
    modes imitate Slack's failures. It serves from a thread of its own, so it keeps answering
    while the thread that owns it is blocked, say in SlackLog::flush().

    \code
    SlackLog::Testing::SlackStandIn slack;
    slack.listen();
    SlackLog::Settings settings;
    settings.setWebhookUrl(slack.webhookUrl());
    SlackLog::install(settings);
    qWarning() << "disk almost full";
    SlackLog::flush(std::chrono::seconds(5));
    // slack.receivedLines() now holds the message
    \endcode
*/
class SLACKLOG_TESTING_EXPORT SlackStandIn : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Ok, //!< 200 "ok" (400 for a payload Slack would reject)
        Slow, //!< as Ok, after delay()
        RateLimited, //!< 429 "rate_limited" with Retry-After: retryAfter()
        ServerError, //!< 500 "rollup_error"
        NotFound, //!< 404 "no_service": the webhook was revoked
        Reset, //!< the connection is reset once the request has arrived
        Unresponsive, //!< the request is read and never answered
    };
    Q_ENUM(Mode)

    /*! \brief How a 429 writes its Retry-After header (RFC 9110 allows both). */
    enum class RetryAfterForm {
        Seconds, //!< a delay in whole seconds: "Retry-After: 7"
        HttpDate, //!< an IMF-fixdate: "Retry-After: Sun, 06 Nov 1994 08:49:37 GMT"
    };
    Q_ENUM(RetryAfterForm)

    explicit SlackStandIn(QObject *parent = nullptr);
    ~SlackStandIn() override;

    /*! \brief Starts listening on 127.0.0.1 with a port the system picks. */
    bool listen();

    /*!
        \brief Starts listening on 127.0.0.1 on \a port, or on one the system picks when it is 0.

        Returns false when the port is taken, or when the stand-in already listens on another
        port. After close(), listen(port()) brings the same server back at the same webhookUrl().
    */
    bool listen(quint16 port);

    /*!
        \brief Stops listening, so that new connections are refused, and closes the open ones.

        The requests, the settings and port() are kept. Call listen(port()) to come back.
    */
    void close();

    bool isListening() const;

    /*! \brief The port listened on, or last listened on after close(); 0 before listen(). */
    quint16 port() const;

    /*!
        \brief A webhook URL that points here. Different \a webhookId values give different
        webhooks, as Slack's B… ids do, so routes can be told apart by ReceivedRequest::path.
    */
    QUrl webhookUrl(const QString &webhookId = QStringLiteral("B00000000")) const;

    Mode mode() const;
    void setMode(Mode mode);

    /*! \brief How long Slow mode waits before answering. 10 s by default. */
    std::chrono::milliseconds delay() const;
    void setDelay(std::chrono::milliseconds delay);

    /*! \brief The Retry-After that RateLimited mode sends. 1 s by default. */
    std::chrono::seconds retryAfter() const;
    void setRetryAfter(std::chrono::seconds seconds);

    /*!
        \brief The form of every Retry-After sent, Seconds by default.

        In HttpDate form the date is now plus the delay, rounded up to the next whole second, so
        that a client that honours it never comes back before the delay has passed.
    */
    RetryAfterForm retryAfterForm() const;
    void setRetryAfterForm(RetryAfterForm form);

    /*!
        \brief Answers every \a n-th request in \a failure mode, and the others in mode().

        The n-th, 2n-th, … request counted since the stand-in was made or last clear()ed. 0 turns
        it off, which is the default.
    */
    void setFailureEvery(int n, Mode failure);
    int failureEvery() const;
    Mode failureMode() const;

    /*!
        \brief Limits each webhook (each ReceivedRequest::path) as Slack does, with a token bucket
        of \a burst tokens (at least 1) that refills at \a postsPerSecond.

        A request that finds no token is answered 429 "rate_limited" whatever mode() says, with a
        Retry-After of the whole seconds until the next token, at least 1. It is recorded like any
        other, and counts towards failureEvery(). \a postsPerSecond 0 turns the limit off, which is
        the default. Each call starts with full buckets; clear() leaves them as they are.
    */
    void setRateLimit(double postsPerSecond, int burst);
    double rateLimitPostsPerSecond() const;
    int rateLimitBurst() const;

    /*!
        \brief Makes the stand-in check payloads against \a limits: Slack's by default.

        Over the text limit, or the attachments' total, it answers 400 "msg_too_long", over the
        attachments' count 400 "too_many_attachments"; Block Kit beyond Slack's limits (50 blocks, a
       header of 150 characters, a section of 3,000, a context of 10 elements of 3,000, no empty
       text) is 400 "invalid_blocks".
    */
    void setServerLimits(const ServerLimits &limits);
    ServerLimits serverLimits() const;

    /*! \brief Every request so far, oldest first. Safe from any thread. */
    QList<ReceivedRequest> requests() const;
    int requestCount() const;

    /*!
        \brief What readers see of every payload answered 200, split into lines, oldest first:
        see ReceivedRequest::displayedTexts().
    */
    QStringList receivedLines() const;

    /*! \brief Blocks until at least \a count requests have arrived, or \a timeout passes. */
    bool waitForRequests(int count, std::chrono::milliseconds timeout) const;

    /*! \brief Forgets the requests received so far, and restarts the count of failureEvery(). */
    void clear();

Q_SIGNALS:
    void requestReceived(const SlackLog::Testing::ReceivedRequest &request);

private:
    std::unique_ptr<SlackStandInPrivate> const d_ptr;
    Q_DECLARE_PRIVATE(SlackStandIn)
};

} // namespace SlackLog::Testing

#endif // SLACKLOG_SLACKSTANDIN_H
