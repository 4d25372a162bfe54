#ifndef SLACKLOG_PROXY_P_H
#define SLACKLOG_PROXY_P_H

#include <QtCore/qurl.h>
#include <QtNetwork/qnetworkproxy.h>

namespace SlackLog::Internal {

// The proxy for one connection to \a target: the one the settings name, such as
// http://user:pass@proxy:3128 or socks5://proxy:1080; or, for an empty URL, what the system
// says (https_proxy and no_proxy on Linux).
QNetworkProxy proxyFor(const QUrl &proxy, const QUrl &target);

} // namespace SlackLog::Internal

#endif // SLACKLOG_PROXY_P_H
