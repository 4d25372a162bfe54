#include "slackstandin.h"

#include "standinserver_p.h"

#include <QtCore/qthread.h>

#include <algorithm>

namespace SlackLog::Testing {

class SlackStandInPrivate
{
public:
    StandInState state;
    QThread thread;
    // Guards server and port, so that listen() and close() may come from any thread.
    mutable std::mutex control;
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
    return listen(0);
}

bool SlackStandIn::listen(quint16 port)
{
    Q_D(SlackStandIn);
    const std::lock_guard control(d->control);
    if (d->server)
        return port == 0 || port == d->port;
    // Listen here, then hand the server to its thread: the port is known when this returns,
    // and nothing has to wait on the other thread.
    auto server = std::make_unique<StandInServer>(d->state);
    if (!server->listen(port))
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

void SlackStandIn::close()
{
    Q_D(SlackStandIn);
    const std::lock_guard control(d->control);
    if (!d->server)
        return;
    // The thread's end deletes the server with its listening socket and every connection, so
    // nothing is left to accept or to answer. listen() starts the thread again.
    d->thread.quit();
    d->thread.wait();
    d->server = nullptr;
}

bool SlackStandIn::isListening() const
{
    const std::lock_guard control(d_func()->control);
    return d_func()->server != nullptr;
}

quint16 SlackStandIn::port() const
{
    const std::lock_guard control(d_func()->control);
    return d_func()->port;
}

QUrl SlackStandIn::webhookUrl(const QString &webhookId) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
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

SlackStandIn::RetryAfterForm SlackStandIn::retryAfterForm() const
{
    const std::lock_guard lock(d_func()->state.mutex);
    return d_func()->state.retryAfterForm;
}

void SlackStandIn::setRetryAfterForm(RetryAfterForm form)
{
    const std::lock_guard lock(d_func()->state.mutex);
    d_func()->state.retryAfterForm = form;
}

void SlackStandIn::setFailureEvery(int n, Mode failure)
{
    const std::lock_guard lock(d_func()->state.mutex);
    d_func()->state.failureEvery = std::max(0, n);
    d_func()->state.failureMode = failure;
}

int SlackStandIn::failureEvery() const
{
    const std::lock_guard lock(d_func()->state.mutex);
    return d_func()->state.failureEvery;
}

SlackStandIn::Mode SlackStandIn::failureMode() const
{
    const std::lock_guard lock(d_func()->state.mutex);
    return d_func()->state.failureMode;
}

void SlackStandIn::setRateLimit(double postsPerSecond, int burst)
{
    const std::lock_guard lock(d_func()->state.mutex);
    // Written so that NaN turns the limit off too.
    d_func()->state.postsPerSecond = postsPerSecond > 0 ? postsPerSecond : 0;
    d_func()->state.burst = std::max(1, burst);
    d_func()->state.buckets.clear();
}

double SlackStandIn::rateLimitPostsPerSecond() const
{
    const std::lock_guard lock(d_func()->state.mutex);
    return d_func()->state.postsPerSecond;
}

int SlackStandIn::rateLimitBurst() const
{
    const std::lock_guard lock(d_func()->state.mutex);
    return d_func()->state.burst;
}

ServerLimits ServerLimits::slack()
{
    return ServerLimits();
}

ServerLimits ServerLimits::mattermost()
{
    ServerLimits limits;
    limits.textLimit = 16383;
    limits.blocks = false;
    return limits;
}

ServerLimits ServerLimits::rocketChat()
{
    ServerLimits limits;
    limits.textLimit = 5000;
    limits.blocks = false;
    return limits;
}

ServerLimits ServerLimits::discord()
{
    ServerLimits limits;
    limits.textLimit = 2000;
    limits.maxAttachments = 10;
    limits.attachmentsTotal = 6000;
    limits.blocks = false;
    return limits;
}

void SlackStandIn::setServerLimits(const ServerLimits &limits)
{
    const std::lock_guard lock(d_func()->state.mutex);
    d_func()->state.limits = limits;
}

ServerLimits SlackStandIn::serverLimits() const
{
    const std::lock_guard lock(d_func()->state.mutex);
    return d_func()->state.limits;
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
            lines += request.displayedTexts().join(u'\n').split(u'\n');
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
    d->state.counted = 0;
    d->relayed = 0;
}

} // namespace SlackLog::Testing
