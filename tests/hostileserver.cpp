#include "hostileserver.h"

#include <QtCore/QByteArray>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

namespace {

// Sends all of \a bytes unless the client goes away or \a stop is written; false then.
bool sendAll(int client, const QByteArray &bytes, int stop, qint64 &sent)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        pollfd fds[2] = {{client, POLLOUT, 0}, {stop, POLLIN, 0}};
        if (::poll(fds, 2, 10000) <= 0 || (fds[1].revents & POLLIN))
            return false;
        const ssize_t n =
                ::send(client, bytes.constData() + done, size_t(bytes.size() - done), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += qsizetype(n);
        sent += n;
    }
    return true;
}

// Waits \a ms, or less if \a stop is written; false then.
bool pause(int stop, int ms)
{
    pollfd fd{stop, POLLIN, 0};
    return ::poll(&fd, 1, ms) == 0;
}

// Reads one request's head and its Content-Length of body.
bool readRequest(int client, int stop)
{
    QByteArray buffer;
    while (true) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            qint64 length = 0;
            const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() >= headEnd + 4 + length)
                return true;
        }
        pollfd fds[2] = {{client, POLLIN, 0}, {stop, POLLIN, 0}};
        if (::poll(fds, 2, 10000) <= 0 || (fds[1].revents & POLLIN))
            return false;
        char chunk[4096];
        const ssize_t n = ::recv(client, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        buffer.append(chunk, n);
    }
}

} // namespace

HostileServer::HostileServer(Behaviour behaviour) : m_behaviour(behaviour) { }

HostileServer::~HostileServer()
{
    if (m_stopPipe[1] >= 0) {
        const char stop = 's';
        if (::write(m_stopPipe[1], &stop, 1) != 1) {
            // The thread also ends when the listener closes.
        }
    }
    if (m_thread.joinable())
        m_thread.join();
    for (const int fd : {m_listener, m_stopPipe[0], m_stopPipe[1]}) {
        if (fd >= 0)
            ::close(fd);
    }
}

bool HostileServer::listen()
{
    if (::pipe(m_stopPipe) != 0)
        return false;
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listener < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(m_listener, 16) != 0)
        return false;
    socklen_t size = sizeof address;
    if (::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &size) != 0)
        return false;
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { serve(); });
    return true;
}

QUrl HostileServer::webhookUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/services/T0HOSTILE/B0HOSTILE/"
                               "hostilehostilehostile123")
                        .arg(m_port));
}

void HostileServer::serve()
{
    // One connection at a time: SlackLog has one post under way per webhook.
    while (true) {
        pollfd fds[2] = {{m_listener, POLLIN, 0}, {m_stopPipe[0], POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0 && errno != EINTR)
            return;
        if (fds[1].revents & POLLIN)
            return;
        if (!(fds[0].revents & POLLIN))
            continue;
        const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        answer(client);
        ::close(client);
    }
}

void HostileServer::answer(int client)
{
    const int stop = m_stopPipe[0];
    if (!readRequest(client, stop))
        return;
    ++m_requests;
    qint64 sent = 0;
    const auto record = [this, &sent] {
        qint64 most = m_mostBytesSent.load();
        while (sent > most && !m_mostBytesSent.compare_exchange_weak(most, sent)) { }
    };
    switch (m_behaviour) {
    case Behaviour::EndlessChunkedOk: {
        if (!sendAll(client, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", stop, sent))
            break;
        const QByteArray chunk =
                QByteArray::number(4096, 16) + "\r\n" + QByteArray(4096, 'o') + "\r\n";
        while (sendAll(client, chunk, stop, sent) && sent < qint64(4) * 1024 * 1024 * 1024) { }
        break;
    }
    case Behaviour::HugeBodyOk: {
        const qint64 size = 100 * 1024 * 1024;
        if (!sendAll(client,
                     "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n",
                     stop, sent))
            break;
        const QByteArray block(64 * 1024, 'k');
        for (qint64 done = 0; done < size && sendAll(client, block, stop, sent);
             done += block.size()) { }
        break;
    }
    case Behaviour::TrickleOk:
        if (!sendAll(client, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n", stop, sent))
            break;
        for (int i = 0; i < 100 && pause(stop, 200) && sendAll(client, "o", stop, sent); ++i) { }
        break;
    case Behaviour::NoStatusCode:
        sendAll(client, "HTTP/1.1\r\n\r\n", stop, sent);
        break;
    case Behaviour::HtmlOk: {
        const QByteArray page = "<html><head><title>Sign in to the network</title></head>"
                                "<body>Please accept the terms.</body></html>";
        sendAll(client,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                        + QByteArray::number(page.size()) + "\r\nConnection: close\r\n\r\n" + page,
                stop, sent);
        break;
    }
    case Behaviour::InvalidTokenOk:
        sendAll(client,
                "HTTP/1.1 200 OK\r\nContent-Length: 13\r\nConnection: close\r\n\r\ninvalid_token",
                stop, sent);
        break;
    }
    record();
}
