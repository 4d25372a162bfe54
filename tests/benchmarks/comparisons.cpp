#include "comparisons.h"

#include <QtCore/QEventLoop>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>

#include <fcntl.h>
#include <unistd.h>

namespace Bench {

void noOpHandler(QtMsgType, const QMessageLogContext &, const QString &) { }

namespace NaiveQueue {
namespace {
std::mutex mutex;
std::deque<QString> messages;
} // namespace

void handler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    const std::lock_guard<std::mutex> lock(mutex);
    messages.push_back(message);
}

std::size_t size()
{
    const std::lock_guard<std::mutex> lock(mutex);
    return messages.size();
}

void clear()
{
    const std::lock_guard<std::mutex> lock(mutex);
    std::deque<QString>().swap(messages);
}
} // namespace NaiveQueue

namespace NaiveBlocking {
namespace {
QUrl webhook;
std::atomic<std::size_t> okCount{0};
std::atomic<std::size_t> failedCount{0};
} // namespace

void setWebhook(const QUrl &url)
{
    webhook = url;
    okCount = 0;
    failedCount = 0;
}

void handler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    // One manager per thread: it belongs to the thread that made it.
    thread_local std::unique_ptr<QNetworkAccessManager> manager;
    if (!manager)
        manager = std::make_unique<QNetworkAccessManager>();
    QNetworkRequest request(webhook);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("text"), message}})
                                    .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = manager->post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    (status == 200 ? okCount : failedCount).fetch_add(1);
    delete reply;
}

std::size_t delivered()
{
    return okCount.load();
}

std::size_t failed()
{
    return failedCount.load();
}
} // namespace NaiveBlocking

StderrToDevNull::StderrToDevNull()
{
    std::fflush(stderr);
    m_saved = ::dup(STDERR_FILENO);
    const int devNull = ::open("/dev/null", O_WRONLY);
    ::dup2(devNull, STDERR_FILENO);
    ::close(devNull);
}

StderrToDevNull::~StderrToDevNull()
{
    std::fflush(stderr);
    ::dup2(m_saved, STDERR_FILENO);
    ::close(m_saved);
}

} // namespace Bench
