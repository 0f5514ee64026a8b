// Quick fixes that add redundancy: a second load balancer in a cluster, a
// duplicate of a server (or network firewall) with its links, a replica.
#include "core/rules/fixes.h"
#include "core/model/propertykeys.h"

#include <QCoreApplication>

namespace sw::fixes {

namespace {

const QPointF kBelow(0, 220);

bool isRequestLink(const Link &l)
{
    return l.protocol == Protocol::Http || l.protocol == Protocol::Https || l.protocol == Protocol::Tcp
           || l.protocol == Protocol::Mysql;
}

// A copy of a server (new id, hostname and address), placed below it. The
// FixBuilder numbers a label or host name already in use ("Web server 2",
// web-02); `hostSuffix` and `labelSuffix` say what the copy is for.
Node copyServer(FixBuilder &b, const Node &server, const QString &hostSuffix = {}, const QString &labelSuffix = {})
{
    Node s2 = b.copyOf(server, server.parent, kBelow);
    const QString host = server.propString(keys::hostname);
    s2.props.insert(keys::hostname,
                    (host.isEmpty() ? QStringLiteral("server") : host).left(63 - int(hostSuffix.size())) + hostSuffix);
    if (server.hasProp(keys::address))
        s2.props.insert(keys::address, b.freeAddress(server.propString(keys::address)));
    s2.label = (server.label.isEmpty() ? kindTitle(Kind::Server) : server.label) + labelSuffix;
    return s2;
}

void copyCertificates(FixBuilder &b, const QString &oldService, const QString &newService)
{
    for (const Node *cert : b.design().nodesOfKind(Kind::Certificate))
        if (cert->propList(keys::installedOn).contains(oldService))
            b.appendToList(cert->id, keys::installedOn, newService);
}

} // namespace

bool holds(const Design &d, const QString &server, Kind kind)
{
    for (const QString &c : d.children(server))
        if (d.node(c)->kind == kind)
            return true;
    return false;
}

void twinFirewallRules(FixBuilder &b, const QString &oldId, const QString &newId)
{
    for (const Node *fw : b.design().nodesOfKind(Kind::Firewall)) {
        QStringList allow = b.prop(fw->id, keys::allow).toStringList();
        const int before = int(allow.size());
        for (int i = 0; i < before; ++i) {
            auto r = parsePortRule(allow[i]);
            if (!r || r->from != oldId)
                continue;
            r->from = newId;
            const QString twin = formatPortRule(*r);
            if (!allow.contains(twin))
                allow << twin;
        }
        if (allow.size() != before)
            b.setProp(fw->id, keys::allow, allow);
    }
}

bool clusterLoadBalancer(FixBuilder &b, const QString &lbOrServer)
{
    const Design &d = b.design();
    const Node *n = d.node(lbOrServer);
    if (!n)
        return false;
    const Node *server = d.node(n->kind == Kind::Server ? n->id : d.serverOf(n->id));
    if (!server)
        return false;
    const Node *lb = n->kind == Kind::LoadBalancer ? n : nullptr;
    for (const QString &c : d.children(server->id))
        if (!lb && d.node(c)->kind == Kind::LoadBalancer)
            lb = d.node(c);
    if (!lb)
        return false;

    const QString s2 = b.addNode(copyServer(b, *server));
    QString lb2;
    for (const QString &c : d.children(server->id)) {
        const Node *child = d.node(c);
        if (child == lb || child->kind == Kind::Firewall || child->kind == Kind::MonitoringAgent) {
            const QString id = b.addNode(b.copyOf(*child, s2, {}));
            if (child == lb)
                lb2 = id;
        }
    }

    const Node *existing = nullptr;
    for (const Node *cl : d.nodesOfKind(Kind::Cluster)) {
        const QStringList members = cl->propList(keys::members);
        if (!existing && (members.contains(lb->id) || members.contains(server->id)))
            existing = cl;
    }
    const QString address = server->propString(keys::address);
    if (existing) {
        const bool byServer = existing->propList(keys::members).contains(server->id);
        b.appendToList(existing->id, keys::members, byServer ? s2 : lb2);
        if (existing->propString(keys::vip).isEmpty())
            b.setProp(existing->id, keys::vip, b.freeAddress(address));
    } else {
        Node cl;
        cl.id = b.newId(QStringLiteral("lb-cluster"));
        cl.kind = Kind::Cluster;
        cl.label = QCoreApplication::translate("sw::Rules", "Load balancer cluster");
        cl.parent = server->parent;
        cl.hasPos = server->hasPos;
        cl.pos = server->pos - QPointF(20, 40);
        cl.props.insert(keys::members, QStringList{lb->id, lb2});
        cl.props.insert(keys::mode, QStringLiteral("active-passive"));
        cl.props.insert(keys::vip, b.freeAddress(address));
        const QString cluster = b.addNode(cl);
        // Requests now go to the cluster's virtual address, and leave from it.
        for (const Link &l : d.links()) {
            if (!isRequestLink(l))
                continue;
            Link after = l;
            if (l.to == lb->id || l.to == server->id)
                after.to = cluster;
            if (l.from == lb->id || l.from == server->id)
                after.from = cluster;
            if (after.from == after.to)
                b.remove(l.id); // a link inside the unit (load balancer to its own server): now inside the cluster
            else if (after != l)
                b.editLink(after);
        }
        for (const Node *dns : d.nodesOfKind(Kind::Dns)) {
            const QString t = dns->propString(keys::target);
            if (t == lb->id || t == server->id)
                b.setProp(dns->id, keys::target, cluster);
        }
    }
    copyCertificates(b, lb->id, lb2);
    twinFirewallRules(b, server->id, s2);
    twinFirewallRules(b, lb->id, lb2);
    return true;
}

bool duplicateUnit(FixBuilder &b, const QString &unit)
{
    const Design &d = b.design();
    const Node *n = d.node(unit);
    if (!n)
        return false;
    QHash<QString, QString> map;
    if (n->kind == Kind::Server) {
        for (const QString &c : d.children(unit)) {
            const Node *child = d.node(c);
            if (child->kind == Kind::LoadBalancer)
                return false; // clusterLoadBalancer's job
            if (child->kind == Kind::Database && child->propString(keys::role) == QLatin1String("primary"))
                return false; // a second primary would split the data: addReplica's job
        }
        const QString s2 = b.addNode(copyServer(b, *n));
        map.insert(unit, s2);
        for (const QString &c : d.children(unit))
            map.insert(c, b.addNode(b.copyOf(*d.node(c), s2, {})));
    } else if (n->kind == Kind::Firewall && (n->parent.isEmpty() || d.node(n->parent)->kind != Kind::Server)) {
        Node copy = b.copyOf(*n, n->parent, kBelow);
        map.insert(unit, b.addNode(copy));
    } else {
        return false;
    }
    for (const Link &l : d.links()) {
        const bool fromIn = map.contains(l.from), toIn = map.contains(l.to);
        if ((!fromIn && !toIn) || l.protocol == Protocol::Vrrp)
            continue;
        Link c = l;
        c.from = map.value(l.from, l.from);
        c.to = map.value(l.to, l.to);
        b.addLink(c);
    }
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        twinFirewallRules(b, it.key(), it.value());
        copyCertificates(b, it.key(), it.value());
        for (const Node *cl : d.nodesOfKind(Kind::Cluster))
            if (cl->propList(keys::members).contains(it.key()))
                b.appendToList(cl->id, keys::members, it.value());
    }
    return true;
}

bool addReplica(FixBuilder &b, const QString &primaryOrServer)
{
    const Design &d = b.design();
    const Node *n = d.node(primaryOrServer);
    if (!n)
        return false;
    const Node *primary = nullptr;
    if (n->kind == Kind::Database) {
        primary = n;
    } else if (n->kind == Kind::Server) {
        for (const QString &c : d.children(n->id)) {
            const Node *child = d.node(c);
            if (!primary && child->kind == Kind::Database
                && child->propString(keys::role) == QLatin1String("primary"))
                primary = child;
        }
    }
    if (!primary || primary->propString(keys::role) != QLatin1String("primary"))
        return false;
    const Node *server = d.node(d.serverOf(primary->id));
    if (!server)
        return false;
    const QString s2 = b.addNode(copyServer(b, *server, QStringLiteral("-replica"),
                                            QCoreApplication::translate("sw::Rules", " (replica)")));
    Node db = b.copyOf(*primary, s2, {});
    db.props.insert(keys::role, QStringLiteral("replica"));
    db.props.insert(keys::replicatesFrom, primary->id);
    db.label = primary->displayLabel() + QCoreApplication::translate("sw::Rules", " replica");
    const QString replica = b.addNode(db);
    for (const QString &c : d.children(server->id)) {
        const Node *child = d.node(c);
        if (child->kind == Kind::Firewall || child->kind == Kind::MonitoringAgent)
            b.addNode(b.copyOf(*child, s2, {}));
    }
    // The application reads from the replica too: a second request path.
    for (const Link &l : d.links()) {
        if (l.to != primary->id && l.to != server->id)
            continue;
        if (d.serverOf(l.from) == server->id)
            continue;
        Link c = l;
        c.to = l.to == primary->id ? replica : s2;
        b.addLink(c);
    }
    return true;
}

} // namespace sw::fixes
