#ifndef SLACKLOG_STANDINSERVER_P_H
#define SLACKLOG_STANDINSERVER_P_H

#include "slackstandin.h"

#include <QtCore/qhash.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace SlackLog::Testing {

// What the owner's thread and the serving thread share. std:: primitives, so that the
// ThreadSanitizer run of the tests sees how they hand data over.
struct StandInState
{
    mutable std::mutex mutex;
    mutable std::condition_variable arrived;
    SlackStandIn::Mode mode = SlackStandIn::Mode::Ok;
    std::chrono::milliseconds delay{10000};
    std::chrono::seconds retryAfter{1};
    SlackStandIn::RetryAfterForm retryAfterForm = SlackStandIn::RetryAfterForm::Seconds;
    int failureEvery = 0;
    SlackStandIn::Mode failureMode = SlackStandIn::Mode::ServerError;
    qint64 counted = 0; // requests since start or clear(), for failureEvery
    double postsPerSecond = 0;
    int burst = 1;
    struct Bucket
    {
        double tokens = 0;
        std::chrono::steady_clock::time_point refilled;
    };
    QHash<QByteArray, Bucket> buckets; // by webhook path
    ServerLimits limits;
    QList<ReceivedRequest> requests;
};

// Takes a token from the bucket of \a path, with the state's mutex held. Returns nothing when
// there was one, else how long until the next one (whole seconds, at least 1).
std::optional<std::chrono::seconds> takeToken(StandInState &state, const QByteArray &path,
                                              std::chrono::steady_clock::time_point now);

// The IMF-fixdate (RFC 9110) of \a msecsSinceEpoch rounded up to a whole second, in English
// whatever the locale: "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray imfFixdate(qint64 msecsSinceEpoch);

// Cuts complete HTTP/1.1 requests off the front of a connection's buffer.
std::optional<ReceivedRequest> takeHttpRequest(QByteArray &buffer);

// The status and body a server with \a limits gives a request in Ok mode.
std::pair<int, QByteArray> slackVerdict(const ReceivedRequest &request, const ServerLimits &limits);

// Lives on the stand-in's own thread, with the server socket and every connection.
class StandInServer : public QObject
{
    Q_OBJECT
public:
    explicit StandInServer(StandInState &state);

    bool listen(quint16 port);
    quint16 port() const;

Q_SIGNALS:
    // A request was added to the state; the owner reads it from there.
    void received();

private:
    void accept();
    void serve(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &body,
                const QByteArray &extraHeaders, bool close);

    StandInState &m_state;
    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace SlackLog::Testing

#endif // SLACKLOG_STANDINSERVER_P_H
