#include "httpwire_p.h"

#include "slacklog_version.h"

#include <QtCore/qiodevice.h>

#include <algorithm>

namespace SlackLog::Internal {

QByteArray httpRequest(const QUrl &url, const QByteArray &payload)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    const bool tls = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal
    if (url.port() >= 0)
        host += ':' + QByteArray::number(url.port(tls ? 443 : 80));
    return "POST " + target + " HTTP/1.1\r\nHost: " + host
            + "\r\nUser-Agent: SlackLog/" SLACKLOG_VERSION_STRING
              "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(payload.size()) + "\r\nConnection: close\r\n\r\n" + payload;
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

void ResponseReader::readFrom(QIODevice &device)
{
    // What a hostile server sends beyond this stays in the kernel until the socket closes.
    const qsizetype room = maxResponseBytes - m_buffer.size();
    if (room > 0)
        m_buffer += device.read(room);
}

ResponseReader::State ResponseReader::state(bool closed)
{
    while (m_bodyStart < 0) {
        const State head = parseHead();
        if (head != State::Done)
            return head == State::NeedMore && m_buffer.size() >= maxResponseBytes ? State::TooLong
                                                                                  : head;
        if (m_status >= 200)
            break;
        // An interim answer (100 Continue): the real one follows it.
        m_buffer.remove(0, m_bodyStart);
        m_bodyStart = -1;
        m_contentLength = -1;
        m_chunked = false;
        m_retryAfter.clear();
    }
    const State result = body(closed);
    // Chunk framing, say, of an answer that never ends.
    if (result == State::NeedMore && m_buffer.size() >= maxResponseBytes)
        return State::TooLong;
    return result;
}

void ResponseReader::fill(Answer &answer) const
{
    answer.httpStatus = m_status;
    answer.body = m_body;
    answer.retryAfter = m_retryAfter;
}

std::optional<Answer::Failure> ResponseReader::ending(State state)
{
    switch (state) {
    case State::Done:
        return Answer::Failure::None;
    case State::TooLong:
        return Answer::Failure::TooLong;
    case State::Malformed:
        return Answer::Failure::Malformed;
    case State::NeedMore:
        break;
    }
    return std::nullopt;
}

ResponseReader::State ResponseReader::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return m_buffer.size() > maxHeadBytes ? State::TooLong : State::NeedMore;
    if (end > maxHeadBytes)
        return State::TooLong;
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    // "HTTP/1.1 200 OK": a version, then exactly three digits.
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    const QByteArray code = statusLine.value(1);
    if (!statusLine.value(0).startsWith("HTTP/") || code.size() != 3
        || !std::all_of(code.cbegin(), code.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return State::Malformed;
    m_status = code.toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            m_contentLength = value.toLongLong();
        else if (name == "transfer-encoding")
            m_chunked = value.toLower().contains("chunked");
        else if (name == "retry-after")
            m_retryAfter = value.left(200);
    }
    m_bodyStart = end + 4;
    return State::Done;
}

ResponseReader::State ResponseReader::body(bool closed)
{
    const QByteArrayView raw = QByteArrayView(m_buffer).sliced(m_bodyStart);
    if (m_chunked) {
        m_body.clear();
        qsizetype pos = 0;
        while (true) {
            const qsizetype lineEnd = raw.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return closed ? State::Done : State::NeedMore;
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
            if (m_body.size() + size > maxAnswerBytes)
                return State::TooLong;
            if (raw.size() < lineEnd + 2 + size)
                return closed ? State::Done : State::NeedMore;
            m_body += raw.sliced(lineEnd + 2, qsizetype(size));
            pos = lineEnd + 2 + qsizetype(size) + 2;
        }
    }
    if (m_contentLength > maxAnswerBytes || raw.size() > maxAnswerBytes)
        return State::TooLong;
    if (m_contentLength >= 0) {
        if (raw.size() >= m_contentLength) {
            m_body = raw.first(m_contentLength).toByteArray();
            return State::Done;
        }
        m_body = raw.toByteArray();
        return closed ? State::Done : State::NeedMore;
    }
    if (m_status == 204 || m_status == 304) {
        m_body.clear();
        return State::Done;
    }
    m_body = raw.toByteArray();
    return closed ? State::Done : State::NeedMore;
}

} // namespace SlackLog::Internal
