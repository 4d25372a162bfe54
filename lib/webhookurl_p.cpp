#include "webhookurl_p.h"

#include "redaction.h"

#include "translation_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtNetwork/qhostaddress.h>

namespace SlackLog::Internal {

namespace { } // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> webhookUrlProblem(const QUrl &url, const QString &what)
{
    if (url.isEmpty())
        return SettingsText::tr("%1 is not set.").arg(what);
    if (!url.isValid() || url.host().isEmpty() || url.isRelative())
        return SettingsText::tr("%1 is not a valid URL: %2").arg(what, redactedUrl(url));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(url.host()))
            return SettingsText::tr(
                           "%1 must use https; plain http is accepted only for a loopback host "
                           "(127.0.0.1, ::1, localhost): %2")
                    .arg(what, redactedUrl(url));
    } else if (scheme != QLatin1String("https")) {
        return SettingsText::tr("%1 must be an https URL: %2").arg(what, redactedUrl(url));
    }
    return std::nullopt;
}

std::optional<QString> iconUrlProblem(const QUrl &url, const QString &what)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return SettingsText::tr("%1 is not a valid http or https URL: %2")
                .arg(what, url.toDisplayString());
    return std::nullopt;
}

} // namespace SlackLog::Internal
