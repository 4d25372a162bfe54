#include "receivedrequest.h"

#include <QtCore/qjsondocument.h>
#include <QtCore/qurlquery.h>

namespace SlackLog::Testing {

QByteArray ReceivedRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QJsonObject ReceivedRequest::json() const
{
    QByteArray payload = body;
    if (header("Content-Type").startsWith("application/x-www-form-urlencoded")) {
        const QUrlQuery query(QString::fromUtf8(body));
        payload = query.queryItemValue(QStringLiteral("payload"), QUrl::FullyDecoded).toUtf8();
    }
    return QJsonDocument::fromJson(payload).object();
}

QString ReceivedRequest::text() const
{
    return json().value(QStringLiteral("text")).toString();
}

} // namespace SlackLog::Testing
