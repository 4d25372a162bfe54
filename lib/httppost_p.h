#ifndef SLACKLOG_HTTPPOST_P_H
#define SLACKLOG_HTTPPOST_P_H

#include "answer_p.h"
#include "httpwire_p.h"

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qobject.h>
#include <QtCore/qtimer.h>
#include <QtCore/qurl.h>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace SlackLog::Internal {

/*
    One post, on the thread's event loop: connects (through the proxy, with TLS for https),
    sends, and reads the answer within the bounds of httpwire_p.h. The whole exchange is bounded
    by the timeout, not the gaps in it, so a server that trickles its answer cannot hold the
    post. Reports once, through the callback; the owner deletes it afterwards (deleteLater).
*/
class HttpPost : public QObject
{
    Q_OBJECT
public:
    using Finished = std::function<void(const Answer &)>;

    HttpPost(const QUrl &url, QByteArray request, std::chrono::milliseconds timeout,
             const QUrl &proxy, Finished finished, QObject *parent = nullptr);
    ~HttpPost() override;

    void start();
    // Ends it without a report.
    void cancel();

private:
    void onConnected();
    void onReadyRead();
    void onClosedOrFailed();
    // Reads what came; true, and finished, when the answer is whole or cannot be.
    bool settle(bool closed);
    void finish(Answer::Failure failure, const QString &detail = QString());

    QUrl m_url;
    QByteArray m_request;
    std::chrono::milliseconds m_timeout;
    QUrl m_proxy;
    Finished m_finished;
    std::unique_ptr<QTcpSocket> m_socket;
    ResponseReader m_reader;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace SlackLog::Internal

#endif // SLACKLOG_HTTPPOST_P_H
