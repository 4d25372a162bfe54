#ifndef SLACKLOG_BENCH_COMPARISONS_H
#define SLACKLOG_BENCH_COMPARISONS_H

#include <QtCore/qlogging.h>
#include <QtCore/qurl.h>

#include <cstddef>

// The handlers SlackLog is measured against: what users would write, or get, instead.
namespace Bench {

// The floor: Qt's own cost of a qWarning before any handler does anything.
void noOpHandler(QtMsgType type, const QMessageLogContext &context, const QString &message);

// The simplest non-blocking design, a mutex and an unbounded std::deque.
namespace NaiveQueue {
void handler(QtMsgType type, const QMessageLogContext &context, const QString &message);
std::size_t size();
void clear();
} // namespace NaiveQueue

// What most people write first, one blocking post per message.
namespace NaiveBlocking {
void setWebhook(const QUrl &url);
void handler(QtMsgType type, const QMessageLogContext &context, const QString &message);
// Answers with HTTP 200 since setWebhook(), and answers with anything else.
std::size_t delivered();
std::size_t failed();
} // namespace NaiveBlocking

// Qt's default handler writing to stderr, with stderr sent to /dev/null while it lives.
class StderrToDevNull
{
public:
    StderrToDevNull();
    ~StderrToDevNull();
    StderrToDevNull(const StderrToDevNull &) = delete;
    StderrToDevNull &operator=(const StderrToDevNull &) = delete;

private:
    int m_saved = -1;
};

} // namespace Bench

#endif // SLACKLOG_BENCH_COMPARISONS_H
