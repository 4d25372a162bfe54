#include "testsend.h"

#include "testmessage.h"

#include <SlackLog/MessageHandler>
#include <SlackLog/Statistics>

using namespace std::chrono_literals;

TestSend::TestSend(QObject *parent) : QObject(parent)
{
    connect(&m_monitor, &SlackLog::DeliveryMonitor::deliveryFinished, this, &TestSend::collect);
    // A message can also end without a post of its own (dropped at a full queue), so the
    // statistics are looked at too.
    m_settledPoll.setInterval(250ms);
    connect(&m_settledPoll, &QTimer::timeout, this, &TestSend::checkSettled);
}

TestSend::~TestSend()
{
    if (m_running)
        SlackLog::uninstall();
}

bool TestSend::start(const SlackLog::Settings &settings, SlackLog::Level level,
                     const QString &category, const QString &text, QString *reason)
{
    if (m_running) {
        *reason = tr("A test message is still under way.");
        return false;
    }
    const QStringList problems = settings.validate();
    if (!problems.isEmpty()) {
        *reason = problems.join(u' ');
        return false;
    }
    if (!settings.accepts(level, category)) {
        *reason = tr("Not sent: the settings filter out %1 messages in \"%2\" (minimum level "
                     "%3, category rules).")
                          .arg(SlackLog::levelName(level), category,
                               SlackLog::levelName(settings.minimumLevel()));
        return false;
    }
    SlackLog::Settings sending = settings;
    // The user's rules already let the message through; these keep everything else out.
    sending.setCategoryRules(settings.categoryRules() + QStringLiteral("\n*=false\n") + category
                             + QStringLiteral("=true"));
    // A test message is not kept on disk, to surprise the next run of the tool, and closing
    // the window does not wait long for it.
    sending.setSpoolDirectory(QString());
    sending.setShutdownTimeout(qMin<std::chrono::milliseconds>(settings.shutdownTimeout(), 2s));
    if (!SlackLog::install(sending)) {
        *reason = tr("SlackLog could not be installed with these settings.");
        return false;
    }
    m_running = true;
    const SlackLog::Statistics before = SlackLog::statistics();
    m_first = before.logged + 1;
    logTestMessage(level, category.toUtf8(), text);
    m_last = SlackLog::statistics().logged;
    m_before = before;
    m_posted = false;
    m_idlePolls = 0;
    m_settledPoll.start();
    return true;
}

void TestSend::collect(const SlackLog::DeliveryResult &result)
{
    if (!m_running || result.lastSequence < m_first || result.firstSequence > m_last)
        return;
    m_posted = true;
    Q_EMIT resultReceived(result);
    if (SlackLog::statistics().queued == 0)
        finish();
}

void TestSend::checkSettled()
{
    // The statistics count a post as settled a moment before its result reaches the monitor:
    // a second look, a poll later, lets that result arrive first.
    if (!m_running)
        return;
    if (SlackLog::statistics().queued > 0) {
        m_idlePolls = 0;
        return;
    }
    if (++m_idlePolls >= 2)
        finish();
}

void TestSend::finish()
{
    const SlackLog::Statistics now = SlackLog::statistics();
    m_settledPoll.stop();
    m_running = false;
    SlackLog::uninstall();
    if (!m_posted) {
        if (now.rejected > m_before.rejected)
            Q_EMIT notPosted(tr("Not posted: this webhook answered that it was revoked (404 or "
                                "410) earlier, so SlackLog posts nothing more to it until it is "
                                "installed with another webhook."));
        else if (now.droppedQueueFull > m_before.droppedQueueFull)
            Q_EMIT notPosted(tr("Not posted: the queue was full, and the message was dropped."));
        else if (now.dropped > m_before.dropped)
            Q_EMIT notPosted(tr("Not posted: the message was dropped before it could be sent."));
        else
            Q_EMIT notPosted(tr("Not posted, and SlackLog reported no result for it."));
    }
    Q_EMIT finished(now.delivered >= m_before.delivered + (m_last - m_first + 1));
}
