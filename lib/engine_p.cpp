#include "engine_p.h"

#include "blockingposter_p.h"
#include "deliverymonitor_p.h"
#include "logging_p.h"
#include "scopedoverride_p.h"
#include "threadflags_p.h"
#include "wording_p.h"
#include "worker_p.h"

#include "translation_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qdir.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qscopeguard.h>
#include <QtCore/qthread.h>
#include <QtNetwork/qnetworkproxy.h>
#include <QtNetwork/qsslsocket.h>

#include <cstdlib>
#include <thread>

#if defined(Q_OS_LINUX)
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace SlackLog::Internal {

Q_LOGGING_CATEGORY(lcSlackLog, "slacklog")

namespace {

// How deep this thread is in our handler. A handler installed over ours that calls ours, and
// that ours then calls in turn, would otherwise recurse without end.
thread_local int t_handlerDepth = 0;

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Engine::instance().handleMessage(type, context, message);
}

void onApplicationStarted()
{
    Engine::instance().applicationStarted();
}

void onApplicationDestroyed()
{
    Engine::instance().applicationDestroyed();
}

void onProcessExit()
{
    Engine::instance().processExiting();
}

// The id %{threadid} shows, as Qt's own handler shows it: the kernel's id on Linux. Cached,
// because gettid() is a system call.
qint64 currentThreadId()
{
    thread_local qint64 id = 0;
    if (id == 0) {
#if defined(Q_OS_LINUX)
        id = qint64(::syscall(SYS_gettid));
#else
        id = qint64(reinterpret_cast<quintptr>(QThread::currentThreadId()));
#endif
    }
    return id;
}

QString timeOfDay(qint64 utcMSecs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMSecs).toString(QStringLiteral("hh:mm:ss"));
}

qint64 steadyNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

int remainingMSecs(const QDeadlineTimer &deadline)
{
    return int(qBound(qint64(0), deadline.remainingTime(), qint64(INT_MAX)));
}

} // namespace

// Runs in every QCoreApplication's constructor, so an install() made before the application
// existed starts delivering as soon as it does.
Q_COREAPP_STARTUP_FUNCTION(onApplicationStarted)

Engine &Engine::instance()
{
    // Never destroyed: the handler can run during static destruction, after any global of ours.
    static Engine *const engine = new Engine;
    return *engine;
}

Engine::Engine() : m_outbox(&m_ledger) { }

void Engine::handleMessage(QtMsgType type, const QMessageLogContext &context,
                           const QString &message)
{
    if (t_handlerDepth > 0)
        return;
    // Without an application object, Qt warns that it cannot connect to one whenever our own
    // synchronous delivery loads its TLS backend: noise of ours, not the application's.
    if (t_deliveringHere && !QCoreApplication::instance() && context.category
        && qstrcmp(context.category, "qt.core.qobject.connect") == 0)
        return;
    ++t_handlerDepth;
    const auto leave = qScopeGuard([] { --t_handlerDepth; });
    if (m_installed.load(std::memory_order_acquire) && !t_deliveringHere)
        capture(type, context, message);
    if (const QtMessageHandler previous = m_previous.load(std::memory_order_acquire))
        previous(type, context, message);
}

void Engine::capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const CallSite site = m_callSites.lookup(context);
    const Level level = levelOf(type);
    if (!site.accepts(level))
        return;
    Record record;
    record.level = level;
    record.utcMSecs = QDateTime::currentMSecsSinceEpoch();
    record.message = message;
    record.origin = site.origin;
    record.scopedOverride = currentScopedOverride();
    record.threadId = currentThreadId();
    if (site.needsQThread)
        record.qthread = reinterpret_cast<quintptr>(QThread::currentThread());
    const bool final = m_phase.load(std::memory_order_acquire) == Phase::Final;
    if (type == QtFatalMsg && !final) {
        // The process aborts when this returns. The fatal message is posted first and
        // directly, so that it never waits behind a post under way; then what came before it.
        const QDeadlineTimer deadline(std::chrono::milliseconds(m_shutdownTimeoutMs.load()));
        postFatal(std::move(record), deadline);
        deliverUntil(m_queue.lastEnqueuedSequence(), deadline);
        return;
    }
    if (m_queue.enqueue(std::move(record), type == QtFatalMsg)
        == RecordQueue::Outcome::DroppedFirstOfEpisode)
        reportQueueFull(m_queue.limits());
    if (final) {
        // Static destruction is under way, Qt's own included: posting now could touch a
        // destroyed global. Say so once instead.
        dropLateMessages();
    }
}

void Engine::postFatal(Record &&record, QDeadlineTimer deadline)
{
    std::shared_ptr<const DeliveryConfig> config;
    {
        QMutexLocker name(&m_nameMutex);
        config = m_config;
    }
    record.sequence = m_queue.assignSequence();
    Batch batch;
    batch.destination = config->destinationFor(record, config->routeFor(*record.origin));
    batch.key = destinationKey(batch.destination);
    batch.webhook = batch.destination.webhookUrl.toString(QUrl::FullyEncoded);
    // One post, with as much of the message as the server takes: there is no time for a second.
    PostStyle style = config->style();
    style.facts.applicationName = applicationName();
    style.facts.applicationVersion = applicationVersion();
    const ServerTraits traits = serverTraits(batch.destination.serverKind());
    PostFit fit(style, traits.textLimit, traits);
    std::vector<PostItem> items;
    const QStringList parts =
            config->partsFor(record, style.facts.applicationName, batch.destination);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        PostItem item{parts.at(i), record.level, record.origin, record.utcMSecs, record.threadId,
                      0,           false,        i > 0};
        if (!fit.take(item))
            break;
        items.push_back(std::move(item));
    }
    batch.payload = composePost(batch.destination, style, items);
    batch.messageCount = 1;
    batch.firstSequence = batch.lastSequence = record.sequence;
    const std::chrono::milliseconds requestTimeout = config->settings().requestTimeout();
    const DeliveringHere guard;
    m_exiting.store(true);
    const Answer answer = postBlocking(batch.destination.webhookUrl, batch.payload,
                                       qMin(deadline, QDeadlineTimer(requestTimeout)),
                                       config->settings().proxy());
    // No time to retry: the process aborts next.
    Settlement settlement;
    settlement.kind = classify(answer, batch.destination.serverKind());
    settlement.settled = 1;
    switch (settlement.kind) {
    case AnswerKind::Delivered:
        m_ledger.delivered.fetch_add(1, std::memory_order_acq_rel);
        break;
    case AnswerKind::Rejected:
    case AnswerKind::DestinationGone:
        m_ledger.drop(DropReason::Rejected, 1);
        break;
    case AnswerKind::RateLimited:
    case AnswerKind::Retryable:
        // Kept for the next run, as for a dead server; marked sent if it may have arrived, so
        // that the run that sends it again counts it as a possible duplicate.
        spoolFatal(record, batch.key, config->settings().spoolDirectory(),
                   mayHaveArrived(answer, batch.destination.serverKind()));
        break;
    }
    finishDelivery(batch, deliveryResult(batch, answer, requestTimeout), settlement);
}

void Engine::spoolFatal(const Record &record, const QString &destinationKey,
                        const QString &spoolDirectory, bool sent)
{
    if (spoolDirectory.isEmpty()) {
        m_ledger.drop(DropReason::Shutdown, 1);
        return;
    }
    QString error;
    if (Spool::writeAlone(spoolDirectory,
                          spooledRecord(record, Spool::destinationRef(destinationKey)), sent,
                          &error)) {
        m_ledger.spooled.fetch_add(1, std::memory_order_acq_rel);
    } else {
        m_ledger.drop(DropReason::SpoolFull, 1);
        report(DeliveryText::tr("the fatal message could not be kept in the spool at %1: %2")
                       .arg(QDir::toNativeSeparators(spoolDirectory), error));
    }
}

bool Engine::install(const Settings &settings)
{
    const QStringList problems = settings.validate();
    if (!problems.isEmpty()) {
        qCWarning(lcSlackLog).noquote()
                << DeliveryText::tr("SlackLog is not installed, because the settings are invalid:")
                << problems.join(u' ');
        return false;
    }

    QMutexLocker control(&m_control);
    const std::shared_ptr<const DeliveryConfig> config = DeliveryConfig::compile(settings);
    m_queue.changeConfig(config);
    {
        QMutexLocker name(&m_nameMutex);
        m_config = config;
    }
    Filter filter;
    filter.minimum = settings.minimumLevel();
    filter.rules = CategoryRules::parse(settings.categoryRules(), nullptr);
    filter.needsQThread = MessagePattern::parse(settings.messagePattern(), nullptr).needsQThread();
    m_callSites.setFilter(filter);
    QueueLimits limits;
    limits.messages = quint64(settings.queueCapacity());
    limits.bytes = settings.queueCapacityBytes();
    limits.dropOldest = settings.overflowPolicy() == Settings::OverflowPolicy::DropOldest;
    m_queue.setLimits(limits);
    m_shutdownTimeoutMs.store(settings.shutdownTimeout().count(), std::memory_order_relaxed);
    m_settings = settings;
    // The default spool directory is named after the application, so it waits for one.
    if (QCoreApplication::instance()) {
        QMutexLocker sync(&m_syncMutex);
        if (!m_outboxWithWorker) {
            m_outbox.openSpool(settings);
            reportSpoolProblems(m_outbox);
        }
    }

    if (!m_installed.load(std::memory_order_acquire)) {
        const QtMessageHandler current = qInstallMessageHandler(messageHandler);
        if (current == messageHandler) {
            // Ours was still on top, passing messages on since uninstall().
        } else if (m_above && current == m_above) {
            // The handler that was installed over ours still calls ours: it stays on top.
            qInstallMessageHandler(current);
        } else {
            m_previous.store(current, std::memory_order_release);
        }
        m_above = nullptr;
        m_installed.store(true, std::memory_order_release);
    }
    if (!m_preparedForExit)
        prepareForExit();
    if (QCoreApplication::instance()) {
        {
            QMutexLocker name(&m_nameMutex);
            m_applicationName = QCoreApplication::applicationName();
            m_applicationVersion = QCoreApplication::applicationVersion();
        }
        ensurePostRoutine();
        const Phase phase = m_phase.load();
        if (phase == Phase::Waiting || phase == Phase::Exiting)
            startWorker();
    }
    return true;
}

void Engine::uninstall()
{
    QMutexLocker control(&m_control);
    if (!m_installed.load(std::memory_order_acquire))
        return;
    m_installed.store(false, std::memory_order_release);
    const QtMessageHandler current = qInstallMessageHandler(m_previous.load());
    if (current != messageHandler) {
        // Someone installed a handler over ours and calls ours: leave theirs in place. Ours now
        // only passes messages on.
        qInstallMessageHandler(current);
        m_above = current;
    }
    const QDeadlineTimer deadline(std::chrono::milliseconds(m_shutdownTimeoutMs.load()));
    deliverUntil(m_queue.lastEnqueuedSequence(), deadline);
    if (m_phase.load() == Phase::Running) {
        stopWorker(deadline);
        m_phase.store(Phase::Waiting);
    }
    abandonUndelivered(DeliveryText::tr("SlackLog was uninstalled before they could be delivered"));
    // Nothing more is posted: a run of drops not told to the channel yet is told here.
    if (const std::optional<DropEpisode> episode = m_ledger.endDropEpisode())
        report(DeliveryText::tr("%1 dropped (queue full) since %2; SlackLog was uninstalled "
                                "before it could say so in the channel")
                       .arg(messagesText(episode->count), timeOfDay(episode->sinceUtcMSecs)));
}

bool Engine::flush(QDeadlineTimer deadline)
{
    if (t_isWorkerThread) {
        qCWarning(lcSlackLog, "SlackLog::flush() called on SlackLog's own thread; ignored");
        return false;
    }
    return deliverUntil(m_queue.lastEnqueuedSequence(), deadline);
}

Settings Engine::settings() const
{
    QMutexLocker control(const_cast<QMutex *>(&m_control));
    return m_installed.load() ? m_settings : Settings();
}

void Engine::applicationStarted()
{
    QMutexLocker control(&m_control);
    m_exitSpentMs.store(0);
    m_exiting.store(false);
    if (!m_installed.load(std::memory_order_acquire))
        return;
    {
        QMutexLocker name(&m_nameMutex);
        m_applicationName = QCoreApplication::applicationName();
        m_applicationVersion = QCoreApplication::applicationVersion();
    }
    prepareForExit();
    ensurePostRoutine();
    if (m_phase.load() != Phase::Running)
        startWorker();
}

void Engine::applicationDestroyed()
{
    QMutexLocker control(&m_control);
    m_postRoutineAdded = false;
    if (!m_installed.load(std::memory_order_acquire) || m_phase.load() != Phase::Running)
        return;
    QElapsedTimer clock;
    clock.start();
    m_exiting.store(true);
    const QDeadlineTimer deadline = exitBudget();
    deliverUntil(m_queue.lastEnqueuedSequence(), deadline);
    stopWorker(deadline);
    m_phase.store(Phase::Exiting);
    spendExitBudget(clock.elapsed());
    // Registered now, this runs before the destructors of every static object built so far,
    // Qt's among them, so the exit drain still finds Qt's network code intact.
    registerExitHandler();
}

void Engine::processExiting()
{
    QMutexLocker control(&m_control);
    if (m_phase.load() == Phase::Final)
        return;
    if (!m_installed.load(std::memory_order_acquire)) {
        // Logged while uninstall() ran: counted, not left "queued" for ever.
        abandonUndelivered(
                DeliveryText::tr("SlackLog was uninstalled before they could be delivered"));
        return;
    }
    QElapsedTimer clock;
    clock.start();
    m_exiting.store(true);
    const QDeadlineTimer deadline = exitBudget();
    // With the application object never destroyed (exit() called, or a leaked application),
    // the worker is still running and delivers; otherwise this thread does.
    deliverUntil(m_queue.lastEnqueuedSequence(), deadline);
    if (m_phase.load() == Phase::Running)
        stopWorker(deadline);
    abandonUndelivered(
            DeliveryText::tr("the shutdown timeout of %1 ms passed before they could be delivered")
                    .arg(m_shutdownTimeoutMs.load()));
    spendExitBudget(clock.elapsed());
    m_phase.store(Phase::Final);
}

void Engine::registerExitHandler()
{
    std::atexit(onProcessExit);
}

void Engine::registerExitHandlerAfterFirstPost()
{
    if (!m_registeredAfterFirstPost.exchange(true))
        registerExitHandler();
}

void Engine::prepareForExit()
{
    // exit() runs atexit handlers and static destructors in the reverse order of their making.
    // Qt's network globals are made here, before our handler is registered, so that exit stops
    // the worker, or posts synchronously, while they are still intact.
    {
        const DeliveringHere guard; // Qt warns while it loads TLS without an application
        QSslSocket::supportsSsl();
        QNetworkProxy::applicationProxy();
    }
    registerExitHandler();
    m_preparedForExit = true;
}

QDeadlineTimer Engine::exitBudget() const
{
    return QDeadlineTimer(std::chrono::milliseconds(
            qMax<qint64>(0, m_shutdownTimeoutMs.load() - m_exitSpentMs.load())));
}

void Engine::spendExitBudget(qint64 msecs)
{
    m_exitSpentMs.fetch_add(msecs);
}

void Engine::startWorker()
{
    {
        QMutexLocker sync(&m_syncMutex);
        if (m_outboxWithWorker) {
            // A worker that could not be stopped still holds the messages: a second one would
            // deliver them twice, or lose them.
            report(DeliveryText::tr("a delivery thread left behind still runs; no new one is "
                                    "started"));
            return;
        }
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("SlackLog delivery"));
    m_worker = new Worker(*this);
    m_worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::started, m_worker, &Worker::start);
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_phase.store(Phase::Running, std::memory_order_release);
    m_thread->start();
}

void Engine::stopWorker(QDeadlineTimer deadline)
{
    if (!m_thread)
        return;
    m_queue.setWakeTarget(nullptr);
    // The worker starts no new post and ends its thread once the posts under way are answered:
    // cutting one off after its request went out would leave it unknown whether Slack has it.
    // By name, so the call is made inside QtCore (see DeliveryMonitorPrivate::post). A thread
    // that has ended took its worker with it, and gave the outbox back: nothing to post to.
    if (m_thread->isFinished())
        report(DeliveryText::tr("the delivery thread had ended before it was asked to stop"));
    else
        QMetaObject::invokeMethod(m_worker, "stop", Qt::QueuedConnection);
    bool stopped = m_thread->wait(deadline);
    if (!stopped) {
        // Time is up: posts still under way are cut off and counted as dropped.
        m_thread->quit();
        stopped = m_thread->wait(QDeadlineTimer(std::chrono::seconds(2)));
    }
    if (stopped)
        delete m_thread;
    else
        report(DeliveryText::tr("the delivery thread did not stop in time; it is left behind"));
    m_thread = nullptr;
    m_worker = nullptr;
}

void Engine::ensurePostRoutine()
{
    if (m_postRoutineAdded)
        return;
    qAddPostRoutine(onApplicationDestroyed);
    m_postRoutineAdded = true;
}

bool Engine::deliverUntil(quint64 sequence, QDeadlineTimer deadline)
{
    while (true) {
        const quint64 handoversSeen = handovers();
        if (deliverSynchronously(deadline) != SyncOutcome::WorkerDelivers)
            return settledUpTo() >= sequence;
        m_queue.wake();
        if (waitForProgress(sequence, deadline, handoversSeen))
            return true;
        if (deadline.hasExpired())
            return settledUpTo() >= sequence;
        // The outbox changed hands while we waited: deliver from here, or wait for the new owner.
    }
}

bool Engine::waitForProgress(quint64 sequence, QDeadlineTimer deadline, quint64 handoversSeen)
{
    std::unique_lock lock(m_progressMutex);
    const auto done = [&] { return m_settledUpTo >= sequence || m_handovers != handoversSeen; };
    if (deadline.isForever())
        m_progressed.wait(lock, done);
    else
        m_progressed.wait_until(lock, deadline.deadline<std::chrono::steady_clock>(), done);
    return m_settledUpTo >= sequence;
}

quint64 Engine::settledUpTo()
{
    const std::lock_guard lock(m_progressMutex);
    return m_settledUpTo;
}

quint64 Engine::handovers()
{
    const std::lock_guard lock(m_progressMutex);
    return m_handovers;
}

Engine::SyncOutcome Engine::deliverSynchronously(QDeadlineTimer deadline)
{
    if (!m_syncMutex.tryLock(remainingMSecs(deadline)))
        return SyncOutcome::DeadlinePassed;
    const auto unlock = qScopeGuard([this] { m_syncMutex.unlock(); });
    // A worker that is starting takes the outbox in a moment: a post of this thread, cut off at
    // a short deadline, would only be sent again by it.
    if (m_outboxWithWorker || m_phase.load(std::memory_order_acquire) == Phase::Running)
        return SyncOutcome::WorkerDelivers;
    const DeliveringHere guard;
    Records records;
    std::vector<ConfigChange> changes;
    m_queue.takeAll(records, changes);
    m_outbox.add(records, changes, applicationName(), applicationVersion());
    trimToLimits(m_outbox);
    m_outbox.setExitBudget(m_exiting.load());
    while (!m_outbox.isEmpty() && !deadline.hasExpired()) {
        const qint64 now = steadyNowMs();
        const std::optional<Batch> batch = m_outbox.takeReady(now);
        if (!batch) {
            // Paced, or paused after a 429 or a failure: this thread is waiting anyway.
            const qint64 next = m_outbox.nextReadyAt(now);
            if (next < 0 || next - now >= deadline.remainingTime())
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(next - now));
            continue;
        }
        const std::chrono::milliseconds requestTimeout =
                m_outbox.config()->settings().requestTimeout();
        const Answer answer = postBlocking(batch->destination.webhookUrl, batch->payload,
                                           qMin(deadline, QDeadlineTimer(requestTimeout)),
                                           m_outbox.config()->settings().proxy());
        if (answer.failure == Answer::Failure::Timeout && deadline.hasExpired()) {
            // Cut short by the caller's deadline, not refused: still undelivered, and sent
            // again (by this run, or from the spool by the next) as a possible duplicate.
            m_outbox.release(*batch, steadyNowMs());
            break;
        }
        const Settlement settlement = m_outbox.answer(*batch, answer, steadyNowMs());
        finishDelivery(*batch, deliveryResult(*batch, answer, requestTimeout), settlement);
        publishProgress(m_outbox);
        if (const std::optional<QString> notice = dropNoticeIfRoom())
            m_outbox.addNotice(*notice);
    }
    m_outbox.setExitBudget(false);
    m_outbox.syncSpool();
    reportSpoolProblems(m_outbox);
    publishProgress(m_outbox);
    return m_outbox.isEmpty() ? SyncOutcome::Done : SyncOutcome::DeadlinePassed;
}

void Engine::abandonUndelivered(const QString &why)
{
    quint64 count = 0;
    bool spoolWanted = false;
    {
        QMutexLocker sync(&m_syncMutex);
        if (m_outboxWithWorker)
            return; // a worker left behind still owns them
        Records records;
        std::vector<ConfigChange> changes;
        m_queue.takeAll(records, changes);
        m_outbox.add(records, changes, QString());
        // With a spool, they stay there for the next run: only what it could not hold drops.
        count = m_outbox.dropAll(DropReason::Shutdown);
        spoolWanted = m_outbox.spoolWanted();
        m_outbox.closeSpool();
        reportSpoolProblems(m_outbox);
        publishProgress(m_outbox);
    }
    if (count == 0)
        return;
    if (spoolWanted)
        report(DeliveryText::tr("%1 dropped: %2, and the spool could not keep them for the next "
                                "run (it was full, or could not be opened or written); counted "
                                "as spool_full")
                       .arg(messagesText(count), why));
    else
        report(DeliveryText::tr("%1 dropped: %2").arg(messagesText(count), why));
}

void Engine::reportCutOff(quint64 count, bool keptInSpool)
{
    if (keptInSpool) {
        report(DeliveryText::tr("%1 kept in the spool for the next run: their post was cut off "
                                "at the deadline, before the server answered, so Slack may show "
                                "them twice")
                       .arg(messagesText(count)));
        return;
    }
    report(DeliveryText::tr("%1 dropped: their post was cut off at the deadline, before the "
                            "server answered")
                   .arg(messagesText(count)));
}

void Engine::dropLateMessages()
{
    Records records;
    std::vector<ConfigChange> changes;
    m_queue.takeAll(records, changes);
    qint64 cost = 0;
    for (const Record &record : records)
        cost += record.cost;
    m_ledger.drop(DropReason::Shutdown, records.size());
    m_ledger.pendingBytes.fetch_sub(cost, std::memory_order_acq_rel);
    if (!m_reportedLateDrops.exchange(true))
        report(DeliveryText::tr(
                "messages logged after SlackLog's last delivery at exit are dropped"));
}

QString Engine::applicationName() const
{
    QMutexLocker name(&m_nameMutex);
    return m_applicationName;
}

QString Engine::applicationVersion() const
{
    QMutexLocker name(&m_nameMutex);
    return m_applicationVersion;
}

Outbox Engine::takeOutbox()
{
    Outbox outbox(&m_ledger);
    {
        QMutexLocker sync(&m_syncMutex);
        outbox = std::move(m_outbox);
        m_outbox = Outbox(&m_ledger);
        m_outboxWithWorker = true;
    }
    {
        const std::lock_guard lock(m_progressMutex);
        ++m_handovers;
    }
    m_progressed.notify_all();
    return outbox;
}

void Engine::returnOutbox(Outbox &&outbox)
{
    {
        QMutexLocker sync(&m_syncMutex);
        m_outbox = std::move(outbox);
        m_outboxWithWorker = false;
    }
    {
        const std::lock_guard lock(m_progressMutex);
        ++m_handovers;
    }
    m_progressed.notify_all();
}

void Engine::publishProgress(const Outbox &outbox)
{
    const quint64 lowest = outbox.lowestUnsettled();
    const quint64 settled =
            lowest == std::numeric_limits<quint64>::max() ? outbox.lastAdded() : lowest - 1;
    {
        const std::lock_guard lock(m_progressMutex);
        if (settled <= m_settledUpTo)
            return;
        m_settledUpTo = settled;
    }
    m_progressed.notify_all();
}

void Engine::finishDelivery(const Batch &batch, DeliveryResult result, const Settlement &settlement)
{
    result.attempt = batch.attempt;
    result.willRetry = settlement.willRetry;
    result.retryIn = settlement.retryIn;
    {
        QMutexLocker monitors(&m_monitorMutex);
        for (DeliveryMonitorPrivate *monitor : std::as_const(m_monitors))
            monitor->post(result);
    }
    if (settlement.kind == AnswerKind::DestinationGone) {
        report(DeliveryText::tr("%1; nothing more is posted to %2 until SlackLog is installed "
                                "with another webhook (%3 rejected)")
                       .arg(result.errorString, result.destination,
                            messagesText(settlement.settled + settlement.rejectedWithDestination)));
        return;
    }
    // Each failure is reported once, not once per post, until the destination works again.
    bool newFailure = false;
    {
        QMutexLocker reports(&m_reportMutex);
        if (result.delivered) {
            m_lastFailure.remove(batch.key);
        } else {
            QString &last = m_lastFailure[batch.key];
            newFailure = last != result.errorString || settlement.expired;
            last = result.errorString;
        }
    }
    if (!newFailure)
        return;
    QString text = describe(result);
    if (settlement.willRetry)
        text += u' '
                + DeliveryText::tr("(retrying in %1 s)")
                          .arg(QString::number(double(settlement.retryIn.count()) / 1000.0, 'f',
                                               1));
    else if (settlement.expired)
        text += u' '
                + DeliveryText::tr("(gave up: %1 expired)").arg(messagesText(settlement.settled));
    else if (settlement.kind == AnswerKind::Rejected)
        text += u' ' + DeliveryText::tr("(%1 rejected)").arg(messagesText(settlement.settled));
    report(text);
}

void Engine::trimToLimits(Outbox &outbox)
{
    const QueueLimits limits = m_queue.limits();
    if (limits.dropOldest
        && outbox.trim(limits.messages, limits.bytes, QDateTime::currentMSecsSinceEpoch()))
        reportQueueFull(limits);
}

void Engine::reportQueueFull(const QueueLimits &limits)
{
    report(DeliveryText::tr("the queue is full (%1, or %2 bytes, wait for delivery): %3 are "
                            "dropped until there is room")
                   .arg(messagesText(limits.messages))
                   .arg(limits.bytes)
                   .arg(limits.dropOldest ? DeliveryText::tr("the oldest messages")
                                          : DeliveryText::tr("new messages")));
}

std::optional<QString> Engine::dropNoticeIfRoom()
{
    if (m_ledger.pending() >= m_queue.limits().messages)
        return std::nullopt;
    const std::optional<DropEpisode> episode = m_ledger.endDropEpisode();
    if (!episode)
        return std::nullopt;
    const QString text =
            DeliveryText::tr("SlackLog: %1 dropped (queue full) since %2")
                    .arg(messagesText(episode->count), timeOfDay(episode->sinceUtcMSecs));
    report(text);
    return text;
}

void Engine::reportSpoolProblems(Outbox &outbox)
{
    const QStringList problems = outbox.takeSpoolProblems();
    for (const QString &problem : problems)
        report(problem);
}

void Engine::report(const QString &text)
{
    if (!lcSlackLog().isWarningEnabled())
        return;
    const QtMessageHandler previous = m_previous.load(std::memory_order_acquire);
    if (!previous || !m_installed.load(std::memory_order_acquire)) {
        qCWarning(lcSlackLog).noquote() << text;
        return;
    }
    // Straight to the previous handler: this may run inside our own handler, where Qt would
    // send a nested qWarning() to stderr and bypass the application's handler.
    const QMessageLogContext context(nullptr, 0, nullptr, lcSlackLog().categoryName());
    previous(QtWarningMsg, context, text);
}

QThread *Engine::deliveryThread()
{
    QMutexLocker control(&m_control);
    return m_thread;
}

InMemoryCount Engine::countInMemory()
{
    Worker *worker = nullptr;
    {
        QMutexLocker control(&m_control);
        if (m_thread && m_thread->isRunning())
            worker = m_worker;
    }
    InMemoryCount result;
    if (worker) {
        // By name, and nothing handed over in the call: ThreadSanitizer cannot see how Qt
        // passes a functor between threads (see DeliveryMonitorPrivate::post).
        QMetaObject::invokeMethod(worker, "countInMemory", Qt::BlockingQueuedConnection);
        return worker->lastCountInMemory();
    }
    QMutexLocker sync(&m_syncMutex);
    m_queue.whileLocked([&](const Records &queued) {
        result.counted = quint64(queued.size()) + m_outbox.messageCount();
        result.statistics = m_ledger.snapshot();
    });
    return result;
}

void Engine::addMonitor(DeliveryMonitorPrivate *monitor)
{
    QMutexLocker monitors(&m_monitorMutex);
    m_monitors.append(monitor);
}

void Engine::removeMonitor(DeliveryMonitorPrivate *monitor)
{
    QMutexLocker monitors(&m_monitorMutex);
    m_monitors.removeAll(monitor);
}

} // namespace SlackLog::Internal
