#ifndef SLACKLOG_TESTS_HOSTILESERVER_H
#define SLACKLOG_TESTS_HOSTILESERVER_H

#include <QtCore/QUrl>

#include <atomic>
#include <thread>

// A server on 127.0.0.1 that answers every POST as a broken or hostile one would. Written with
// plain sockets on a thread of its own, so that it shares no code with SlackLog or Qt's
// network stack, and a test may block in flush() or a helper process may post to it.
class HostileServer
{
public:
    enum class Behaviour {
        EndlessChunkedOk, // 200, chunked, and chunks until the client goes away
        HugeBodyOk, // 200 with a body of 100 MB
        TrickleOk, // 200, Content-Length 100, one byte every 200 ms
        NoStatusCode, // "HTTP/1.1", and nothing else
        HtmlOk, // 200 with a proxy's HTML page
        InvalidTokenOk, // 200 "invalid_token"
    };

    explicit HostileServer(Behaviour behaviour);
    ~HostileServer();
    HostileServer(const HostileServer &) = delete;
    HostileServer &operator=(const HostileServer &) = delete;

    bool listen();
    QUrl webhookUrl() const;
    int requestCount() const { return m_requests.load(); }
    // The most one connection was sent before the client closed it.
    qint64 mostBytesSent() const { return m_mostBytesSent.load(); }

private:
    void serve();
    void answer(int client);

    Behaviour m_behaviour;
    int m_listener = -1;
    int m_stopPipe[2] = {-1, -1};
    quint16 m_port = 0;
    std::thread m_thread;
    std::atomic<int> m_requests{0};
    std::atomic<qint64> m_mostBytesSent{0};
};

#endif // SLACKLOG_TESTS_HOSTILESERVER_H
