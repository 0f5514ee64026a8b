#include "exporters/pictures/reportpath.h"

#include "core/model/requestgraph.h"
#include "exporters/pictures/reporttext.h"

#include <QCoreApplication>
#include <QSet>
#include <deque>

namespace sw {

using report::esc;
using report::Tr;

namespace {

QString b(const QString &s) { return QStringLiteral("<b>") + esc(s) + QStringLiteral("</b>"); }

// The node and the things a link may name instead of it: its server and the
// clusters it (or its server) belongs to.
QSet<QString> aliases(const Design &d, const QString &id)
{
    QSet<QString> out{id};
    const QString server = d.serverOf(id);
    if (!server.isEmpty())
        out.insert(server);
    for (const Node *c : d.nodesOfKind(Kind::Cluster)) {
        const QStringList m = c->propList(QStringLiteral("members"));
        if (m.contains(id) || (!server.isEmpty() && m.contains(server)))
            out.insert(c->id);
    }
    return out;
}

const Link *linkBetween(const Design &d, const QString &a, const QString &b)
{
    const QSet<QString> from = aliases(d, a), to = aliases(d, b);
    for (const Link &l : d.links())
        if (from.contains(l.from) && to.contains(l.to))
            return &l;
    return nullptr;
}

QString via(const Link *l)
{
    if (!l)
        return {};
    return Tr::tr(" over %1 (port %2)").arg(protocolName(l->protocol).toUpper()).arg(l->effectivePort());
}

QString where(const Design &d, const Node &n)
{
    const QString server = d.serverOf(n.id);
    const Node *s = server.isEmpty() || server == n.id ? nullptr : d.node(server);
    if (!s)
        return {};
    QString host = s->propString(QStringLiteral("hostname"));
    const QString addr = s->propString(QStringLiteral("address"));
    if (!addr.isEmpty())
        host += QStringLiteral(", ") + addr;
    return Tr::tr(" on %1 (%2)").arg(b(s->displayLabel()), esc(host));
}

QString describe(const Design &d, const Node &n, const Link *in)
{
    const QString name = b(n.displayLabel()) + where(d, n);
    switch (n.kind) {
    case Kind::Cluster: {
        QStringList members;
        for (const QString &m : n.propList(QStringLiteral("members")))
            if (const Node *mn = d.node(m))
                members.append(b(mn->displayLabel()) + where(d, *mn));
        return Tr::tr("The request reaches the cluster %1 at its virtual address %2%3. Whichever member is alive takes it: %4.")
            .arg(b(n.displayLabel()), esc(n.propString(QStringLiteral("vip"))), via(in),
                 members.join(Tr::tr(" or ")));
    }
    case Kind::LoadBalancer: {
        const QString tls = n.propString(QStringLiteral("tls"));
        QString s = Tr::tr("The load balancer %1 (%2, %3) receives it%4")
                        .arg(name, esc(n.propString(QStringLiteral("software"))),
                             esc(n.propString(QStringLiteral("algorithm"))), via(in));
        if (tls == QLatin1String("terminate"))
            s += Tr::tr(", decrypts the HTTPS traffic with the site's certificate");
        return s + Tr::tr(" and picks a web server to forward it to.");
    }
    case Kind::WebServer:
        return Tr::tr("The web server %1 (%2) receives it%3; it answers static files itself and passes dynamic requests on.")
            .arg(name, esc(n.propString(QStringLiteral("software"))), via(in));
    case Kind::AppServer:
        return Tr::tr("The application server %1 (%2 with %3) runs the code for the request%4.")
            .arg(name, esc(n.propString(QStringLiteral("runtime"))), esc(n.propString(QStringLiteral("wsgi"))), via(in));
    case Kind::Database:
        return Tr::tr("The database %1 (%2, %3) reads or writes the data%4 and sends the answer back.")
            .arg(name, esc(n.propString(QStringLiteral("engine"))), esc(n.propString(QStringLiteral("role"))), via(in));
    case Kind::Firewall:
        return Tr::tr("The network firewall %1 lets it through%2 (it only allows %3).")
            .arg(name, via(in), esc(n.propList(QStringLiteral("allow")).join(QStringLiteral(", "))));
    case Kind::Internet:
    case Kind::Dns:
    case Kind::Certificate:
    case Kind::Server:
    case Kind::Codebase:
    case Kind::MonitoringAgent:
    case Kind::MonitoringService:
    case Kind::Zone:
    case Kind::Note:
    case Kind::Cache:
        return Tr::tr("It passes %1 (%2)%3.").arg(name, esc(kindTitle(n.kind)), via(in));
    }
}

} // namespace

QString designDomain(const Design &design)
{
    for (const Node *n : design.nodesOfKind(Kind::Dns)) {
        const QString dom = n->propString(QStringLiteral("domain"));
        if (!dom.isEmpty())
            return dom;
    }
    return {};
}

QVector<PathStep> requestPathSteps(const Design &d)
{
    QVector<PathStep> steps;
    const RequestGraph g(d);
    // Shortest path source -> sink.
    std::vector<int> parent(size_t(g.vertexCount()), -2);
    std::deque<int> queue{g.source()};
    if (g.source() >= 0)
        parent[size_t(g.source())] = -1;
    while (!queue.empty() && g.sink() >= 0 && parent[size_t(g.sink())] == -2) {
        const int v = queue.front();
        queue.pop_front();
        for (int w : g.successors(v))
            if (parent[size_t(w)] == -2) {
                parent[size_t(w)] = v;
                queue.push_back(w);
            }
    }
    if (g.sink() < 0 || parent[size_t(g.sink())] == -2) {
        steps.append({QString(), Tr::tr("There is no request path from the internet to a database in this design: "
                                    "no chain of links leads from an internet node through the services to a database.")});
        return steps;
    }
    QStringList nodes;
    for (int v = parent[size_t(g.sink())]; v >= 0; v = parent[size_t(v)]) {
        const auto &vx = g.vertex(v);
        using R = RequestGraph::Role;
        if (vx.node.isEmpty() || vx.role == R::ClusterOut || vx.role == R::ServerIn || vx.role == R::ServerOut)
            continue;
        if (nodes.isEmpty() || nodes.first() != vx.node)
            nodes.prepend(vx.node);
    }
    const QString domain = designDomain(d);
    const Node *dns = nullptr;
    for (const Node *n : d.nodesOfKind(Kind::Dns))
        if (n->propString(QStringLiteral("domain")) == domain)
            dns = n;
    if (!domain.isEmpty()) {
        steps.append({QString(), Tr::tr("A user types %1 in the browser.").arg(b(domain))});
        const Node *target = dns ? d.node(dns->propString(QStringLiteral("target"))) : nullptr;
        QString addr;
        if (target)
            addr = target->kind == Kind::Cluster ? target->propString(QStringLiteral("vip"))
                                                 : target->propString(QStringLiteral("address"));
        steps.append({dns ? dns->id : QString(),
                      target ? Tr::tr("The browser asks DNS for %1; the %2 record answers with the address of %3%4.")
                                   .arg(b(domain), esc(dns->propString(QStringLiteral("record"))), b(target->displayLabel()),
                                        addr.isEmpty() ? QString() : QStringLiteral(" (") + esc(addr) + QStringLiteral(")"))
                             : Tr::tr("The browser asks DNS for %1 and gets the address of the site's entry.").arg(b(domain))});
    } else {
        steps.append({QString(), Tr::tr("A user opens the site in the browser (the design has no DNS record, so it has no domain yet).")});
    }
    for (int i = 0; i < nodes.size(); ++i) {
        const Node *n = d.node(nodes[i]);
        if (!n)
            continue;
        if (n->kind == Kind::Internet) {
            const Link *out = i + 1 < nodes.size() ? linkBetween(d, n->id, nodes[i + 1]) : nullptr;
            steps.append({n->id, Tr::tr("The request leaves the user's network (%1)%2.").arg(b(n->displayLabel()), via(out))});
            continue;
        }
        const Link *in = i > 0 ? linkBetween(d, nodes[i - 1], n->id) : nullptr;
        steps.append({n->id, describe(d, *n, in)});
    }
    steps.append({QString(), Tr::tr("The answer travels back the same way to the user's browser.")});
    return steps;
}

} // namespace sw
