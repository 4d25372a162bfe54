#include "standinserver_p.h"

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qtimer.h>
#include <QtNetwork/qtcpserver.h>
#include <QtNetwork/qtcpsocket.h>

#include <algorithm>
#include <cmath>

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

// A 429 with its Retry-After header in the form asked for.
QByteArray retryAfterHeader(SlackStandIn::RetryAfterForm form, std::chrono::seconds delay)
{
    const QByteArray value = form == SlackStandIn::RetryAfterForm::HttpDate
            ? imfFixdate(QDateTime::currentMSecsSinceEpoch()
                         + std::chrono::milliseconds(delay).count())
            : QByteArray::number(qint64(delay.count()));
    return "Retry-After: " + value + "\r\n";
}

} // namespace

std::optional<std::chrono::seconds> takeToken(StandInState &state, const QByteArray &path,
                                              std::chrono::steady_clock::time_point now)
{
    if (!(state.postsPerSecond > 0))
        return std::nullopt;
    const auto found = state.buckets.find(path);
    StandInState::Bucket &bucket = found != state.buckets.end()
            ? *found
            : *state.buckets.insert(path, {double(state.burst), now});
    const double elapsed = std::chrono::duration<double>(now - bucket.refilled).count();
    bucket.tokens = std::min(double(state.burst), bucket.tokens + elapsed * state.postsPerSecond);
    bucket.refilled = now;
    if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return std::nullopt;
    }
    // Clamped, so that an absurdly slow rate still gives a number that fits.
    const double wait = std::min(std::ceil((1 - bucket.tokens) / state.postsPerSecond), 1e9);
    return std::chrono::seconds(std::max<qint64>(1, qint64(wait)));
}

QByteArray imfFixdate(qint64 msecsSinceEpoch)
{
    // Rounded up, so that the date is never earlier than the moment it stands for.
    const qint64 seconds = msecsSinceEpoch / 1000 + (msecsSinceEpoch % 1000 > 0 ? 1 : 0);
    const QDateTime at = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    const QDate date = at.date();
    const QTime time = at.time();
    // By hand: QDateTime's own formats follow the locale, and RFC 2822 form ends in +0000.
    static constexpr const char *days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const auto twoDigits = [](int value) {
        return QByteArray::number(value).rightJustified(2, '0');
    };
    return QByteArray(days[date.dayOfWeek() - 1]) + ", " + twoDigits(date.day()) + ' '
            + months[date.month() - 1] + ' '
            + QByteArray::number(date.year()).rightJustified(4, '0') + ' ' + twoDigits(time.hour())
            + ':' + twoDigits(time.minute()) + ':' + twoDigits(time.second()) + " GMT";
}

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
    // Now that its last byte is here: tests measure the gaps a client leaves between requests.
    request.receivedAt = QDateTime::currentDateTimeUtc();
    return request;
}

namespace {

// Whether blocks are within Block Kit's limits, from Slack's reference.
bool blocksWithinLimits(const QJsonArray &blocks)
{
    if (blocks.size() > 50)
        return false;
    for (const QJsonValue &block : blocks) {
        const QString type = block[u"type"].toString();
        const qsizetype length = block[u"text"][u"text"].toString().size();
        // A text object holds at least one character.
        if (((type == u"header" || type == u"section") && length == 0)
            || (type == u"header" && length > 150) || (type == u"section" && length > 3000))
            return false;
        if (type == u"context") {
            const QJsonArray elements = block[u"elements"].toArray();
            if (elements.isEmpty() || elements.size() > 10)
                return false;
            for (const QJsonValue &element : elements) {
                const qsizetype size = element[u"text"].toString().size();
                if (size == 0 || size > 3000)
                    return false;
            }
        }
    }
    return true;
}

} // namespace

std::pair<int, QByteArray> slackVerdict(const ReceivedRequest &request, const ServerLimits &limits)
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
    const QString text = object.value(QStringLiteral("text")).toString();
    const QJsonArray blocks =
            limits.blocks ? object.value(QStringLiteral("blocks")).toArray() : QJsonArray();
    const QJsonArray attachments = object.value(QStringLiteral("attachments")).toArray();
    if (text.isEmpty() && blocks.isEmpty() && attachments.isEmpty())
        return {400, "no_text"};
    if (!blocksWithinLimits(blocks))
        return {400, "invalid_blocks"};
    if (attachments.size() > limits.maxAttachments)
        return {400, "too_many_attachments"};
    qsizetype characters = text.size();
    for (const QJsonValue &attachment : attachments)
        characters += attachment[u"text"].toString().size();
    for (const QJsonValue &block : blocks) {
        if (block[u"type"].toString() == u"section")
            characters += block[u"text"][u"text"].toString().size();
    }
    // With blocks, the text is only the notification's, which Slack does not count against them.
    if (!blocks.isEmpty())
        characters -= text.size();
    if (characters > limits.textLimit)
        return {400, "msg_too_long"};
    if (limits.attachmentsTotal > 0) {
        qsizetype total = 0;
        for (const QJsonValue &attachment : attachments) {
            for (const char16_t *key : {u"title", u"text", u"footer"})
                total += attachment[key].toString().size();
            for (const QJsonValue &field : attachment[u"fields"].toArray())
                total += field[u"title"].toString().size() + field[u"value"].toString().size();
        }
        if (total > limits.attachmentsTotal)
            return {400, "msg_too_long"};
    }
    return {200, "ok"};
}

StandInServer::StandInServer(StandInState &state) : m_state(state), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &StandInServer::accept);
}

bool StandInServer::listen(quint16 port)
{
    // QTcpServer sets SO_REUSEADDR on Unix before it binds, so the port of a closed stand-in can
    // be listened on again while its old connections are still in TIME_WAIT.
    return m_server->isListening() || m_server->listen(QHostAddress::LocalHost, port);
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
        const auto now = std::chrono::steady_clock::now();
        std::unique_lock locker(m_state.mutex);
        ++m_state.counted;
        SlackStandIn::Mode mode = m_state.mode;
        if (m_state.failureEvery > 0 && m_state.counted % m_state.failureEvery == 0)
            mode = m_state.failureMode;
        const std::chrono::milliseconds delay = m_state.delay;
        std::chrono::seconds retryAfter = m_state.retryAfter;
        // A request the rate limit refuses is answered 429, whatever the mode.
        if (const std::optional<std::chrono::seconds> wait =
                    takeToken(m_state, request->path, now)) {
            mode = SlackStandIn::Mode::RateLimited;
            retryAfter = *wait;
        }
        const SlackStandIn::RetryAfterForm retryAfterForm = m_state.retryAfterForm;
        QByteArray extraHeaders;
        switch (mode) {
        case SlackStandIn::Mode::Ok:
        case SlackStandIn::Mode::Slow:
            std::tie(request->answeredStatus, request->answeredBody) =
                    slackVerdict(*request, m_state.limits);
            break;
        case SlackStandIn::Mode::RateLimited:
            request->answeredStatus = 429;
            request->answeredBody = "rate_limited";
            extraHeaders = retryAfterHeader(retryAfterForm, retryAfter);
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
