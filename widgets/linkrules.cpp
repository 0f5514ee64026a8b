#include "linkrules.h"

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

QString freshId(const Design &design, const QString &base, const QSet<QString> &taken)
{
    QString b = base.left(56);
    if (!isValidId(b))
        b = QStringLiteral("node");
    if (!design.hasId(b) && !taken.contains(b))
        return b;
    for (int i = 2;; ++i) {
        const QString id = QStringLiteral("%1-%2").arg(b).arg(i);
        if (!design.hasId(id) && !taken.contains(id))
            return id;
    }
}

Node makeNode(const Design &design, Kind kind, const QSet<QString> &taken)
{
    Node n;
    n.kind = kind;
    n.id = freshId(design, kindName(kind), taken);
    n.label = kindTitle(kind);
    n.hasPos = true;
    if (kind == Kind::Server)
        n.props.insert(QStringLiteral("hostname"), n.id.left(63).toLower());
    return n;
}

} // namespace sw
