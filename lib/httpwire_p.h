#ifndef SLACKLOG_HTTPWIRE_P_H
#define SLACKLOG_HTTPWIRE_P_H

#include "answer_p.h"

#include <QtCore/qurl.h>
#include <QtNetwork/qabstractsocket.h>

#include <optional>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace SlackLog::Internal {

/*
    HTTP/1.1 as SlackLog speaks it, over a socket of its own: one POST per connection, and an
    answer read only as far as a webhook's answer can go. Shared by the worker's posts and the
    blocking ones of exit and qFatal. Qt's QNetworkAccessManager is not used: it reads a chunked
    answer for as long as the server sends it, gigabytes from a hostile one, before an abort
    can reach its thread.
*/

// The most a status line and headers may take; Slack's are a few hundred bytes.
constexpr qsizetype maxHeadBytes = 16 * 1024;
// All of an answer that is read, framing included: a socket's read buffer is this size.
constexpr qsizetype maxResponseBytes = maxHeadBytes + maxAnswerBytes + 1024;

// The request's bytes: a POST of \a payload as JSON, with Connection: close.
QByteArray httpRequest(const QUrl &url, const QByteArray &payload);

// What a socket error means for the post.
Answer::Failure failureOf(QAbstractSocket::SocketError error);

// Reads one response: status line, headers, then a body framed by Content-Length, by chunks,
// or by the end of the connection. Never holds more than maxResponseBytes, however much the
// server sends.
class ResponseReader
{
public:
    enum class State { NeedMore, Done, Malformed, TooLong };

    // Takes what \a device has, as much as may still be held.
    void readFrom(QIODevice &device);
    // What the bytes so far amount to; \a closed when the connection has ended.
    State state(bool closed);
    // Once Done: the status, the body and Retry-After; the status alone otherwise.
    void fill(Answer &answer) const;
    // How a post ends in \a state: None when the answer is whole, nothing while more is needed.
    static std::optional<Answer::Failure> ending(State state);

private:
    State parseHead();
    State body(bool closed);

    QByteArray m_buffer;
    QByteArray m_body;
    int m_status = 0;
    QByteArray m_retryAfter;
    qsizetype m_bodyStart = -1;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
};

} // namespace SlackLog::Internal

#endif // SLACKLOG_HTTPWIRE_P_H
