#ifndef SLACKLOG_TOOL_SENDCOMMAND_H
#define SLACKLOG_TOOL_SENDCOMMAND_H

#include <SlackLog/DeliveryMonitor>
#include <SlackLog/Settings>
#include <SlackLog/SlackStandIn>

#include <QtCore/QObject>
#include <QtCore/QTextStream>

#include <memory>

/*
    slacklog-config --send: installs SlackLog as an application would, logs one message, and
    reports what became of it. Without a webhook it posts to a built-in stand-in and shows the
    payload that arrived there.
*/
class SendCommand : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Delivered = 0, NotDelivered = 1, InvalidSettings = 2 };

    SendCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~SendCommand() override;

    void start(SlackLog::Settings settings, SlackLog::Level level, const QString &text);

Q_SIGNALS:
    void finished(int exitCode);

private:
    int send(SlackLog::Settings settings, SlackLog::Level level, const QString &text);
    void collect(const SlackLog::DeliveryResult &result);
    int report(bool settled);

    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<SlackLog::Testing::SlackStandIn> m_sandbox;
    SlackLog::DeliveryMonitor m_monitor;
    // The sequence numbers the send logged: normally one, more if another thread logged too.
    quint64 m_first = 0;
    quint64 m_last = 0;
    QList<SlackLog::DeliveryResult> m_results;
    QString m_destination;
};

#endif // SLACKLOG_TOOL_SENDCOMMAND_H
