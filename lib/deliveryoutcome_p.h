#ifndef SLACKLOG_DELIVERYOUTCOME_P_H
#define SLACKLOG_DELIVERYOUTCOME_P_H

#include "answer_p.h"
#include "deliveryresult.h"
#include "outbox_p.h"
#include "slacklog_export.h"

namespace SlackLog::Internal {

// Puts a post's answer into words a user can act on.
SLACKLOG_AUTOTEST_EXPORT DeliveryResult deliveryResult(const Batch &batch, const Answer &answer,
                                                       std::chrono::milliseconds requestTimeout);

} // namespace SlackLog::Internal

#endif // SLACKLOG_DELIVERYOUTCOME_P_H
