#include "slackstandin.h"

#include "standinserver_p.h"

#include <QtCore/qthread.h>

namespace SlackLog::Testing {

class SlackStandInPrivate
{
public:
    StandInState state;
    QThread thread;
    StandInServer *server = nullptr;
    quint16 port = 0;
    qsizetype relayed = 0; // requests already announced with requestReceived()
};

SlackStandIn::SlackStandIn(QObject *parent)
    : QObject(parent), d_ptr(std::make_unique<SlackStandInPrivate>())
{
    d_ptr->thread.setObjectName(QStringLiteral("Slack stand-in"));
}

SlackStandIn::~SlackStandIn()
{
    Q_D(SlackStandIn);
    d->thread.quit();
    d->thread.wait();
    // Under the lock the serving thread last wrote under, so that ThreadSanitizer, which cannot
    // see into QThread::wait(), sees that thread's writes before the state is destroyed.
    const std::lock_guard lock(d->state.mutex);
    d->state.requests.clear();
}

bool SlackStandIn::listen()
{
    Q_D(SlackStandIn);
    if (d->server)
        return true;
    // Listen here, then hand the server to its thread: the port is known when this returns,
    // and nothing has to wait on the other thread.
    auto server = std::make_unique<StandInServer>(d->state);
    if (!server->listen())
        return false;
    d->port = server->port();
    d->server = server.release();
    d->server->moveToThread(&d->thread);
    connect(&d->thread, &QThread::finished, d->server, &QObject::deleteLater);
    connect(d->server, &StandInServer::received, this, [this] {
        Q_D(SlackStandIn);
        const QList<ReceivedRequest> all = requests();
        for (; d->relayed < all.size(); ++d->relayed)
            Q_EMIT requestReceived(all.at(d->relayed));
    });
    d->thread.start();
    return true;
}

bool SlackStandIn::isListening() const
{
    return d_func()->server != nullptr;
}

quint16 SlackStandIn::port() const
{
    return d_func()->port;
}

QUrl SlackStandIn::webhookUrl(const QString &webhookId) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d_func()->port);
    url.setPath(QLatin1String("/services/T00000000/") + webhookId
                + QLatin1String("/XXXXXXXXXXXXXXXXXXXXXXXX"));
    return url;
}

SlackStandIn::Mode SlackStandIn::mode() const
{
    const std::lock_guard lock(d_func()->state.mutex);
    return d_func()->state.mode;
}

void SlackStandIn::setMode(Mode mode)
{
    const std::lock_guard lock(d_func()->state.mutex);
    d_func()->state.mode = mode;
}

std::chrono::milliseconds SlackStandIn::delay() const
{
    const std::lock_guard lock(d_func()->state.mutex);
    return d_func()->state.delay;
}

void SlackStandIn::setDelay(std::chrono::milliseconds delay)
{
    const std::lock_guard lock(d_func()->state.mutex);
    d_func()->state.delay = delay;
}

std::chrono::seconds SlackStandIn::retryAfter() const
{
    const std::lock_guard lock(d_func()->state.mutex);
    return d_func()->state.retryAfter;
}

void SlackStandIn::setRetryAfter(std::chrono::seconds seconds)
{
    const std::lock_guard lock(d_func()->state.mutex);
    d_func()->state.retryAfter = seconds;
}

QList<ReceivedRequest> SlackStandIn::requests() const
{
    const std::lock_guard lock(d_func()->state.mutex);
    return d_func()->state.requests;
}

int SlackStandIn::requestCount() const
{
    const std::lock_guard lock(d_func()->state.mutex);
    return int(d_func()->state.requests.size());
}

QStringList SlackStandIn::receivedLines() const
{
    QStringList lines;
    const QList<ReceivedRequest> all = requests();
    for (const ReceivedRequest &request : all) {
        if (request.answeredStatus == 200)
            lines += request.text().split(u'\n');
    }
    return lines;
}

bool SlackStandIn::waitForRequests(int count, std::chrono::milliseconds timeout) const
{
    const StandInState &state = d_func()->state;
    std::unique_lock lock(state.mutex);
    return state.arrived.wait_for(lock, timeout,
                                  [&state, count] { return state.requests.size() >= count; });
}

void SlackStandIn::clear()
{
    Q_D(SlackStandIn);
    const std::lock_guard lock(d->state.mutex);
    d->state.requests.clear();
    d->relayed = 0;
}

} // namespace SlackLog::Testing
