#include "redaction.h"

#include "redaction_p.h"

#include <QtCore/qregularexpression.h>
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

// Which of the path's segments are secret.
QList<bool> secretSegments(const QStringList &segments)
{
    QList<bool> secret(segments.size(), false);
    const qsizetype services = segments.indexOf(QStringLiteral("services"));
    bool any = false;
    if (services >= 0 && segments.size() > services + 3) {
        // Slack: /services/T…/B…/secret
        for (qsizetype i = services + 3; i < segments.size(); ++i)
            secret[i] = any = true;
    } else {
        for (qsizetype i = 0; i < segments.size(); ++i) {
            if (looksLikeToken(segments.at(i)))
                secret[i] = any = true;
        }
    }
    if (!any) {
        for (qsizetype i = segments.size() - 1; i >= 0; --i) {
            if (!segments.at(i).isEmpty()) {
                secret[i] = true;
                break;
            }
        }
    }
    return secret;
}

} // namespace

QString redactedUrl(const QUrl &url)
{
    if (url.isEmpty())
        return QString();
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("(an invalid URL)");
    QStringList segments = url.path(QUrl::FullyEncoded).split(u'/');
    const QList<bool> secret = secretSegments(segments);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (secret.at(i))
            segments[i] = mask;
    }
    QString text = url.scheme() + QLatin1String("://") + url.host(QUrl::FullyEncoded);
    if (url.port() >= 0)
        text += QLatin1Char(':') + QString::number(url.port());
    return text + segments.join(u'/');
}

namespace Internal {

QString withoutSecret(QString text, const QUrl &url)
{
    if (url.isEmpty() || text.isEmpty())
        return text;
    const QString redacted = redactedUrl(url);
    for (const QString &form :
         {url.toString(QUrl::FullyEncoded), url.toString(), url.toDisplayString()}) {
        if (!form.isEmpty())
            text.replace(form, redacted);
    }
    // A server may quote just the path, decoded or not, or the token alone.
    for (const QUrl::ComponentFormattingOption format : {QUrl::FullyEncoded, QUrl::FullyDecoded}) {
        const QStringList segments = url.path(format).split(u'/');
        const QList<bool> secret = secretSegments(segments);
        for (qsizetype i = 0; i < segments.size(); ++i) {
            if (secret.at(i) && segments.at(i).size() >= 4)
                text.replace(segments.at(i), mask);
        }
    }
    return text;
}

QString withoutSecrets(QString text)
{
    // Compiled once; QRegularExpression is safe to use from several threads.
    static const QRegularExpression url(
            QStringLiteral(R"([A-Za-z][A-Za-z0-9+.\-]{0,15}://[^\s"'<>]+)"));
    // Without its scheme; with one, it is a URL and already shown redacted.
    static const QRegularExpression slackHook(
            QStringLiteral(R"((?<!//)hooks\.slack\.com/services/[^\s"'<>]+)"),
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression slackToken(QStringLiteral(R"(\b(xox[a-z])-[A-Za-z0-9\-]+)"));
    // 20 or more letters and digits with both in them: a token, not a word or a number.
    static const QRegularExpression longToken(QStringLiteral(
            R"((?<![A-Za-z0-9_\-])(?=[A-Za-z0-9_\-]*[0-9])(?=[A-Za-z0-9_\-]*[A-Za-z])[A-Za-z0-9_\-]{20,})"));
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator urls = url.globalMatch(text);
    while (urls.hasNext()) {
        const QRegularExpressionMatch match = urls.next();
        result += QStringView(text).sliced(last, match.capturedStart() - last);
        const QString shown = redactedUrl(QUrl(match.captured(), QUrl::TolerantMode));
        result += shown.isEmpty() ? mask : shown;
        last = match.capturedEnd();
    }
    result += QStringView(text).sliced(last);
    result.replace(slackHook, QStringLiteral("hooks.slack.com/services/****"));
    result.replace(slackToken, QStringLiteral("\\1-…****"));
    // A secret alone; redactedUrl() leaves no such run (its ids are short, its mask is ****).
    result.replace(longToken, mask);
    return result;
}

} // namespace Internal

} // namespace SlackLog
