#include "core/analysis/requestflow.h"

#include <QCoreApplication>
#include <QHash>

namespace sw {

namespace {

// One stop of the walk: a node on the surviving request path.
struct Stop {
    QString node;
    RequestGraph::Role role;
    bool failover = false;
    QString failedMember;   // for a failover: the member that was active
};

class FlowBuilder {
public:
    FlowBuilder(const Design &d, const RequestGraph &g, const QSet<QString> &failed)
        : m_d(d), m_g(g), m_failed(failed), m_on(g.onPath(failed))
    {
        for (const Link &l : d.links())
            m_links.insert(l.from + QLatin1Char('\n') + l.to, l.id);
        for (const Node *c : d.nodesOfKind(Kind::Cluster))
            for (const QString &m : c->propList(QStringLiteral("members")))
                m_clusterOf.insert(m, c->id);
        for (const Node *dns : d.nodesOfKind(Kind::Dns))
            if (m_domain.isEmpty())
                m_domain = dns->propString(QStringLiteral("domain"));
    }

    QVector<FlowHop> build()
    {
        QVector<FlowHop> hops;
        const QVector<const Node *> users = m_d.nodesOfKind(Kind::Internet);
        const Node *user = nullptr;
        int uv = -1;
        for (const Node *u : users) {
            const QVector<int> vs = m_g.verticesOf(u->id);
            if (!vs.isEmpty() && m_on[size_t(vs.first())]) {
                user = u;
                uv = vs.first();
                break;
            }
        }
        const Node *shown = user ? user : users.value(0, nullptr);
        const QString site = m_domain.isEmpty() ? QCoreApplication::translate("sw::RequestFlow", "the site") : QStringLiteral("https://%1/").arg(m_domain);
        FlowHop first;
        first.kind = FlowHop::Kind::User;
        if (shown)
            first.nodes << shown->id;
        first.caption = QCoreApplication::translate("sw::RequestFlow", "A user (%1) opens %2 in the browser.").arg(shown ? label(shown->id) : QCoreApplication::translate("sw::RequestFlow", "nobody"), site);
        hops << first;
        if (!user) {
            FlowHop none;
            none.kind = FlowHop::Kind::Unreachable;
            none.caption = QCoreApplication::translate("sw::RequestFlow", "No request gets through: every path from the users to a database goes through a "
                              "failed node (or the design has no such path).");
            hops << none;
            return hops;
        }
        const QVector<Stop> stops = walk(uv, user->id);
        hops << dnsHop(user->id, stops.isEmpty() ? QString() : stops.first().node);
        QString prev = user->id;
        QStringList chain{label(user->id)}, pathNodes{user->id}, pathLinks;
        for (int i = 0; i < stops.size(); ++i) {
            const Stop &s = stops[i];
            const QString next = i + 1 < stops.size() ? stops[i + 1].node : QString();
            FlowHop h = hopFor(s, next);
            const QString l = linkBetween(prev, s.node);
            if (!l.isEmpty())
                h.links << l;
            pathNodes << h.nodes;
            pathLinks << h.links;
            if (s.role != RequestGraph::Role::ClusterIn)
                chain.prepend(label(s.node));
            hops << h;
            if (h.kind == FlowHop::Kind::Database)
                hops << replicationHops(s.node);
            prev = s.node;
        }
        FlowHop back;
        back.kind = FlowHop::Kind::Response;
        back.nodes = pathNodes;
        back.links = pathLinks;
        back.caption = QCoreApplication::translate("sw::RequestFlow", "The response travels back the same way (%1) and the browser shows the page.")
                           .arg(chain.join(QStringLiteral(" \u2192 ")));
        hops << back;
        return hops;
    }

private:
    QString label(const QString &id) const
    {
        const Node *n = m_d.node(id);
        return n ? n->displayLabel() : id;
    }
    QString host(const QString &id) const
    {
        const Node *s = m_d.node(m_d.serverOf(id));
        if (!s)
            return QCoreApplication::translate("sw::RequestFlow", "no server");
        const QString h = s->propString(QStringLiteral("hostname"));
        return h.isEmpty() ? s->displayLabel() : h;
    }
    // "HAProxy (lb-01)": members of a cluster often share a label.
    QString labelOn(const QString &id) const
    {
        if (id.isEmpty())
            return QCoreApplication::translate("sw::RequestFlow", "the next member");
        const Node *n = m_d.node(id);
        if (!n || !isService(n->kind))
            return label(id);
        return QStringLiteral("%1 (%2)").arg(label(id), host(id));
    }
    bool on(int v) const { return m_on[size_t(v)] != 0; }

    // The surviving path from the user's vertex to a database, choosing
    // among branches like the stack would: a cluster's active member first,
    // a load balancer by its algorithm.
    QVector<Stop> walk(int v, const QString &user) const
    {
        QVector<Stop> stops;
        std::vector<char> seen(size_t(m_g.vertexCount()), 0);
        seen[size_t(v)] = 1;
        for (;;) {
            QVector<int> next;
            for (int w : m_g.successors(v))
                if (on(w) && !seen[size_t(w)] && !next.contains(w))
                    next.append(w);
            if (next.isEmpty())
                break;
            int w = next.first();
            const RequestGraph::Vertex &cur = m_g.vertex(v);
            const Node *curNode = cur.node.isEmpty() ? nullptr : m_d.node(cur.node);
            if (curNode && curNode->kind == Kind::LoadBalancer
                && curNode->propString(QStringLiteral("algorithm")) == QLatin1String("source"))
                w = next[int(qHash(user) % uint(next.size()))];
            const RequestGraph::Vertex &vx = m_g.vertex(w);
            if (vx.role == RequestGraph::Role::Sink)
                break;
            seen[size_t(w)] = 1;
            v = w;
            if (vx.role == RequestGraph::Role::ServerIn || vx.role == RequestGraph::Role::ServerOut
                || vx.role == RequestGraph::Role::ClusterOut)
                continue;
            Stop s{vx.node, vx.role};
            if (vx.role == RequestGraph::Role::ClusterIn) {
                // Members are the cluster's successors in member order.
                const std::vector<int> &all = m_g.successors(w);
                const int firstUnit = all.empty() ? -1 : m_g.vertex(all.front()).unit;
                if (!all.empty() && !on(all.front()) && firstUnit >= 0
                    && m_failed.contains(m_g.units().at(firstUnit))) {
                    s.failover = true;
                    s.failedMember = m_g.vertex(all.front()).node;
                }
            }
            stops << s;
            const Node *n = m_d.node(vx.node);
            if (n && n->kind == Kind::Database)
                break;
        }
        return stops;
    }

    QString linkBetween(const QString &from, const QString &to) const
    {
        auto ends = [&](const QString &id) {
            QStringList e{id};
            const QString server = m_d.serverOf(id);
            if (!server.isEmpty() && server != id)
                e << server;
            for (const QString &x : QStringList(e))
                if (m_clusterOf.contains(x))
                    e << m_clusterOf.value(x);
            return e;
        };
        for (const QString &a : ends(from))
            for (const QString &b : ends(to)) {
                const QString l = m_links.value(a + QLatin1Char('\n') + b);
                if (!l.isEmpty())
                    return l;
            }
        return {};
    }

    FlowHop dnsHop(const QString &user, const QString &entry) const
    {
        FlowHop h;
        h.kind = FlowHop::Kind::Dns;
        const Node *dns = nullptr;
        for (const Node *n : m_d.nodesOfKind(Kind::Dns))
            if (!dns || n->propString(QStringLiteral("target")) == entry)
                dns = n;
        if (!dns) {
            h.caption = QCoreApplication::translate("sw::RequestFlow", "Name resolution: the design has no DNS record, so users must know the address.");
            return h;
        }
        h.nodes << dns->id;
        const QString l = m_links.value(user + QLatin1Char('\n') + dns->id);
        if (!l.isEmpty())
            h.links << l;
        const QString target = dns->propString(QStringLiteral("target"));
        const Node *t = m_d.node(target);
        QString address;
        if (t && t->kind == Kind::Cluster)
            address = t->propString(QStringLiteral("vip"));
        else if (t)
            address = m_d.node(m_d.serverOf(target)) ? m_d.node(m_d.serverOf(target))->propString(QStringLiteral("address"))
                                                     : QString();
        if (address.isEmpty())
            address = QCoreApplication::translate("sw::RequestFlow", "the address");
        h.caption = QCoreApplication::translate("sw::RequestFlow", "Name resolution: the browser asks DNS for %1. The %2 record answers %3, the address of %4.")
                        .arg(dns->propString(QStringLiteral("domain")), dns->propString(QStringLiteral("record")),
                             address, t ? label(target) : QCoreApplication::translate("sw::RequestFlow", "the entry"));
        return h;
    }

    QString algorithmText(const QString &alg) const
    {
        if (alg == QLatin1String("leastconn"))
            return QCoreApplication::translate("sw::RequestFlow", "least connections (the backend with the fewest open connections)");
        if (alg == QLatin1String("source"))
            return QCoreApplication::translate("sw::RequestFlow", "source hashing (the same user always gets the same backend)");
        return QCoreApplication::translate("sw::RequestFlow", "round robin (each backend in turn)");
    }

    int linkPort(const QString &from, const QString &to) const
    {
        const Link *l = m_d.link(linkBetween(from, to));
        return l ? l->effectivePort() : 0;
    }

    FlowHop hopFor(const Stop &s, const QString &next) const
    {
        FlowHop h;
        h.nodes << s.node;
        const Node *n = m_d.node(s.node);
        const QString nextLabel = next.isEmpty() ? QCoreApplication::translate("sw::RequestFlow", "the next tier") : label(next);
        if (s.role == RequestGraph::Role::ClusterIn) {
            h.kind = FlowHop::Kind::VirtualAddress;
            const QString vip = n->propString(QStringLiteral("vip"));
            const QString vipText = vip.isEmpty() ? QCoreApplication::translate("sw::RequestFlow", "(no address set)") : vip;
            h.failover = s.failover;
            if (s.failover) {
                h.caption = QCoreApplication::translate("sw::RequestFlow", "VRRP failover: %1 is down, so the virtual address %2 of %3 moved to %4, "
                               "which answers the request now.")
                                .arg(labelOn(s.failedMember), vipText, label(s.node), labelOn(next));
                if (!next.isEmpty())
                    h.nodes << next;   // the member that holds the address now
            } else if (n->propString(QStringLiteral("mode")) == QLatin1String("active-active")) {
                h.caption = QCoreApplication::translate("sw::RequestFlow", "The request goes to the virtual address %1 of %2. Both members answer "
                               "(active-active); this time %3 does.")
                                .arg(vipText, label(s.node), labelOn(next));
            } else {
                h.caption = QCoreApplication::translate("sw::RequestFlow", "The request goes to the virtual address %1 of %2. The active member, %3, "
                               "holds that address; the others stand by and take it over through VRRP "
                               "if it fails.")
                                .arg(vipText, label(s.node), labelOn(next));
            }
            return h;
        }
        if (s.role == RequestGraph::Role::NetworkFirewall) {
            h.kind = FlowHop::Kind::Firewall;
            const QStringList allow = n->propList(QStringLiteral("allow"));
            h.caption = QCoreApplication::translate("sw::RequestFlow", "The firewall %1 checks the packet: only what it allows (%2) gets through to %3.")
                            .arg(label(s.node), allow.isEmpty() ? QCoreApplication::translate("sw::RequestFlow", "nothing") : allow.join(QStringLiteral(", ")),
                                 nextLabel);
            return h;
        }
        const QString who = label(s.node), on = host(s.node);
        switch (n->kind) {
        case Kind::LoadBalancer: {
            h.kind = FlowHop::Kind::LoadBalancer;
            const QString tls = n->propString(QStringLiteral("tls"));
            const QString alg = algorithmText(n->propString(QStringLiteral("algorithm")));
            const QString domain = m_domain.isEmpty() ? QCoreApplication::translate("sw::RequestFlow", "the site") : m_domain;
            if (tls == QLatin1String("terminate"))
                h.caption = QCoreApplication::translate("sw::RequestFlow", "%1 on %2 terminates TLS: it decrypts HTTPS with the certificate for %3. Then it "
                               "picks a web server by %4: %5.").arg(who, on, domain, alg, nextLabel);
            else if (tls == QLatin1String("passthrough"))
                h.caption = QCoreApplication::translate("sw::RequestFlow", "%1 on %2 passes the encrypted HTTPS stream on unopened (TLS passthrough) and picks "
                               "a backend by %3: %4.").arg(who, on, alg, nextLabel);
            else
                h.caption = QCoreApplication::translate("sw::RequestFlow", "%1 on %2 forwards the request as it is and picks a backend by %3: %4.")
                                .arg(who, on, alg, nextLabel);
            return h;
        }
        case Kind::WebServer: {
            h.kind = FlowHop::Kind::Web;
            const QString sw = n->propString(QStringLiteral("software"));
            QString text = QCoreApplication::translate("sw::RequestFlow", "%1 (%2) on %3 serves static files itself and, as a reverse proxy, forwards the "
                              "dynamic request to %4 on port %5.")
                               .arg(who, sw, on, nextLabel).arg(linkPort(s.node, next));
            if (n->propString(QStringLiteral("tls")) == QLatin1String("on"))
                text.prepend(QCoreApplication::translate("sw::RequestFlow", "TLS termination: %1 decrypts HTTPS itself. ").arg(who));
            h.caption = text;
            return h;
        }
        case Kind::AppServer: {
            h.kind = FlowHop::Kind::App;
            QString code;
            for (const QString &c : m_d.children(m_d.serverOf(s.node)))
                if (m_d.node(c) && m_d.node(c)->kind == Kind::Codebase)
                    code = label(c);
            h.caption = QCoreApplication::translate("sw::RequestFlow", "%1 on %2 runs the Python code%3 through %4 and sends an SQL query to %5 on port %6.")
                            .arg(who, on, code.isEmpty() ? QString() : QCoreApplication::translate("sw::RequestFlow", " of %1").arg(code),
                                 n->propString(QStringLiteral("wsgi")), nextLabel)
                            .arg(linkPort(s.node, next));
            return h;
        }
        case Kind::Database:
            h.kind = FlowHop::Kind::Database;
            h.caption = QCoreApplication::translate("sw::RequestFlow", "%1 (%2) on %3 runs the SQL query and returns the rows.")
                            .arg(who, n->propString(QStringLiteral("engine")), on);
            return h;
        case Kind::Internet:
        case Kind::Dns:
        case Kind::Certificate:
        case Kind::Server:
        case Kind::Codebase:
        case Kind::MonitoringAgent:
        case Kind::Firewall:
        case Kind::MonitoringService:
        case Kind::Cluster:
        case Kind::Zone:
        case Kind::Note:
        case Kind::Cache:
            h.kind = FlowHop::Kind::Service;
            h.caption = QCoreApplication::translate("sw::RequestFlow", "%1 on %2 passes the request on to %3.").arg(who, on, nextLabel);
            return h;
        }
    }

    QVector<FlowHop> replicationHops(const QString &primary) const
    {
        QVector<FlowHop> out;
        for (const Node *r : m_d.nodesOfKind(Kind::Database)) {
            if (r->propString(QStringLiteral("replicates_from")) != primary)
                continue;
            FlowHop h;
            h.kind = FlowHop::Kind::Replication;
            h.nodes << primary << r->id;
            h.caption = QCoreApplication::translate("sw::RequestFlow", "Replication: %1 is the primary and sends every write to the replica %2 on %3, which "
                           "keeps a copy ready to take over or to serve reads.")
                            .arg(label(primary), label(r->id), host(r->id));
            out << h;
        }
        return out;
    }

    const Design &m_d;
    const RequestGraph &m_g;
    QSet<QString> m_failed;
    std::vector<char> m_on;
    QHash<QString, QString> m_links;      // "from\nto" -> link id
    QHash<QString, QString> m_clusterOf;  // member -> cluster
    QString m_domain;
};

} // namespace

QVector<FlowHop> requestFlow(const Design &design, const RequestGraph &graph, const QSet<QString> &failedUnits)
{
    return FlowBuilder(design, graph, failedUnits).build();
}

} // namespace sw
