#include "deliveryresult.h"

#include "wording_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qdebug.h>

namespace SlackLog {

QString describe(const DeliveryResult &result)
{
    const QString latency = QString::number(qint64(result.latency.count()));
    const QString messages = Internal::messagesText(quint64(result.messageCount));
    if (result.delivered)
        return QCoreApplication::translate("SlackLog::Delivery",
                                           "delivered %1 to %2: HTTP %3 \"%4\" in %5 ms")
                .arg(messages, result.destination, QString::number(result.httpStatus),
                     result.slackAnswer, latency);
    return QCoreApplication::translate("SlackLog::Delivery",
                                       "could not deliver %1 to %2: %3 (after %4 ms)")
            .arg(messages, result.destination, result.errorString, latency);
}

QDebug operator<<(QDebug debug, const DeliveryResult &result)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "SlackLog::DeliveryResult(" << describe(result) << ')';
    return debug;
}

} // namespace SlackLog
