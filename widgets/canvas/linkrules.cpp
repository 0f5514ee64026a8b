#include "widgets/canvas/linkrules.h"

namespace sw {

QVector<Protocol> suggestedProtocols(const Node &from, const Node &to)
{
    QVector<Protocol> first;
    switch (to.kind) {
    case Kind::Cluster:
    case Kind::LoadBalancer:
        first = from.kind == Kind::Internet ? QVector<Protocol>{Protocol::Https, Protocol::Http}
                                            : QVector<Protocol>{Protocol::Https, Protocol::Http, Protocol::Vrrp};
        break;
    case Kind::Database: first = {Protocol::Mysql, Protocol::Tcp}; break;
    case Kind::WebServer:
        first = from.kind == Kind::Internet ? QVector<Protocol>{Protocol::Https, Protocol::Http}
                                            : QVector<Protocol>{Protocol::Http, Protocol::Https};
        break;
    case Kind::AppServer: first = {Protocol::Http, Protocol::Tcp}; break;
    case Kind::Dns: first = {Protocol::Dns}; break;
    case Kind::MonitoringService: first = {Protocol::Https, Protocol::Syslog}; break;
    case Kind::Server: first = {from.kind == Kind::Internet ? Protocol::Https : Protocol::Ssh, Protocol::Http}; break;
    case Kind::Firewall: first = {Protocol::Https, Protocol::Http}; break;
    default: first = {Protocol::Tcp}; break;
    }
    for (Protocol p : allProtocols())
        if (!first.contains(p))
            first.append(p);
    return first;
}

int suggestedPort(const Node &to, Protocol protocol)
{
    if (to.kind == Kind::AppServer && (protocol == Protocol::Http || protocol == Protocol::Tcp))
        return to.propInt(QStringLiteral("port"));
    return 0;
}

} // namespace sw
