#ifndef SLACKLOG_TESTSUPPORT_H
#define SLACKLOG_TESTSUPPORT_H

// Pieces that several test units share: a recording "previous" handler and settings that
// point at a stand-in.

#include "engine_p.h"

#include <SlackLog/SlackLog>
#include <SlackLog/SlackStandIn>

#include <QtCore/QDebug>
#include <QtCore/QList>
#include <QtCore/QMutex>
#include <QtCore/QStringList>
#include <cstdio>

namespace TestSupport {

struct Message
{
    QtMsgType type;
    QByteArray category;
    QString text;
};

// Stands in for the application's own handler (or Qt's default one), which SlackLog chains to.
class Recorder
{
public:
    static void install()
    {
        clear();
        s_replaced = qInstallMessageHandler(&Recorder::handle);
    }
    static void restore() { qInstallMessageHandler(s_replaced); }
    static QtMessageHandler handler() { return &Recorder::handle; }
    static QList<Message> messages()
    {
        QMutexLocker locker(&s_mutex);
        return s_messages;
    }
    static QStringList texts(QByteArrayView category = {})
    {
        QStringList result;
        const QList<Message> all = messages();
        for (const Message &message : all) {
            if (category.isNull() || message.category == category)
                result << message.text;
        }
        return result;
    }
    static void clear()
    {
        QMutexLocker locker(&s_mutex);
        s_messages.clear();
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        QMutexLocker locker(&s_mutex);
        s_messages.append({type, QByteArray(context.category), text});
    }
    static inline QMutex s_mutex;
    static inline QList<Message> s_messages;
    static inline QtMessageHandler s_replaced = nullptr;
};

// Logs \a message at \a level through \a logger, as qDebug() … qCritical() do. Not Fatal,
// which aborts.
inline void logAt(const QMessageLogger &logger, SlackLog::Level level, const QString &message)
{
    switch (level) {
    case SlackLog::Level::Debug:
        logger.debug().noquote() << message;
        break;
    case SlackLog::Level::Info:
        logger.info().noquote() << message;
        break;
    case SlackLog::Level::Warning:
        logger.warning().noquote() << message;
        break;
    case SlackLog::Level::Critical:
    case SlackLog::Level::Fatal:
        logger.critical().noquote() << message;
        break;
    }
}

// Posts just the message text, one line each, so tests can compare lines. Tests of the other
// formats set their own.
inline SlackLog::Settings settingsFor(const SlackLog::Testing::SlackStandIn &slack)
{
    SlackLog::Settings settings;
    settings.setWebhookUrl(slack.webhookUrl());
    settings.setFormat(SlackLog::MessageFormat::Text);
    for (const SlackLog::Level level :
         {SlackLog::Level::Warning, SlackLog::Level::Critical, SlackLog::Level::Fatal})
        settings.setEmoji(level, QString());
    settings.setMessagePattern(QStringLiteral("%{message}"));
    settings.setShutdownTimeout(std::chrono::seconds(5));
    // Tests that are not about pacing should not wait for it; those that are set their own.
    settings.setPostsPerSecond(100);
    settings.setBurst(100);
    // No spool unless a test is about it: one run's leftovers must not reach the next test.
    settings.setSpoolDirectory(QString());
    return settings;
}

// The ledger against what is really there: queued, which the statistics work out from the
// other counts, must be the number of messages that wait in memory, counted one by one in the
// queue, the worker and the outbox at the same moment. Then both forms of the sum: by outcome,
// and by each reason for a loss. Call it while nothing logs.
inline bool ledgerBalances()
{
    const SlackLog::Internal::InMemoryCount now =
            SlackLog::Internal::Engine::instance().countInMemory();
    const SlackLog::Statistics &s = now.statistics;
    if (s.queued != now.counted) {
        std::fprintf(stderr, "ledger: queued is %llu, but %llu messages wait in memory\n",
                     static_cast<unsigned long long>(s.queued),
                     static_cast<unsigned long long>(now.counted));
        return false;
    }
    return s.logged == s.delivered + s.failed + s.dropped + s.queued + s.spooled
            && s.logged
            == s.delivered + s.queued + s.spooled + s.rejected + s.expired + s.droppedQueueFull
                    + s.droppedShutdown + s.droppedSpoolFull;
}

// Statistics are counted for the whole process; tests look at what changed since \a before.
// queued is a level, not a count, so it is taken as it is now.
inline SlackLog::Statistics since(const SlackLog::Statistics &before)
{
    SlackLog::Statistics d = SlackLog::statistics();
    d.logged -= before.logged;
    d.delivered -= before.delivered;
    d.failed -= before.failed;
    d.dropped -= before.dropped;
    d.rejected -= before.rejected;
    d.expired -= before.expired;
    d.droppedQueueFull -= before.droppedQueueFull;
    d.droppedShutdown -= before.droppedShutdown;
    d.droppedSpoolFull -= before.droppedSpoolFull;
    d.retries -= before.retries;
    d.possibleDuplicates -= before.possibleDuplicates;
    d.folded -= before.folded;
    d.spooled -= before.spooled;
    d.replayed -= before.replayed;
    d.spoolDamaged -= before.spoolDamaged;
    d.spoolDamagedStretches -= before.spoolDamagedStretches;
    return d;
}

} // namespace TestSupport

#endif // SLACKLOG_TESTSUPPORT_H
