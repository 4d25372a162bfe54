#include "httppost_p.h"

#include "proxy_p.h"

#include <QtNetwork/qsslsocket.h>
#include <QtNetwork/qtcpsocket.h>

namespace SlackLog::Internal {

HttpPost::HttpPost(const QUrl &url, QByteArray request, std::chrono::milliseconds timeout,
                   const QUrl &proxy, Finished finished, QObject *parent)
    : QObject(parent), m_url(url), m_request(std::move(request)), m_timeout(timeout),
      m_proxy(proxy), m_finished(std::move(finished)), m_deadline(this)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        // A thread that was kept from running may find the answer waiting with the deadline:
        // it came in time.
        if (m_socket && settle(false))
            return;
        finish(Answer::Failure::Timeout, QString());
    });
}

HttpPost::~HttpPost()
{
    cancel();
}

void HttpPost::start()
{
    m_clock.start();
    m_deadline.start(m_timeout);
    const bool tls = m_url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const quint16 port = quint16(m_url.port(tls ? 443 : 80));
    if (tls) {
        auto *secure = new QSslSocket;
        m_socket.reset(secure);
        // Certificate errors are never ignored: the handshake fails, and so does the post.
        connect(secure, &QSslSocket::encrypted, this, &HttpPost::onConnected);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        connect(m_socket.get(), &QTcpSocket::connected, this, &HttpPost::onConnected);
    }
    m_socket->setProxy(proxyFor(m_proxy, m_url));
    // Qt reads no more from the kernel than the answer may hold.
    m_socket->setReadBufferSize(maxResponseBytes);
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &HttpPost::onReadyRead);
    connect(m_socket.get(), &QTcpSocket::disconnected, this, &HttpPost::onClosedOrFailed);
    connect(m_socket.get(), &QTcpSocket::errorOccurred, this, &HttpPost::onClosedOrFailed);
    if (tls)
        static_cast<QSslSocket *>(m_socket.get())->connectToHostEncrypted(m_url.host(), port);
    else
        m_socket->connectToHost(m_url.host(), port);
}

void HttpPost::cancel()
{
    m_done = true;
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpPost::onConnected()
{
    m_socket->write(m_request);
}

void HttpPost::onReadyRead()
{
    if (!m_done)
        settle(false);
}

void HttpPost::onClosedOrFailed()
{
    if (m_done)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    // Whatever came before the end is the answer, if it is whole.
    const bool closed = error == QAbstractSocket::RemoteHostClosedError
            || m_socket->state() == QAbstractSocket::UnconnectedState;
    if (settle(closed))
        return;
    finish(error == QAbstractSocket::UnknownSocketError ? Answer::Failure::Closed
                                                        : failureOf(error),
           m_socket->errorString());
}

bool HttpPost::settle(bool closed)
{
    m_reader.readFrom(*m_socket);
    const std::optional<Answer::Failure> ending = ResponseReader::ending(m_reader.state(closed));
    if (ending)
        finish(*ending);
    return ending.has_value();
}

void HttpPost::finish(Answer::Failure failure, const QString &detail)
{
    if (m_done)
        return;
    Answer answer;
    m_reader.fill(answer);
    answer.failure = failure;
    answer.detail = detail;
    answer.latency = std::chrono::milliseconds(m_clock.elapsed());
    answer.bound = m_timeout;
    if (failure == Answer::Failure::Timeout)
        answer.httpStatus = 0;
    cancel();
    // Last: the callback may delete this.
    const Finished finished = m_finished;
    finished(answer);
}

} // namespace SlackLog::Internal
