#include "blockingposter_p.h"

#include "proxy_p.h"

#include "slacklog_version.h"

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

Answer::Failure failureOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return Answer::Failure::Refused;
    case QAbstractSocket::RemoteHostClosedError:
        return Answer::Failure::Closed;
    case QAbstractSocket::SocketTimeoutError:
        return Answer::Failure::Timeout;
    case QAbstractSocket::HostNotFoundError:
        return Answer::Failure::HostNotFound;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return Answer::Failure::Tls;
    default:
        return Answer::Failure::Other;
    }
}

// The most a status line and headers may take; Slack's are a few hundred bytes.
constexpr qsizetype maxHeadBytes = 16 * 1024;
// All of an answer that is read, framing included.
constexpr qsizetype maxResponseBytes = maxHeadBytes + maxAnswerBytes + 1024;

// Reads one HTTP/1.1 response: status line, headers, then a body framed by Content-Length, by
// chunks, or by the end of the connection. Never keeps more than the head and maxAnswerBytes
// of body, however much the server sends.
struct ResponseReader
{
    enum class State { NeedMore, Done, Malformed, TooLong };

    QByteArray buffer;
    int status = 0;
    QByteArray retryAfter;
    qsizetype bodyStart = -1;
    qint64 contentLength = -1;
    bool chunked = false;

    State parseHead()
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return buffer.size() > maxHeadBytes ? State::TooLong : State::NeedMore;
        if (end > maxHeadBytes)
            return State::TooLong;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        // "HTTP/1.1 200 OK": a version, then exactly three digits.
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        const QByteArray code = statusLine.value(1);
        if (!statusLine.value(0).startsWith("HTTP/") || code.size() != 3
            || !std::all_of(code.cbegin(), code.cend(),
                            [](char c) { return c >= '0' && c <= '9'; }))
            return State::Malformed;
        status = code.toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                contentLength = value.toLongLong();
            else if (name == "transfer-encoding")
                chunked = value.toLower().contains("chunked");
            else if (name == "retry-after")
                retryAfter = value.left(200);
        }
        bodyStart = end + 4;
        return State::Done;
    }

    // Done with \a body once the body is whole (or the connection ended it).
    State body(bool connectionClosed, QByteArray &decoded) const
    {
        const QByteArrayView raw = QByteArrayView(buffer).sliced(bodyStart);
        if (chunked) {
            decoded.clear();
            qsizetype pos = 0;
            while (true) {
                const qsizetype lineEnd = raw.indexOf("\r\n", pos);
                if (lineEnd < 0)
                    return connectionClosed ? State::Done : State::NeedMore;
                bool ok = false;
                const qint64 size = raw.sliced(pos, lineEnd - pos)
                                            .toByteArray()
                                            .split(';')
                                            .value(0)
                                            .trimmed()
                                            .toLongLong(&ok, 16);
                if (!ok || size < 0)
                    return State::Malformed;
                if (size == 0)
                    return State::Done;
                if (decoded.size() + size > maxAnswerBytes)
                    return State::TooLong;
                if (raw.size() < lineEnd + 2 + size)
                    return connectionClosed ? State::Done : State::NeedMore;
                decoded += raw.sliced(lineEnd + 2, qsizetype(size));
                pos = lineEnd + 2 + qsizetype(size) + 2;
            }
        }
        if (contentLength > maxAnswerBytes || raw.size() > maxAnswerBytes)
            return State::TooLong;
        if (contentLength >= 0) {
            if (raw.size() >= contentLength) {
                decoded = raw.first(contentLength).toByteArray();
                return State::Done;
            }
            decoded = raw.toByteArray();
            return connectionClosed ? State::Done : State::NeedMore;
        }
        decoded = raw.toByteArray();
        if (status == 204 || status == 304 || connectionClosed) {
            if (status == 204 || status == 304)
                decoded.clear();
            return State::Done;
        }
        return State::NeedMore;
    }
};

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

    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray hostHeader = url.host(QUrl::FullyEncoded).toLatin1();
    if (hostHeader.contains(':'))
        hostHeader = '[' + hostHeader + ']'; // an IPv6 literal
    if (url.port() >= 0)
        hostHeader += ':' + QByteArray::number(port);
    const QByteArray request = "POST " + target + " HTTP/1.1\r\nHost: " + hostHeader
            + "\r\nUser-Agent: SlackLog/" SLACKLOG_VERSION_STRING
              "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(payload.size()) + "\r\nConnection: close\r\n\r\n" + payload;
    socket.write(request);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(remaining(deadline)))
            return finish(deadline.hasExpired() ? Answer::Failure::Timeout
                                                : failureOf(socket.error()),
                          socket.errorString());
    }

    ResponseReader reader;
    const auto tooLong = [&] {
        answer.httpStatus = reader.status;
        return finish(Answer::Failure::TooLong, QString());
    };
    while (true) {
        const bool more = socket.waitForReadyRead(remaining(deadline));
        // Read no more than could still be kept: what a hostile server sends beyond it stays
        // in the kernel until the connection is closed.
        reader.buffer += socket.read(qMax<qsizetype>(maxResponseBytes - reader.buffer.size(), 1));
        const bool closed = !more && socket.state() != QAbstractSocket::ConnectedState;
        if (reader.bodyStart < 0) {
            switch (reader.parseHead()) {
            case ResponseReader::State::Malformed:
                return finish(Answer::Failure::Malformed, QString());
            case ResponseReader::State::TooLong:
                return tooLong();
            case ResponseReader::State::NeedMore:
                if (deadline.hasExpired() || (!more && !closed))
                    return finish(Answer::Failure::Timeout, socket.errorString());
                if (closed)
                    return finish(Answer::Failure::Closed, socket.errorString());
                continue;
            case ResponseReader::State::Done:
                break;
            }
        }
        QByteArray body;
        switch (reader.body(closed, body)) {
        case ResponseReader::State::Done:
            answer.httpStatus = reader.status;
            answer.body = body;
            answer.retryAfter = reader.retryAfter;
            return finish(Answer::Failure::None, QString());
        case ResponseReader::State::TooLong:
            return tooLong();
        case ResponseReader::State::Malformed:
            answer.httpStatus = reader.status;
            return finish(Answer::Failure::Malformed, QString());
        case ResponseReader::State::NeedMore:
            if (reader.buffer.size() >= maxResponseBytes)
                return tooLong(); // chunk framing, say, of an answer that never ends
            break;
        }
        if (deadline.hasExpired() || (!more && !closed))
            return finish(Answer::Failure::Timeout, socket.errorString());
    }
}

} // namespace SlackLog::Internal
