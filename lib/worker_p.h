#ifndef SLACKLOG_WORKER_P_H
#define SLACKLOG_WORKER_P_H

#include "outbox_p.h"

#include <QtCore/qhash.h>
#include <QtCore/qobject.h>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace SlackLog::Internal {

class Engine;

/*
    Lives on SlackLog's delivery thread: takes what the logging threads queued, formats it, and
    posts it with its own QNetworkAccessManager, one post under way per destination.
*/
class Worker : public QObject
{
    Q_OBJECT
public:
    explicit Worker(Engine &engine);
    ~Worker() override;

    // Runs on the delivery thread when it starts.
    void start();

protected:
    bool event(QEvent *event) override;

private:
    void drain();
    void postReady();
    void onFinished(QNetworkReply *reply, const Batch &batch, qint64 startedAtMSecs);
    void afterProgress();

    Engine &m_engine;
    QNetworkAccessManager *m_network = nullptr;
    Outbox m_outbox;
    std::vector<Record> m_records;
    std::vector<ConfigChange> m_changes;
    QHash<QString, QNetworkReply *> m_underWay;
};

} // namespace SlackLog::Internal

#endif // SLACKLOG_WORKER_P_H
