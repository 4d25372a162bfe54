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

bool isSuccessWithoutOk(const Answer &answer, ServerKind kind)
{
    return answer.failure == Answer::Failure::None && answer.httpStatus >= 200
            && answer.httpStatus < 300 && serverTraits(kind).answersOk
            && answer.body.trimmed() != "ok";
}

AnswerKind classify(const Answer &answer, ServerKind kind)
{
    if (answer.failure != Answer::Failure::None)
        return AnswerKind::Retryable;
    const int status = answer.httpStatus;
    // Not a status at all: an answer that is not HTTP says nothing about the payload.
    if (status < 100 || status > 599)
        return AnswerKind::Retryable;
    if (status >= 200 && status < 300)
        return isSuccessWithoutOk(answer, kind) ? AnswerKind::Retryable : AnswerKind::Delivered;
    if (status == 429)
        return AnswerKind::RateLimited;
    if (status == 403 || status == 404 || status == 410)
        return AnswerKind::DestinationGone;
    if (status >= 500 || status == 408)
        return AnswerKind::Retryable;
    return AnswerKind::Rejected;
}

bool mayHaveArrived(const Answer &answer, ServerKind kind)
{
    switch (answer.failure) {
    case Answer::Failure::Closed:
    case Answer::Failure::Timeout:
    case Answer::Failure::TooLong:
    case Answer::Failure::Malformed:
    case Answer::Failure::Other:
        return true;
    case Answer::Failure::None:
        // Something answered 2xx: what stands between may have passed the post on.
        return isSuccessWithoutOk(answer, kind) || answer.httpStatus < 100
                || answer.httpStatus > 599;
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
        // The bound that applied: at exit or on qFatal it is what was left of the deadline.
        result.errorString =
                DeliveryText::tr("%1 did not answer within %2 ms")
                        .arg(host)
                        .arg(qint64(answer.bound.count() > 0 ? answer.bound.count()
                                                             : requestTimeout.count()));
        return result;
    case Answer::Failure::TooLong:
        result.errorString = DeliveryText::tr("%1 answered with more than %2 bytes, which no "
                                              "webhook does; the answer was cut off there")
                                     .arg(host)
                                     .arg(maxAnswerBytes);
        return result;
    case Answer::Failure::Malformed:
        result.errorString =
                DeliveryText::tr("%1 sent an answer that is not HTTP (no status code)").arg(host);
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
    if (answer.httpStatus < 100 || answer.httpStatus > 599) {
        result.errorString = DeliveryText::tr("%1 sent an answer that is not HTTP (status %2)")
                                     .arg(host)
                                     .arg(answer.httpStatus);
        return result;
    }
    if (isSuccessWithoutOk(answer, batch.destination.serverKind())) {
        const QString said = result.slackAnswer.simplified().left(80);
        result.errorString = said.isEmpty()
                ? DeliveryText::tr("the webhook answered %1 without \"ok\": something "
                                   "between SlackLog and Slack, such as a proxy, may "
                                   "have answered instead")
                          .arg(answer.httpStatus)
                : DeliveryText::tr("the webhook answered %1 \"%2\" instead of \"ok\": "
                                   "something between SlackLog and Slack, such as a "
                                   "proxy, may have answered instead")
                          .arg(QString::number(answer.httpStatus), said);
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
