#include "worker_p.h"

#include "deliveryoutcome_p.h"
#include "engine_p.h"
#include "slacklog_version.h"
#include "threadflags_p.h"

#include <QtCore/qcoreevent.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qthread.h>
#include <QtNetwork/qnetworkaccessmanager.h>
#include <QtNetwork/qnetworkreply.h>
#include <QtNetwork/qnetworkrequest.h>

namespace SlackLog::Internal {

namespace {

Answer::Failure failureOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Answer::Failure::Refused;
    case QNetworkReply::RemoteHostClosedError:
        return Answer::Failure::Closed;
    case QNetworkReply::HostNotFoundError:
        return Answer::Failure::HostNotFound;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
        return Answer::Failure::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return Answer::Failure::Tls;
    default:
        return Answer::Failure::Other;
    }
}

} // namespace

Worker::Worker(Engine &engine) : m_engine(engine), m_poll(this)
{
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &Worker::drain);
}

Worker::~Worker()
{
    // A stop can overtake start(), which then made this the wake target after the engine
    // had cleared it.
    m_engine.queue().clearWakeTarget(this);
    // Posts still under way when the thread ends were cut off at a deadline. Their request may
    // have reached Slack, so posting them again could show them twice: they count as dropped.
    quint64 cutOff = 0;
    for (auto it = m_underWay.cbegin(); it != m_underWay.cend(); ++it) {
        it.value()->disconnect(this);
        it.value()->abort();
        cutOff += m_outbox.settle(it.key());
    }
    m_underWay.clear();
    if (cutOff > 0) {
        m_engine.dropCutOff(cutOff);
        m_engine.publishProgress(m_outbox);
    }
    delete m_network;
    // Records taken from the queue but not formatted yet go back to its front.
    std::vector<Record> unformatted(
            std::make_move_iterator(m_records.begin() + qsizetype(m_nextRecord)),
            std::make_move_iterator(m_records.end()));
    m_engine.queue().putBack(unformatted, m_changes);
    m_engine.returnOutbox(std::move(m_outbox));
}

void Worker::start()
{
    t_isWorkerThread = true;
    t_deliveringHere = true;
    m_network = new QNetworkAccessManager(this);
    m_outbox = m_engine.takeOutbox();
    m_engine.queue().setWakeTarget(this);
    drain();
}

bool Worker::event(QEvent *event)
{
    if (event->type() == RecordQueue::drainEventType()) {
        drain();
        return true;
    }
    return QObject::event(event);
}

void Worker::stop()
{
    m_stopping = true;
    m_poll.stop();
    if (m_underWay.isEmpty())
        thread()->quit();
}

void Worker::drain()
{
    if (m_stopping)
        return;
    if (m_nextRecord == m_records.size()) {
        m_records.clear();
        m_nextRecord = 0;
        m_engine.queue().takeAll(m_records, m_changes);
    }
    const bool took = m_nextRecord < m_records.size();
    const size_t end = qMin(m_records.size(), m_nextRecord + recordsPerTurn);
    std::vector<Record> turn(std::make_move_iterator(m_records.begin() + qsizetype(m_nextRecord)),
                             std::make_move_iterator(m_records.begin() + qsizetype(end)));
    m_nextRecord = end;
    // Settings changes travel with the records they apply to; the rest wait for the last turn.
    std::vector<ConfigChange> changes;
    auto split = m_changes.begin();
    if (m_nextRecord == m_records.size())
        split = m_changes.end();
    else
        while (split != m_changes.end() && split->firstSequence <= turn.back().sequence)
            ++split;
    changes.assign(std::make_move_iterator(m_changes.begin()), std::make_move_iterator(split));
    m_changes.erase(m_changes.begin(), split);
    if (!turn.empty() || !changes.empty())
        m_outbox.add(turn, changes, m_engine.applicationName());
    postReady();
    afterProgress();
    if (m_nextRecord < m_records.size()) {
        m_poll.start(0);
        return;
    }
    const auto next = took ? busyInterval
                           : qMin(idleInterval, std::chrono::milliseconds(m_poll.interval() * 2));
    m_poll.start(qMax(next, busyInterval));
}

void Worker::postReady()
{
    const QStringList keys = m_outbox.readyDestinations();
    for (const QString &key : keys) {
        const Batch batch = m_outbox.takeBatch(key);
        const std::chrono::milliseconds timeout = m_outbox.config()->settings().requestTimeout();
        QNetworkRequest request(batch.destination.webhookUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          QByteArrayLiteral("SlackLog/" SLACKLOG_VERSION_STRING));
        // Slack never redirects a webhook; a redirect could carry the payload to another host.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(int(qMin<qint64>(timeout.count(), INT_MAX)));
        QNetworkReply *reply = m_network->post(request, batch.payload);
        m_underWay.insert(key, reply);
        const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, batch, startedAt] { onFinished(reply, batch, startedAt); });
    }
}

void Worker::onFinished(QNetworkReply *reply, const Batch &batch, qint64 startedAtMSecs)
{
    reply->deleteLater();
    m_underWay.remove(batch.key);
    Answer answer;
    answer.latency =
            std::chrono::milliseconds(QDateTime::currentMSecsSinceEpoch() - startedAtMSecs);
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        answer.httpStatus = status.toInt();
        answer.body = reply->readAll();
        answer.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    } else {
        answer.failure = failureOf(reply->error());
        answer.detail = reply->errorString();
    }
    const std::chrono::milliseconds timeout = m_outbox.config()->settings().requestTimeout();
    m_outbox.settle(batch.key);
    m_engine.finishDelivery(batch, deliveryResult(batch, answer, timeout));
    // The first post makes more of Qt's network globals; see Engine::prepareForExit().
    m_engine.registerExitHandlerAfterFirstPost();
    afterProgress();
    if (m_stopping) {
        if (m_underWay.isEmpty())
            thread()->quit();
        return;
    }
    postReady();
}

void Worker::afterProgress()
{
    m_engine.publishProgress(m_outbox);
    if (const DeliveryConfig *config = m_outbox.config())
        m_engine.reportDropEpisodeIfOver(quint64(config->settings().queueCapacity()));
}

} // namespace SlackLog::Internal
