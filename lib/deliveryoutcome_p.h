#ifndef SLACKLOG_DELIVERYOUTCOME_P_H
#define SLACKLOG_DELIVERYOUTCOME_P_H

#include "deliveryresult.h"
#include "outbox_p.h"
#include "slacklog_export.h"

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

// Puts a post's answer into words a user can act on.
SLACKLOG_AUTOTEST_EXPORT DeliveryResult deliveryResult(const Batch &batch, const Answer &answer,
                                                       std::chrono::milliseconds requestTimeout);

} // namespace SlackLog::Internal

#endif // SLACKLOG_DELIVERYOUTCOME_P_H
