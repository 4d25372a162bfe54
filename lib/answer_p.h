#ifndef SLACKLOG_ANSWER_P_H
#define SLACKLOG_ANSWER_P_H

#include "slacklog_export.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>

#include <chrono>

namespace SlackLog::Internal {

// What came back from one post, whichever way it was sent.
struct Answer
{
    enum class Failure { None, Refused, Closed, Timeout, HostNotFound, Tls, Other };
    int httpStatus = 0;
    QByteArray body;
    QByteArray retryAfter;
    Failure failure = Failure::None;
    QString detail; // the transport's own words; they may quote the URL
    std::chrono::milliseconds latency{0};
};

// What an answer means for the messages of the post.
enum class AnswerKind {
    Delivered,
    RateLimited, // 429: wait as asked, then send the same payload again
    Retryable, // 5xx, timeouts, refused or reset connections: back off and send again
    Rejected, // any other 4xx (and redirects): this payload can never be posted
    DestinationGone, // 403, 404, 410: nothing more can be posted to this webhook
};
SLACKLOG_AUTOTEST_EXPORT AnswerKind classify(const Answer &answer);

// Whether the request may have reached the server although no answer came, so that sending
// it again may show it twice.
bool mayHaveArrived(const Answer &answer);

} // namespace SlackLog::Internal

#endif // SLACKLOG_ANSWER_P_H
