#include "blockingposter_p.h"

#include "httpwire_p.h"
#include "proxy_p.h"

#include <QtCore/qelapsedtimer.h>
#include <QtNetwork/qhostinfo.h>
#include <QtNetwork/qsslsocket.h>

#include <algorithm>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#if defined(Q_OS_UNIX)
#include <netdb.h>
#include <sys/socket.h>
#endif

namespace SlackLog::Internal {

namespace {

int remaining(const QDeadlineTimer &deadline)
{
    return int(qBound(qint64(0), deadline.remainingTime(), qint64(INT_MAX)));
}

// QHostInfo::fromName() cannot be given a deadline, so the lookup runs on a thread of its own,
// which is left to finish alone if the deadline comes first. It calls getaddrinfo() directly:
// a thread left behind must not be inside Qt while exit destroys Qt's globals.
QList<QHostAddress> lookUp(const QString &host, const QDeadlineTimer &deadline)
{
#if defined(Q_OS_UNIX)
    struct Lookup
    {
        std::mutex mutex;
        std::condition_variable done;
        bool finished = false;
        QList<QHostAddress> addresses;
    };
    auto lookup = std::make_shared<Lookup>();
    const QByteArray name = QUrl::toAce(host);
    std::thread([lookup, name] {
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *results = nullptr;
        QList<QHostAddress> addresses;
        if (::getaddrinfo(name.constData(), nullptr, &hints, &results) == 0) {
            for (const addrinfo *result = results; result; result = result->ai_next)
                addresses.append(QHostAddress(result->ai_addr));
            ::freeaddrinfo(results);
        }
        {
            const std::lock_guard lock(lookup->mutex);
            lookup->addresses = addresses;
            lookup->finished = true;
        }
        lookup->done.notify_all();
    }).detach();
    std::unique_lock lock(lookup->mutex);
    const auto finished = [&lookup] { return lookup->finished; };
    if (deadline.isForever())
        lookup->done.wait(lock, finished);
    else if (!lookup->done.wait_until(lock, deadline.deadline<std::chrono::steady_clock>(),
                                      finished))
        return {};
    return lookup->addresses;
#else
    Q_UNUSED(deadline);
    return QHostInfo::fromName(host).addresses();
#endif
}

// A plain QTcpSocket for http: QSslSocket would load the TLS backend for nothing.
std::unique_ptr<QTcpSocket> connectTo(const QString &target, quint16 port, const QUrl &url,
                                      const QNetworkProxy &proxy, const QDeadlineTimer &deadline,
                                      Answer &failure)
{
    const bool tls = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    std::unique_ptr<QTcpSocket> socket;
    bool connected = false;
    if (tls) {
        auto secure = std::make_unique<QSslSocket>();
        secure->setProxy(proxy);
        // The certificate is checked against the host name, not the address connected to.
        secure->connectToHostEncrypted(target, port, url.host());
        connected = secure->waitForEncrypted(remaining(deadline));
        socket = std::move(secure);
    } else {
        socket = std::make_unique<QTcpSocket>();
        socket->setProxy(proxy);
        socket->connectToHost(target, port);
        connected = socket->waitForConnected(remaining(deadline));
    }
    if (connected)
        return socket;
    const bool timedOut =
            deadline.hasExpired() || socket->error() == QAbstractSocket::SocketTimeoutError;
    failure.failure = timedOut ? Answer::Failure::Timeout : failureOf(socket->error());
    failure.detail = socket->errorString();
    return nullptr;
}

} // namespace

Answer postBlocking(const QUrl &url, const QByteArray &payload, QDeadlineTimer deadline,
                    const QUrl &proxyUrl)
{
    QElapsedTimer clock;
    clock.start();
    Answer answer;
    answer.bound = std::chrono::milliseconds(qMax<qint64>(0, deadline.remainingTime()));
    auto finish = [&](Answer::Failure failure, const QString &detail) {
        answer.failure = failure;
        answer.detail = detail;
        answer.latency = std::chrono::milliseconds(clock.elapsed());
        return answer;
    };

    const bool tls = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    const QString host = url.host();
    std::unique_ptr<QTcpSocket> connected;
    Answer failure;
    const QNetworkProxy proxy = proxyFor(proxyUrl, url);
    if (proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy) {
        // The proxy looks the host up.
        connected = connectTo(host, port, url, proxy, deadline, failure);
    } else {
        // Look the host up ourselves: QAbstractSocket's own lookup wants an event loop.
        QList<QHostAddress> addresses;
        if (const QHostAddress literal(host); !literal.isNull())
            addresses.append(literal);
        else
            addresses = lookUp(host, deadline);
        if (addresses.isEmpty())
            return finish(deadline.hasExpired() ? Answer::Failure::Timeout
                                                : Answer::Failure::HostNotFound,
                          QString());
        // Each address in turn, as a browser would: "localhost" is often ::1 first, while the
        // server may listen on 127.0.0.1 only.
        for (const QHostAddress &address : std::as_const(addresses)) {
            connected = connectTo(address.toString(), port, url,
                                  QNetworkProxy(QNetworkProxy::NoProxy), deadline, failure);
            if (connected || deadline.hasExpired())
                break;
        }
    }
    if (!connected)
        return finish(failure.failure, failure.detail);
    QTcpSocket &socket = *connected;
    socket.setReadBufferSize(maxResponseBytes);

    const QByteArray request = httpRequest(url, payload);
    socket.write(request);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(remaining(deadline)))
            return finish(deadline.hasExpired() ? Answer::Failure::Timeout
                                                : failureOf(socket.error()),
                          socket.errorString());
    }

    ResponseReader reader;
    while (true) {
        const bool more = socket.waitForReadyRead(remaining(deadline));
        reader.readFrom(socket);
        const bool closed = !more && socket.state() != QAbstractSocket::ConnectedState;
        const std::optional<Answer::Failure> ending = ResponseReader::ending(reader.state(closed));
        reader.fill(answer);
        if (ending)
            return finish(*ending, QString());
        if (deadline.hasExpired() || (!more && !closed))
            return finish(Answer::Failure::Timeout, socket.errorString());
        if (closed) // before a status line came
            return finish(Answer::Failure::Closed, socket.errorString());
    }
}

} // namespace SlackLog::Internal
