#ifndef SLACKLOG_ANSWER_P_H
#define SLACKLOG_ANSWER_P_H

#include "serverkind.h"
#include "slacklog_export.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>

#include <chrono>

namespace SlackLog::Internal {

// The most of an answer that is read. Slack answers in a word; a server that sends more is
// broken or hostile, and is cut off rather than let fill the memory.
constexpr qint64 maxAnswerBytes = 64 * 1024;

// What came back from one post, whichever way it was sent.
struct Answer
{
    enum class Failure {
        None,
        Refused,
        Closed,
        Timeout, // no whole answer within the bound: the request timeout, or less at exit
        HostNotFound,
        Tls,
        TooLong, // the answer passed maxAnswerBytes and was cut off
        Malformed, // not an HTTP answer: no status code
        Other,
    };
    int httpStatus = 0;
    QByteArray body;
    QByteArray retryAfter;
    Failure failure = Failure::None;
    QString detail; // the transport's own words; they may quote the URL
    std::chrono::milliseconds latency{0};
    // How long the answer was waited for: the request timeout, or what was left of a deadline.
    std::chrono::milliseconds bound{0};
};

// What an answer means for the messages of the post.
enum class AnswerKind {
    Delivered,
    RateLimited, // 429: wait as asked, then send the same payload again
    // 5xx, timeouts, refused or reset connections, answers that are not HTTP or too long, and
    // a 2xx without "ok" from a server that always says it: back off and send again
    Retryable,
    Rejected, // any other 4xx (and redirects): this payload can never be posted
    DestinationGone, // 403, 404, 410: nothing more can be posted to this webhook
};
SLACKLOG_AUTOTEST_EXPORT AnswerKind classify(const Answer &answer, ServerKind kind);

// A 2xx whose body is not what \a kind answers on success: a proxy's page, an error in words.
SLACKLOG_AUTOTEST_EXPORT bool isSuccessWithoutOk(const Answer &answer, ServerKind kind);

// Whether the request may have reached the server although no answer came, so that sending
// it again may show it twice.
SLACKLOG_AUTOTEST_EXPORT bool mayHaveArrived(const Answer &answer, ServerKind kind);

} // namespace SlackLog::Internal

#endif // SLACKLOG_ANSWER_P_H
