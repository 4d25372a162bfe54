#ifndef SLACKLOG_ENGINE_P_H
#define SLACKLOG_ENGINE_P_H

#include "slacklog_export.h"

#include "callsites_p.h"
#include "deliveryresult.h"
#include "ledger_p.h"
#include "outbox_p.h"
#include "recordqueue_p.h"
#include "settings.h"

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qhash.h>
#include <QtCore/qlist.h>
#include <QtCore/qmutex.h>

#include <atomic>
#include <condition_variable>
#include <mutex>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace SlackLog {
class DeliveryMonitorPrivate;
}

namespace SlackLog::Internal {

class Worker;

/*
    The process-wide state behind the public functions. Who delivers depends on the application
    object, because Qt's event loops only run while one exists:

    Waiting  no QCoreApplication yet (or between two): messages wait in the queue.
    Running  the worker thread delivers.
    Exiting  the application object is gone: messages wait for the exit drain at atexit.
    Final    the exit drain has run and static destruction is under way: nothing can be posted
             safely any more, so messages are counted as dropped.

    Whoever holds the outbox delivers: the worker while it runs, otherwise any thread that has
    to wait for delivery (flush(), qFatal, exit) posts synchronously itself.
*/
class SLACKLOG_AUTOTEST_EXPORT Engine
{
public:
    static Engine &instance();

    // The message handler's work; chaining to the previous handler included.
    void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message);

    bool install(const Settings &settings);
    void uninstall();
    bool flush(QDeadlineTimer deadline);
    bool isInstalled() const { return m_installed.load(std::memory_order_acquire); }
    Settings settings() const;
    Statistics statistics() const { return m_ledger.snapshot(); }

    // Lifecycle hooks: QCoreApplication's constructor, its destructor, and std::atexit.
    void applicationStarted();
    void applicationDestroyed();
    void processExiting();

    // For the worker.
    RecordQueue &queue() { return m_queue; }
    QString applicationName() const;
    // Read with the name, since an application may set it after install().
    QString applicationVersion() const;
    Outbox takeOutbox();
    void returnOutbox(Outbox &&outbox);
    void publishProgress(const Outbox &outbox);
    Ledger &ledger() { return m_ledger; }
    void finishDelivery(const Batch &batch, DeliveryResult result, const Settlement &settlement);
    // Drops the oldest of what waits in \a outbox while the queue is over its caps.
    void trimToLimits(Outbox &outbox);
    // Once there is room after a run of queue_full drops: the line that tells the channel.
    std::optional<QString> dropNoticeIfRoom();
    // Posts cut off when the worker had to stop before they were answered.
    void reportCutOff(quint64 count, bool keptInSpool);
    // Exit, or qFatal, is under way: posts may carry Slack's whole text limit.
    bool isExiting() const { return m_exiting.load(std::memory_order_acquire); }
    void report(const QString &text);
    void reportSpoolProblems(Outbox &outbox);
    // Once Qt's network globals exist: an atexit handler registered after them runs before
    // their destructors, so exit can still stop the worker while they are intact.
    void registerExitHandler();
    // Once in the process's life, after the first post made the rest of Qt's network globals.
    void registerExitHandlerAfterFirstPost();
    void prepareForExit();

    // The delivery thread while it runs, for tests that need to log from it.
    QThread *deliveryThread();

    // For tests: what waits in memory, counted in the queue, the worker and the outbox (see
    // InMemoryCount). Call it while nothing logs.
    InMemoryCount countInMemory();

    void addMonitor(DeliveryMonitorPrivate *monitor);
    void removeMonitor(DeliveryMonitorPrivate *monitor);

private:
    enum class Phase { Waiting, Running, Exiting, Final };
    enum class SyncOutcome { Done, DeadlinePassed, WorkerDelivers };

    Engine();
    void capture(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void postFatal(Record &&record, QDeadlineTimer deadline);
    // A fatal message that could not be posted: kept for the next run, or counted as lost.
    // \a sent when its post may have reached the server.
    void spoolFatal(const Record &record, const QString &destinationKey,
                    const QString &spoolDirectory, bool sent);
    void startWorker();
    void stopWorker(QDeadlineTimer deadline);
    void ensurePostRoutine();
    bool deliverUntil(quint64 sequence, QDeadlineTimer deadline);
    bool waitForProgress(quint64 sequence, QDeadlineTimer deadline, quint64 handoversSeen);
    SyncOutcome deliverSynchronously(QDeadlineTimer deadline);
    quint64 settledUpTo();
    quint64 handovers();
    void abandonUndelivered(const QString &why);
    void dropLateMessages();
    void reportQueueFull(const QueueLimits &limits);
    QDeadlineTimer exitBudget() const;
    void spendExitBudget(qint64 msecs);

    Ledger m_ledger;
    RecordQueue m_queue{m_ledger};
    CallSites m_callSites;
    std::atomic<bool> m_installed{false};
    std::atomic<Phase> m_phase{Phase::Waiting};
    std::atomic<QtMessageHandler> m_previous{nullptr};
    std::atomic<bool> m_exiting{false};
    std::atomic<qint64> m_shutdownTimeoutMs{5000};
    std::atomic<bool> m_reportedLateDrops{false};
    std::atomic<bool> m_registeredAfterFirstPost{false};

    // Serialises install, uninstall and the lifecycle hooks.
    QMutex m_control;
    Settings m_settings;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    // The handler that uninstall() found installed over ours, and left there: it calls ours.
    QtMessageHandler m_above = nullptr;
    bool m_postRoutineAdded = false;
    bool m_preparedForExit = false;
    // Exit waits at most the shutdown timeout in all; this is what its steps have used so far.
    std::atomic<qint64> m_exitSpentMs{0};

    mutable QMutex m_nameMutex;
    QString m_applicationName;
    QString m_applicationVersion;
    // The settings in effect, for a qFatal that is posted directly.
    std::shared_ptr<const DeliveryConfig> m_config;

    QMutex m_syncMutex;
    Outbox m_outbox;
    bool m_outboxWithWorker = false;

    // std:: rather than QWaitCondition, whose wait ThreadSanitizer cannot see into.
    std::mutex m_progressMutex;
    std::condition_variable m_progressed;
    quint64 m_settledUpTo = 0;
    quint64 m_handovers = 0; // counts the outbox passing between the worker and the rest

    QMutex m_reportMutex;
    QHash<QString, QString> m_lastFailure; // destination key -> the failure last reported

    QMutex m_monitorMutex;
    QList<DeliveryMonitorPrivate *> m_monitors;
};

} // namespace SlackLog::Internal

#endif // SLACKLOG_ENGINE_P_H
