#include "sendcommand.h"

#include "testmessage.h"

#include <SlackLog/MessageHandler>
#include <SlackLog/Redaction>
#include <SlackLog/Statistics>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>

using namespace std::chrono_literals;

SendCommand::SendCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_out(out), m_err(err)
{
    connect(&m_monitor, &SlackLog::DeliveryMonitor::deliveryFinished, this, &SendCommand::collect);
}

SendCommand::~SendCommand()
{
    SlackLog::uninstall();
}

void SendCommand::start(SlackLog::Settings settings, SlackLog::Level level, const QString &text)
{
    const int exitCode = send(std::move(settings), level, text);
    SlackLog::uninstall();
    // Emitted from the event loop, so a caller can connect after start() returned.
    QMetaObject::invokeMethod(
            this, [this, exitCode] { Q_EMIT finished(exitCode); }, Qt::QueuedConnection);
}

int SendCommand::send(SlackLog::Settings settings, SlackLog::Level level, const QString &text)
{
    if (settings.webhookUrl().isEmpty()) {
        m_sandbox = std::make_unique<SlackLog::Testing::SlackStandIn>();
        if (!m_sandbox->listen()) {
            m_err << tr("No webhook is configured, and the built-in Slack stand-in could not "
                        "listen on 127.0.0.1.")
                  << Qt::endl;
            return InvalidSettings;
        }
        settings.setWebhookUrl(m_sandbox->webhookUrl());
        m_out << tr("No webhook is configured (--webhook, SLACKLOG_WEBHOOK_URL or the saved "
                    "settings), so this goes to the built-in Slack stand-in.")
              << Qt::endl;
    }
    const QStringList problems = settings.validate();
    if (!problems.isEmpty()) {
        m_err << tr("The settings are not valid:") << Qt::endl;
        for (const QString &problem : problems)
            m_err << QStringLiteral("  - ") << problem << Qt::endl;
        return InvalidSettings;
    }

    m_destination = SlackLog::redactedUrl(settings.webhookUrl());
    m_out << tr("Sending one %1 message to %2 …").arg(SlackLog::levelName(level), m_destination)
          << Qt::endl;
    m_first = SlackLog::statistics().logged + 1;
    // A test message reports Slack's first answer instead of retrying it for minutes.
    settings.setMaxRetryTime(std::chrono::milliseconds(0));
    // Nor is it left in the spool, to surprise the next run of this tool.
    settings.setSpoolDirectory(QString());
    SlackLog::install(settings);
    logTestMessage(level, QByteArrayLiteral("default"), text);
    m_last = SlackLog::statistics().logged;
    if (m_last < m_first) {
        m_err << tr("Not sent: the settings filter out %1 messages (minimum level %2, category "
                    "rules \"%3\").")
                         .arg(SlackLog::levelName(level),
                              SlackLog::levelName(settings.minimumLevel()),
                              settings.categoryRules())
              << Qt::endl;
        return NotDelivered;
    }
    // The stand-in and SlackLog's worker have threads of their own, so this thread may block.
    // A post ends within the request timeout, answered or not.
    const bool settled = SlackLog::flush(settings.requestTimeout() + 2s);
    // The monitor's results were queued to this thread: take them now.
    QCoreApplication::sendPostedEvents(&m_monitor, QEvent::MetaCall);
    return report(settled);
}

void SendCommand::collect(const SlackLog::DeliveryResult &result)
{
    if (result.lastSequence >= m_first && result.firstSequence <= m_last)
        m_results.append(result);
}

int SendCommand::report(bool settled)
{
    if (!settled || m_results.isEmpty()) {
        m_err << tr("Not delivered: no answer from %1 in time.").arg(m_destination) << Qt::endl;
        return NotDelivered;
    }
    bool allDelivered = true;
    for (const SlackLog::DeliveryResult &result : std::as_const(m_results)) {
        if (result.delivered) {
            m_out << tr("Delivered: HTTP %1 \"%2\" in %3 ms.")
                             .arg(result.httpStatus)
                             .arg(result.slackAnswer)
                             .arg(qint64(result.latency.count()))
                  << Qt::endl;
        } else {
            allDelivered = false;
            m_err << tr("Not delivered: %1 (after %2 ms).")
                             .arg(result.errorString)
                             .arg(qint64(result.latency.count()))
                  << Qt::endl;
        }
    }
    if (m_sandbox && m_sandbox->requestCount() > 0) {
        const QJsonObject payload = m_sandbox->requests().constLast().json();
        m_out << tr("The stand-in received this payload:") << Qt::endl
              << QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented));
        m_out.flush();
    }
    return allDelivered ? Delivered : NotDelivered;
}
