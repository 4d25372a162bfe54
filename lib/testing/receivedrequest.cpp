#include "receivedrequest.h"

#include <QtCore/qjsonarray.h>
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

QStringList ReceivedRequest::displayedTexts() const
{
    const QJsonObject payload = json();
    QStringList texts;
    const QJsonArray blocks = payload.value(u"blocks").toArray();
    if (!blocks.isEmpty()) {
        for (const QJsonValue &block : blocks) {
            if (block[u"type"].toString() == u"section")
                texts.append(block[u"text"][u"text"].toString());
        }
        return texts;
    }
    if (const QString text = payload.value(u"text").toString(); !text.isEmpty())
        texts.append(text);
    const QJsonArray attachments = payload.value(u"attachments").toArray();
    for (const QJsonValue &attachment : attachments)
        texts.append(attachment[u"text"].toString());
    return texts;
}

} // namespace SlackLog::Testing
