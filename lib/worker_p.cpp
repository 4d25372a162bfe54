#include "worker_p.h"

#include "deliveryoutcome_p.h"
#include "engine_p.h"
#include "threadflags_p.h"

#include "httppost_p.h"
#include <QtCore/qcoreevent.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qthread.h>

namespace SlackLog::Internal {

qint64 steadyNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

Worker::Worker(Engine &engine)
    : m_engine(engine), m_outbox(&engine.ledger()), m_poll(this), m_sendTimer(this)
{
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &Worker::drain);
    m_sendTimer.setSingleShot(true);
    m_sendTimer.setTimerType(Qt::PreciseTimer); // a 429's wait is a floor: never early
    connect(&m_sendTimer, &QTimer::timeout, this, &Worker::postReady);
}

Worker::~Worker()
{
    // A stop can overtake start(), which then made this the wake target after the engine
    // had cleared it.
    m_engine.queue().clearWakeTarget(this);
    // Posts still under way when the thread ends were cut off at a deadline. Their request may
    // have reached Slack: without a spool they count as dropped rather than risk showing twice;
    // with one, they are kept for the next run, as possible duplicates.
    // The spool marked them sent: the run that sends them again counts possible duplicates.
    quint64 cutOff = 0;
    for (const UnderWay &post : std::as_const(m_underWay)) {
        post.post->cancel();
        cutOff += quint64(post.batch.messageCount);
        m_outbox.abandon(post.batch, DropReason::Shutdown, steadyNowMs());
    }
    m_underWay.clear();
    if (cutOff > 0) {
        m_engine.reportCutOff(cutOff, m_outbox.hasSpool());
        m_engine.publishProgress(m_outbox);
    }
    // Taken from the spool: into the outbox, which keeps them in the spool at shutdown.
    if (!m_replay.empty())
        m_outbox.addReplay(std::exchange(m_replay, {}), m_replayFirstSequence,
                           m_engine.applicationName(), m_engine.applicationVersion());
    // Records taken from the queue but not formatted yet go back to its front.
    m_engine.queue().putBack(m_records, m_changes);
    m_engine.returnOutbox(std::move(m_outbox));
}

void Worker::start()
{
    t_isWorkerThread = true;
    t_deliveringHere = true;
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
    m_sendTimer.stop();
    if (m_underWay.isEmpty())
        thread()->quit();
}

void Worker::drain()
{
    if (m_stopping)
        return;
    if (m_records.empty()) {
        std::vector<SpooledRecord> replay;
        if (m_replay.empty() && m_outbox.hasReplay() && hasRoomForReplay())
            replay = m_outbox.takeReplay(recordsPerTurn);
        const quint64 first = m_engine.queue().takeAll(m_records, m_changes, replay.size());
        if (!replay.empty()) {
            m_replay = std::move(replay);
            m_replayFirstSequence = first;
        }
    }
    const bool took = !m_records.empty() || !m_replay.empty();
    const size_t count = qMin(m_records.size(), recordsPerTurn);
    Records turn(std::make_move_iterator(m_records.begin()),
                 std::make_move_iterator(m_records.begin() + qsizetype(count)));
    m_records.erase(m_records.begin(), m_records.begin() + qsizetype(count));
    // Settings changes travel with the records they apply to; the rest wait for the last turn.
    auto split = m_changes.begin();
    if (m_records.empty())
        split = m_changes.end();
    else
        while (split != m_changes.end() && split->firstSequence <= turn.back().sequence)
            ++split;
    std::vector<ConfigChange> changes(std::make_move_iterator(m_changes.begin()),
                                      std::make_move_iterator(split));
    m_changes.erase(m_changes.begin(), split);
    if (!turn.empty() || !changes.empty())
        m_outbox.add(turn, changes, m_engine.applicationName(), m_engine.applicationVersion());
    if (m_records.empty() && !m_replay.empty())
        m_outbox.addReplay(std::exchange(m_replay, {}), m_replayFirstSequence,
                           m_engine.applicationName(), m_engine.applicationVersion());
    m_engine.trimToLimits(m_outbox);
    postReady();
    afterProgress();
    if (!m_records.empty()) {
        m_poll.start(0);
        return;
    }
    // While messages come, looks again soon, so that a burst costs the logging threads no
    // wake-ups; then sleeps until one comes. With a spool, a message reaches the disk within
    // one busy interval of being logged: that is what a kill -9 can lose.
    if (took) {
        m_poll.start(busyInterval);
        return;
    }
    m_poll.stop();
    if (!m_engine.queue().sleepUntilQueued())
        m_poll.start(0); // something came meanwhile
}

void Worker::postReady()
{
    if (m_stopping)
        return;
    const qint64 now = steadyNowMs();
    // While the process exits, posts carry Slack's whole limit, so the queue drains in few.
    m_outbox.setExitBudget(m_engine.isExiting());
    while (const std::optional<Batch> batch = m_outbox.takeReady(now))
        send(*batch);
    const qint64 next = m_outbox.nextReadyAt(now);
    if (next < 0)
        m_sendTimer.stop();
    else
        m_sendTimer.start(int(qMin<qint64>(next - now, INT_MAX)));
}

void Worker::send(const Batch &batch)
{
    const Settings &settings = m_outbox.config()->settings();
    const std::chrono::milliseconds timeout = settings.requestTimeout();
    // Slack never redirects a webhook, and a redirect is not followed: it could carry the
    // payload to another host.
    auto *post = new HttpPost(
            batch.destination.webhookUrl, httpRequest(batch.destination.webhookUrl, batch.payload),
            timeout, settings.proxy(),
            [this, batch](const Answer &answer) { onFinished(batch, answer); }, this);
    m_underWay.insert(batch.webhook, {post, batch});
    post->start();
}

void Worker::onFinished(const Batch &batch, const Answer &answer)
{
    if (const auto post = m_underWay.find(batch.webhook); post != m_underWay.end()) {
        post->post->deleteLater();
        m_underWay.erase(post);
    }
    const qint64 now = steadyNowMs();
    const std::chrono::milliseconds timeout = m_outbox.config()->settings().requestTimeout();
    const Settlement settlement = m_outbox.answer(batch, answer, now);
    m_engine.finishDelivery(batch, deliveryResult(batch, answer, timeout), settlement);
    // The first post makes more of Qt's network globals; see Engine::prepareForExit().
    m_engine.registerExitHandlerAfterFirstPost();
    afterProgress();
    if (m_stopping) {
        if (m_underWay.isEmpty())
            thread()->quit();
        return;
    }
    postReady();
    // An earlier run's messages wait for room, which this answer may have made.
    if (!m_poll.isActive() && m_records.empty() && m_outbox.hasReplay() && hasRoomForReplay())
        m_poll.start(0);
}

void Worker::countInMemory()
{
    InMemoryCount result;
    m_engine.queue().whileLocked([&](const Records &queued) {
        result.counted = quint64(queued.size() + m_records.size() + m_replay.size())
                + m_outbox.messageCount();
        result.statistics = m_engine.ledger().snapshot();
    });
    const std::lock_guard lock(m_countMutex);
    m_lastCount = result;
}

InMemoryCount Worker::lastCountInMemory() const
{
    const std::lock_guard lock(m_countMutex);
    return m_lastCount;
}

bool Worker::hasRoomForReplay() const
{
    // Half the caps at most, so that what is logged meanwhile still fits.
    const QueueLimits limits = m_engine.queue().limits();
    return m_engine.ledger().pending() < limits.messages / 2
            && m_engine.ledger().pendingBytes.load(std::memory_order_acquire) < limits.bytes / 2;
}

void Worker::afterProgress()
{
    m_outbox.syncSpool();
    m_engine.reportSpoolProblems(m_outbox);
    m_engine.publishProgress(m_outbox);
    if (const std::optional<QString> notice = m_engine.dropNoticeIfRoom()) {
        m_outbox.addNotice(*notice);
        postReady();
    }
}

} // namespace SlackLog::Internal
