#ifndef SLACKLOG_WORKER_P_H
#define SLACKLOG_WORKER_P_H

#include "outbox_p.h"

#include <QtCore/qhash.h>
#include <QtCore/qobject.h>
#include <QtCore/qtimer.h>

#include <mutex>

namespace SlackLog::Internal {

class Engine;
class HttpPost;

/*
    Lives on SlackLog's delivery thread: takes what the logging threads queued, formats it, and
    posts it (HttpPost), paced per webhook, one post under way per webhook.

    It looks at the queue every busyInterval while messages come, and sleeps once a look finds
    nothing new; the next message logged wakes it (see RecordQueue). An idle application has
    no timer of SlackLog's running, but for real deadlines: pacing, a Retry-After, a retry.
*/
class Worker : public QObject
{
    Q_OBJECT
public:
    explicit Worker(Engine &engine);
    ~Worker() override;

    // Runs on the delivery thread when it starts.
    void start();

    // Starts no new post, and ends the thread once the posts under way are answered.
    Q_INVOKABLE void stop();

    // See Engine::countInMemory(): counts on the delivery thread, for lastCountInMemory().
    Q_INVOKABLE void countInMemory();
    InMemoryCount lastCountInMemory() const;

protected:
    bool event(QEvent *event) override;

private:
    static constexpr std::chrono::milliseconds busyInterval{20};
    // Formatted per turn of the event loop, so that replies and a stop are never kept waiting
    // behind a flood.
    static constexpr size_t recordsPerTurn = 1000;

    struct UnderWay
    {
        HttpPost *post = nullptr;
        Batch batch;
    };

    void drain();
    void postReady();
    void send(const Batch &batch);
    void onFinished(const Batch &batch, const Answer &answer);
    void afterProgress();
    bool hasRoomForReplay() const;

    Engine &m_engine;
    Outbox m_outbox;
    // Taken from the queue, not formatted yet.
    Records m_records;
    std::vector<ConfigChange> m_changes;
    // Taken up from an earlier run's spool, numbered after m_records, added after them.
    std::vector<SpooledRecord> m_replay;
    quint64 m_replayFirstSequence = 0;
    QHash<QString, UnderWay> m_underWay; // by webhook
    QTimer m_poll;
    QTimer m_sendTimer;
    bool m_stopping = false;
    mutable std::mutex m_countMutex;
    InMemoryCount m_lastCount;
};

} // namespace SlackLog::Internal

#endif // SLACKLOG_WORKER_P_H
