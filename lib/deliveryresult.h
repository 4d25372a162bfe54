#ifndef SLACKLOG_DELIVERYRESULT_H
#define SLACKLOG_DELIVERYRESULT_H

#include "slacklog_export.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qstring.h>

#include <chrono>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace SlackLog {

/*!
    \brief What happened to one post to a webhook.

    One post carries one or more messages, numbered firstSequence to lastSequence. The webhook
    URL is never held here whole: \c destination is already redacted.
*/
struct DeliveryResult
{
    bool delivered = false;
    int httpStatus = 0; //!< 0 when no HTTP answer arrived
    QString slackAnswer; //!< Slack's answer body, such as "ok" or "no_service"
    QString errorString; //!< what went wrong, in words; empty when delivered
    QString destination; //!< the webhook URL, redacted
    QString channel; //!< the channel asked for, if any
    std::chrono::milliseconds latency{0};
    int messageCount = 0;
    quint64 firstSequence = 0;
    quint64 lastSequence = 0;
    QDateTime finishedAt; //!< UTC
    QByteArray payload; //!< the JSON that was posted
    int attempt = 1; //!< 2 and up: the same payload sent again after a failure
    bool willRetry = false; //!< it failed, and will be sent again after retryIn
    std::chrono::milliseconds retryIn{0};
};

/*! \brief One line: destination, outcome, status and latency. */
SLACKLOG_EXPORT QString describe(const DeliveryResult &result);

SLACKLOG_EXPORT QDebug operator<<(QDebug debug, const DeliveryResult &result);

} // namespace SlackLog

Q_DECLARE_METATYPE(SlackLog::DeliveryResult)

#endif // SLACKLOG_DELIVERYRESULT_H
