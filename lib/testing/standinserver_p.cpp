#include "standinserver_p.h"

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qtimer.h>
#include <QtNetwork/qtcpserver.h>
#include <QtNetwork/qtcpsocket.h>

#if defined(Q_OS_WIN)
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace SlackLog::Testing {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Unknown";
    }
}

// A close with SO_LINGER at zero sends RST instead of FIN: the "connection reset" Slack's load
// balancers sometimes give.
void resetConnection(QTcpSocket *socket)
{
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor != -1) {
        linger option{};
        option.l_onoff = 1;
        option.l_linger = 0;
        ::setsockopt(descriptor, SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&option),
                     sizeof option);
    }
    socket->abort();
}

} // namespace

std::optional<ReceivedRequest> takeHttpRequest(QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    ReceivedRequest request;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    qint64 contentLength = 0;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
        else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            chunked = value.toLower().contains("chunked");
    }
    qsizetype consumed = headEnd + 4;
    if (chunked) {
        while (true) {
            const qsizetype lineEnd = buffer.indexOf("\r\n", consumed);
            if (lineEnd < 0)
                return std::nullopt;
            const qint64 size = buffer.mid(consumed, lineEnd - consumed)
                                        .split(';')
                                        .value(0)
                                        .toLongLong(nullptr, 16);
            if (buffer.size() < lineEnd + 2 + size + 2)
                return std::nullopt;
            request.body += buffer.mid(lineEnd + 2, size);
            consumed = lineEnd + 2 + size + 2;
            if (size == 0)
                break;
        }
    } else {
        if (buffer.size() < consumed + contentLength)
            return std::nullopt;
        request.body = buffer.mid(consumed, contentLength);
        consumed += contentLength;
    }
    buffer.remove(0, consumed);
    request.receivedAt = QDateTime::currentDateTimeUtc();
    return request;
}

std::pair<int, QByteArray> slackVerdict(const ReceivedRequest &request)
{
    if (request.method != "POST")
        return {405, "invalid_method"};
    QByteArray payload = request.body;
    const bool form =
            request.header("Content-Type").startsWith("application/x-www-form-urlencoded");
    QJsonParseError error{};
    const QJsonDocument document =
            form ? QJsonDocument(request.json()) : QJsonDocument::fromJson(payload, &error);
    if ((!form && error.error != QJsonParseError::NoError) || !document.isObject()
        || (form && document.object().isEmpty()))
        return {400, "invalid_payload"};
    const QJsonObject object = document.object();
    const bool hasText = !object.value(QStringLiteral("text")).toString().isEmpty();
    const bool hasBlocks = !object.value(QStringLiteral("blocks")).toArray().isEmpty();
    const bool hasAttachments = !object.value(QStringLiteral("attachments")).toArray().isEmpty();
    if (!hasText && !hasBlocks && !hasAttachments)
        return {400, "no_text"};
    return {200, "ok"};
}

StandInServer::StandInServer(StandInState &state) : m_state(state), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &StandInServer::accept);
}

bool StandInServer::listen()
{
    return m_server->isListening() || m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 StandInServer::port() const
{
    return m_server->serverPort();
}

void StandInServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void StandInServer::serve(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    while (std::optional<ReceivedRequest> request = takeHttpRequest(buffer)) {
        std::unique_lock locker(m_state.mutex);
        const SlackStandIn::Mode mode = m_state.mode;
        const std::chrono::milliseconds delay = m_state.delay;
        const std::chrono::seconds retryAfter = m_state.retryAfter;
        QByteArray extraHeaders;
        switch (mode) {
        case SlackStandIn::Mode::Ok:
        case SlackStandIn::Mode::Slow:
            std::tie(request->answeredStatus, request->answeredBody) = slackVerdict(*request);
            break;
        case SlackStandIn::Mode::RateLimited:
            request->answeredStatus = 429;
            request->answeredBody = "rate_limited";
            extraHeaders =
                    "Retry-After: " + QByteArray::number(qint64(retryAfter.count())) + "\r\n";
            break;
        case SlackStandIn::Mode::ServerError:
            request->answeredStatus = 500;
            request->answeredBody = "rollup_error";
            break;
        case SlackStandIn::Mode::NotFound:
            request->answeredStatus = 404;
            request->answeredBody = "no_service";
            break;
        case SlackStandIn::Mode::Reset:
        case SlackStandIn::Mode::Unresponsive:
            break;
        }
        m_state.requests.append(*request);
        locker.unlock();
        m_state.arrived.notify_all();
        Q_EMIT received();

        const bool close = request->header("Connection").compare("close", Qt::CaseInsensitive) == 0;
        if (mode == SlackStandIn::Mode::Reset) {
            m_buffers.remove(socket);
            resetConnection(socket);
            return;
        }
        if (mode == SlackStandIn::Mode::Unresponsive)
            continue;
        if (mode == SlackStandIn::Mode::Slow) {
            QTimer::singleShot(delay, socket,
                               [this, socket, status = request->answeredStatus,
                                body = request->answeredBody,
                                close] { answer(socket, status, body, QByteArray(), close); });
            continue;
        }
        answer(socket, request->answeredStatus, request->answeredBody, extraHeaders, close);
    }
}

void StandInServer::answer(QTcpSocket *socket, int status, const QByteArray &body,
                           const QByteArray &extraHeaders, bool close)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
                  + "\r\nContent-Type: text/html\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\n" + extraHeaders
                  + (close ? "Connection: close\r\n" : "") + "\r\n" + body);
    if (close)
        socket->disconnectFromHost();
}

} // namespace SlackLog::Testing
