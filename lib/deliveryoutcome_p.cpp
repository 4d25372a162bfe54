#include "deliveryoutcome_p.h"

#include "redaction.h"
#include "redaction_p.h"

#include "translation_p.h"

#include <QtCore/qcoreapplication.h>

namespace SlackLog::Internal {

namespace {

// \a code is what goes in the parentheses: "404 no_service", "429, retry after 30 s".
QString statusWords(int status, const QString &code)
{
    if (status >= 300 && status < 400)
        return DeliveryText::tr(
                       "the webhook answered with a redirect (%1), which SlackLog does not follow")
                .arg(code);
    switch (status) {
    case 400:
        return DeliveryText::tr("Slack rejected the message (%1)").arg(code);
    case 403:
        return DeliveryText::tr("the webhook is not allowed to post (%1)").arg(code);
    case 404:
        return DeliveryText::tr("the webhook was revoked or does not exist (%1)").arg(code);
    case 410:
        return DeliveryText::tr("the channel is archived (%1)").arg(code);
    case 429:
        return DeliveryText::tr("Slack is rate limiting this webhook (%1)").arg(code);
    default:
        break;
    }
    if (status >= 500)
        return DeliveryText::tr("Slack had a server error (%1)").arg(code);
    return DeliveryText::tr("the webhook refused the message (%1)").arg(code);
}

} // namespace

AnswerKind classify(const Answer &answer)
{
    if (answer.failure != Answer::Failure::None)
        return AnswerKind::Retryable;
    const int status = answer.httpStatus;
    if (status >= 200 && status < 300)
        return AnswerKind::Delivered;
    if (status == 429)
        return AnswerKind::RateLimited;
    if (status == 403 || status == 404 || status == 410)
        return AnswerKind::DestinationGone;
    if (status >= 500 || status == 408)
        return AnswerKind::Retryable;
    return AnswerKind::Rejected;
}

bool mayHaveArrived(const Answer &answer)
{
    switch (answer.failure) {
    case Answer::Failure::Closed:
    case Answer::Failure::Timeout:
    case Answer::Failure::Other:
        return true;
    default:
        return false;
    }
}

DeliveryResult deliveryResult(const Batch &batch, const Answer &answer,
                              std::chrono::milliseconds requestTimeout)
{
    DeliveryResult result;
    result.httpStatus = answer.httpStatus;
    // Slack answers in one short word; anything longer is some other server's error page, which
    // may quote the URL it was asked for.
    const QUrl &url = batch.destination.webhookUrl;
    result.slackAnswer = withoutSecret(QString::fromUtf8(answer.body.trimmed().left(200)), url);
    const QString detail = withoutSecret(answer.detail, url);
    result.destination = redactedUrl(batch.destination.webhookUrl);
    result.channel = batch.destination.channel;
    result.latency = answer.latency;
    result.messageCount = batch.messageCount;
    result.firstSequence = batch.firstSequence;
    result.lastSequence = batch.lastSequence;
    result.finishedAt = QDateTime::currentDateTimeUtc();
    result.payload = batch.payload;

    const QString host = batch.destination.webhookUrl.host();
    switch (answer.failure) {
    case Answer::Failure::None:
        break;
    case Answer::Failure::Refused:
        result.errorString = DeliveryText::tr("%1 refused the connection").arg(host);
        return result;
    case Answer::Failure::Closed:
        result.errorString =
                DeliveryText::tr("%1 closed the connection before answering").arg(host);
        return result;
    case Answer::Failure::Timeout:
        result.errorString = DeliveryText::tr("%1 did not answer within %2 ms")
                                     .arg(host)
                                     .arg(qint64(requestTimeout.count()));
        return result;
    case Answer::Failure::HostNotFound:
        result.errorString = DeliveryText::tr("the host %1 was not found").arg(host);
        return result;
    case Answer::Failure::Tls:
        result.errorString =
                DeliveryText::tr("the TLS connection to %1 failed: %2").arg(host, detail);
        return result;
    case Answer::Failure::Other:
        result.errorString = DeliveryText::tr("the post to %1 failed: %2").arg(host, detail);
        return result;
    }
    if (answer.httpStatus >= 200 && answer.httpStatus < 300) {
        result.delivered = true;
        return result;
    }
    QString code = QString::number(answer.httpStatus);
    if (answer.httpStatus == 429 && !answer.retryAfter.isEmpty()) {
        code = DeliveryText::tr("%1, retry after %2 s")
                       .arg(code, QString::fromLatin1(answer.retryAfter.trimmed().left(40)));
    } else if (const QString word = result.slackAnswer.section(u'\n', 0, 0).left(80);
               !word.isEmpty()) {
        code += u' ' + word;
    }
    result.errorString = statusWords(answer.httpStatus, code);
    return result;
}

} // namespace SlackLog::Internal
