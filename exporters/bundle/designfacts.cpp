#include "exporters/bundle/designfacts.h"
#include "core/model/propertykeys.h"

#include <algorithm>

namespace sw::bundle {

DesignFacts::DesignFacts(const Design &design)
    : m_design(design)
{
    m_serverOf.reserve(int(design.nodes().size()));
    for (const Node &n : design.nodes()) {
        if (!n.parent.isEmpty())
            m_children[n.parent].append(&n);
        const QString server = design.serverOf(n.id);
        if (!server.isEmpty())
            m_serverOf.insert(n.id, server);
        if (n.kind == Kind::Server)
            m_serverNames.insert(n.id, ServerNames{n.propString(keys::hostname), n.propString(keys::address)});
    }
    const std::vector<Link> &links = design.links();
    for (int i = 0; i < int(links.size()); ++i) {
        m_linksFrom[links[size_t(i)].from].append(i);
        m_linksTo[links[size_t(i)].to].append(i);
    }
    m_clusters = design.nodesOfKind(Kind::Cluster);
    for (int c = 0; c < m_clusters.size(); ++c) {
        m_clusterOrdinal.insert(m_clusters[c]->id, c);
        for (const QString &m : m_clusters[c]->propList(keys::members)) {
            QVector<int> &byMember = m_clustersByMember[m];
            if (byMember.isEmpty() || byMember.last() != c)
                byMember.append(c);
            const QString server = serverOf(m);
            if (server.isEmpty())
                continue;
            QVector<int> &byServer = m_clustersByServer[server];
            if (byServer.isEmpty() || byServer.last() != c)
                byServer.append(c);
        }
    }
    for (const Node *c : design.nodesOfKind(Kind::Certificate))
        for (const QString &on : c->propList(keys::installedOn))
            if (!m_certificateOn.contains(on))
                m_certificateOn.insert(on, c);
    for (const Node *d : design.nodesOfKind(Kind::Dns)) {
        m_domain = d->propString(keys::domain);
        if (!m_domain.isEmpty())
            break;
    }
    m_databases = design.nodesOfKind(Kind::Database);
    for (int i = 0; i < m_databases.size(); ++i) {
        const Node *db = m_databases[i];
        m_databaseOrdinal.insert(db->id, i);
        if (db->propString(keys::role) == QLatin1String("replica"))
            m_replicas[db->propString(keys::replicatesFrom)].append(i);
    }
}

QVector<const Node *> DesignFacts::replicasOf(const QString &primaryId) const
{
    QVector<const Node *> out;
    for (int i : m_replicas.ref(primaryId))
        out << m_databases[i];
    return out;
}

QVector<int> DesignFacts::linkIndexes(const QStringList &ids, bool into) const
{
    const IdTable<QVector<int>> &byEnd = into ? m_linksTo : m_linksFrom;
    QVector<int> all;
    for (const QString &id : ids)
        all += byEnd.ref(id);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

QVector<const Link *> DesignFacts::linksInto(const QStringList &ids) const
{
    QVector<const Link *> out;
    for (int i : linkIndexes(ids, true))
        out << &m_design.links()[size_t(i)];
    return out;
}

QString DesignFacts::hostnameOf(const QString &serverId) const
{
    if (const ServerNames *names = m_serverNames.find(serverId))
        return names->hostname;
    const Node *n = m_design.node(serverId);
    return n ? n->propString(keys::hostname) : QString();
}

QString DesignFacts::addressOf(const QString &serverId) const
{
    if (const ServerNames *names = m_serverNames.find(serverId))
        return names->address;
    const Node *n = m_design.node(serverId);
    return n ? n->propString(keys::address) : QString();
}

QString DesignFacts::connectHostOf(const QString &serverId) const
{
    const QString a = addressOf(serverId);
    return a.isEmpty() ? hostnameOf(serverId) : a;
}

QStringList DesignFacts::clustersOf(const QString &nodeId) const
{
    const QString server = serverOf(nodeId);
    QVector<int> ords = m_clustersByMember.value(nodeId);
    if (!server.isEmpty() && server != nodeId) {
        ords += m_clustersByMember.value(server);
        std::sort(ords.begin(), ords.end());
        ords.erase(std::unique(ords.begin(), ords.end()), ords.end());
    }
    QStringList out;
    for (int c : ords)
        out << m_clusters[c]->id;
    return out;
}

QStringList DesignFacts::clustersOfServer(const QString &serverId) const
{
    QStringList out;
    if (!serverId.isEmpty()) {
        for (int c : m_clustersByServer.ref(serverId))
            out << m_clusters[c]->id;
        return out;
    }
    for (const Node *c : m_design.nodesOfKind(Kind::Cluster)) {
        for (const QString &m : c->propList(keys::members)) {
            if (serverOf(m) == serverId) {
                out << c->id;
                break;
            }
        }
    }
    return out;
}

QStringList DesignFacts::clusterServers(const QString &clusterId) const
{
    QStringList out;
    const Node *c = m_design.node(clusterId);
    if (!c)
        return out;
    for (const QString &m : c->propList(keys::members)) {
        const QString s = serverOf(m);
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    return out;
}

QStringList DesignFacts::servicesOf(const QString &serverId, Kind kind) const
{
    QStringList out;
    for (const Node *n : m_children.ref(serverId))
        if (n->kind == kind)
            out << n->id;
    return out;
}

bool DesignFacts::hasServiceOf(const QString &serverId, Kind kind) const
{
    for (const Node *n : m_children.ref(serverId))
        if (n->kind == kind)
            return true;
    return false;
}

QStringList DesignFacts::entryIds(const QString &nodeId) const
{
    QStringList ids{nodeId};
    const QString server = serverOf(nodeId);
    if (!server.isEmpty() && server != nodeId)
        ids << server;
    ids += clustersOf(nodeId);
    return ids;
}

void DesignFacts::expandTarget(const QString &nodeId, int port, Protocol protocol, QVector<Endpoint> *out,
                               QSet<QString> *seen) const
{
    const Node *n = m_design.node(nodeId);
    if (!n)
        return;
    if (n->kind == Kind::Firewall && n->parent.isEmpty()) {
        // A network firewall passes the request on along its own links.
        if (seen->contains(nodeId))
            return;
        seen->insert(nodeId);
        for (int i : m_linksFrom.ref(nodeId))
            expandTarget(m_design.links()[size_t(i)].to, port, protocol, out, seen);
        return;
    }
    Endpoint e;
    e.nodeId = nodeId;
    e.port = port;
    e.protocol = protocol;
    if (n->kind == Kind::Cluster) {
        e.name = nodeId;
        e.host = n->propString(keys::vip);
        if (e.host.isEmpty()) {
            // No virtual address: reach every member directly.
            for (const QString &s : clusterServers(nodeId)) {
                Endpoint m = e;
                m.serverId = s;
                m.name = hostnameOf(s);
                m.host = connectHostOf(s);
                out->append(m);
            }
            return;
        }
        out->append(e);
        return;
    }
    const QString server = serverOf(nodeId);
    if (server.isEmpty())
        return;
    e.serverId = server;
    if (const ServerNames *names = m_serverNames.find(server)) {
        e.name = names->hostname;
        e.host = names->address.isEmpty() ? names->hostname : names->address;
    } else {
        e.name = hostnameOf(server);
        e.host = connectHostOf(server);
    }
    out->append(e);
}

QVector<Endpoint> DesignFacts::targets(const QString &nodeId, const QSet<Protocol> &protocols,
                                       std::optional<Kind> wanted) const
{
    const QStringList from = entryIds(nodeId);
    QVector<Endpoint> all;
    for (int i : linkIndexes(from, false)) {
        const Link &l = m_design.links()[size_t(i)];
        if (!protocols.contains(l.protocol))
            continue;
        QSet<QString> seen;
        expandTarget(l.to, l.effectivePort(), l.protocol, &all, &seen);
    }
    QVector<Endpoint> out;
    QSet<QString> keys;
    const QString ownServer = serverOf(nodeId);
    for (const Endpoint &e : all) {
        if (wanted) {
            bool ok = false;
            if (e.serverId.isEmpty()) {
                for (const QString &s : clusterServers(e.nodeId))
                    ok = ok || hasServiceOf(s, *wanted);
            } else {
                ok = hasServiceOf(e.serverId, *wanted);
            }
            if (!ok)
                continue;
        }
        // A service on the same server: its address, or the loopback one.
        Endpoint local = e;
        if (!e.serverId.isEmpty() && e.serverId == ownServer && addressOf(e.serverId).isEmpty())
            local.host = QStringLiteral("127.0.0.1");
        const QString key = QStringLiteral("%1:%2").arg(local.host).arg(local.port);
        if (keys.contains(key) || from.contains(e.nodeId))
            continue;
        keys.insert(key);
        out << local;
        continue;
        keys.insert(key);
        out << e;
    }
    return out;
}

void DesignFacts::expandSource(const QString &nodeId, QStringList *out, QSet<QString> *seen, bool *internet) const
{
    if (seen->contains(nodeId))
        return;
    seen->insert(nodeId);
    const Node *n = m_design.node(nodeId);
    if (!n)
        return;
    if (n->kind == Kind::Internet) {
        *internet = true;
        return;
    }
    if (n->kind == Kind::Firewall && n->parent.isEmpty()) {
        for (int i : m_linksTo.ref(nodeId))
            expandSource(m_design.links()[size_t(i)].from, out, seen, internet);
        return;
    }
    if (n->kind == Kind::Cluster) {
        for (const QString &s : clusterServers(nodeId))
            if (!out->contains(s))
                *out << s;
        return;
    }
    const QString s = serverOf(nodeId);
    if (!s.isEmpty() && !out->contains(s))
        *out << s;
}

QStringList DesignFacts::sourceServers(const QString &nodeId) const
{
    const QStringList into = entryIds(nodeId);
    QStringList out;
    bool internet = false;
    for (const Link *l : linksInto(into)) {
        if (l->protocol == Protocol::Dns)
            continue;
        QSet<QString> seen;
        expandSource(l->from, &out, &seen, &internet);
    }
    return out;
}

bool DesignFacts::reachedFromInternet(const QString &nodeId) const
{
    const QStringList into = entryIds(nodeId);
    QStringList servers;
    bool internet = false;
    for (const Link *l : linksInto(into)) {
        if (l->protocol == Protocol::Dns)
            continue;
        QSet<QString> seen;
        expandSource(l->from, &servers, &seen, &internet);
    }
    return internet;
}

} // namespace sw::bundle
