#ifndef SLACKLOG_TOOL_TESTSEND_H
#define SLACKLOG_TOOL_TESTSEND_H

#include <SlackLog/DeliveryMonitor>
#include <SlackLog/Settings>
#include <SlackLog/Statistics>

#include <QtCore/QObject>
#include <QtCore/QTimer>

/*
    One test message, sent through the library exactly as an application sends it: install(),
    a log call, and the delivery results as they come, retries included. The caller never waits:
    results arrive as signals, and finished() says when the message's fate is known.

    While it runs, SlackLog is installed in this process. Its category rules let through only
    the test message's category, so that the tool's own warnings do not reach the webhook.
*/
class TestSend : public QObject
{
    Q_OBJECT
public:
    explicit TestSend(QObject *parent = nullptr);
    ~TestSend() override;

    // False, with the reason in words, when nothing was sent: the settings are not valid or
    // their filters drop this message.
    bool start(const SlackLog::Settings &settings, SlackLog::Level level, const QString &category,
               const QString &text, QString *reason);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void resultReceived(const SlackLog::DeliveryResult &result);
    // The message ended without a post of its own, say dropped or rejected for a webhook
    // that is gone; \a reason says which.
    void notPosted(const QString &reason);
    // The message is delivered, or will not be (rejected, expired or dropped).
    void finished(bool delivered);

private:
    void collect(const SlackLog::DeliveryResult &result);
    void checkSettled();
    void finish();

    SlackLog::DeliveryMonitor m_monitor;
    QTimer m_settledPoll;
    quint64 m_first = 0;
    quint64 m_last = 0;
    SlackLog::Statistics m_before;
    bool m_posted = false;
    int m_idlePolls = 0;
    bool m_running = false;
};

#endif // SLACKLOG_TOOL_TESTSEND_H
