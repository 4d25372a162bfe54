#include "proxy_p.h"

#include <QtNetwork/qhostaddress.h>

namespace SlackLog::Internal {

QNetworkProxy proxyFor(const QUrl &proxy, const QUrl &target)
{
    if (proxy.isEmpty()) {
        // A proxy cannot reach this machine's loopback, and asking the system (libproxy) for
        // nothing would cost each post a lookup.
        const QHostAddress address(target.host());
        if (address.isLoopback() || target.host().compare(u"localhost", Qt::CaseInsensitive) == 0)
            return QNetworkProxy(QNetworkProxy::NoProxy);
        const QList<QNetworkProxy> system =
                QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(target));
        return system.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : system.constFirst();
    }
    const QNetworkProxy::ProxyType type =
            proxy.scheme() == u"socks5" ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
    return QNetworkProxy(type, proxy.host(),
                         quint16(proxy.port(type == QNetworkProxy::HttpProxy ? 8080 : 1080)),
                         proxy.userName(), proxy.password());
}

} // namespace SlackLog::Internal
