#include "redaction.h"

#include <QtCore/qstringlist.h>

namespace SlackLog {

namespace {

const QLatin1String mask("****");

// Tokens are long and random; ids that servers put in the path beside them are short or
// numeric (Discord's webhook id), and are worth keeping to tell webhooks apart.
bool looksLikeToken(QStringView segment)
{
    if (segment.size() < 16)
        return false;
    for (const QChar c : segment) {
        if (!c.isDigit())
            return true;
    }
    return false;
}

} // namespace

QString redactedUrl(const QUrl &url)
{
    if (url.isEmpty())
        return QString();
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("(an invalid URL)");

    QStringList segments = url.path(QUrl::FullyEncoded).split(u'/');
    const qsizetype services = segments.indexOf(QStringLiteral("services"));
    bool masked = false;
    if (services >= 0 && segments.size() > services + 3) {
        // Slack: /services/T…/B…/secret
        for (qsizetype i = services + 3; i < segments.size(); ++i)
            segments[i] = mask;
        masked = true;
    } else {
        for (QString &segment : segments) {
            if (looksLikeToken(segment)) {
                segment = mask;
                masked = true;
            }
        }
    }
    if (!masked) {
        for (qsizetype i = segments.size() - 1; i >= 0; --i) {
            if (!segments.at(i).isEmpty()) {
                segments[i] = mask;
                break;
            }
        }
    }
    QString text = url.scheme() + QLatin1String("://") + url.host(QUrl::FullyEncoded);
    if (url.port() >= 0)
        text += QLatin1Char(':') + QString::number(url.port());
    return text + segments.join(u'/');
}

} // namespace SlackLog
