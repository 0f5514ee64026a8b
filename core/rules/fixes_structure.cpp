// Quick fixes about the structure: monitoring agents, separating tiers,
// cluster settings, codebases, DNS and replicas.
#include "core/rules/fixes.h"
#include "core/rules/rulechecks.h"

#include <QCoreApplication>

namespace sw::fixes {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::Rules)
};

QString codeKey(const Node *n)
{
    return n->propString(QStringLiteral("repository")) + QLatin1Char('\n') + n->propString(QStringLiteral("branch"));
}
} // namespace

bool addMonitoring(FixBuilder &b)
{
    const Design &d = b.design();
    QString service;
    if (!d.nodesOfKind(Kind::MonitoringService).isEmpty()) {
        service = d.nodesOfKind(Kind::MonitoringService).first()->id;
    } else {
        Node m;
        m.id = b.newId(QStringLiteral("monitoring"));
        m.kind = Kind::MonitoringService;
        m.label = Tr::tr("Monitoring service");
        qreal right = 0, bottom = 0;
        for (const Node &n : d.nodes())
            if (n.hasPos && n.parent.isEmpty()) {
                m.hasPos = true;
                right = std::max(right, n.pos.x());
                bottom = std::max(bottom, n.pos.y());
            }
        m.pos = QPointF(right / 2, bottom + 260);
        m.props.insert(QStringLiteral("vendor"), QStringLiteral("sumologic"));
        service = b.addNode(m);
    }
    for (const Node *server : d.nodesOfKind(Kind::Server)) {
        const Node *agent = nullptr;
        bool reports = false;
        for (const QString &c : d.children(server->id)) {
            const Node *n = d.node(c);
            if (n->kind != Kind::MonitoringAgent)
                continue;
            agent = agent ? agent : n;
            const Node *t = d.node(n->propString(QStringLiteral("reports_to")));
            reports = reports || (t && t->kind == Kind::MonitoringService);
        }
        if (reports)
            continue;
        if (agent) {
            b.setProp(agent->id, QStringLiteral("reports_to"), service);
            continue;
        }
        Node a;
        a.id = b.newId(QStringLiteral("mon-") + server->id);
        a.kind = Kind::MonitoringAgent;
        a.label = Tr::tr("Monitoring agent");
        a.parent = server->id;
        a.hasPos = true;
        a.pos = b.nextChildPos(server->id);
        a.props.insert(QStringLiteral("vendor"), QStringLiteral("sumologic"));
        a.props.insert(QStringLiteral("reports_to"), service);
        b.addNode(a);
    }
    return !b.isEmpty();
}

bool separateTier(FixBuilder &b, const QString &server)
{
    const Design &d = b.design();
    const Node *s = d.node(server);
    if (!s || s->kind != Kind::Server)
        return false;
    QStringList dbs, apps, webs, agents;
    bool firewalled = false;
    for (const QString &c : d.children(server)) {
        switch (d.node(c)->kind) {
        case Kind::Database: dbs << c; break;
        case Kind::AppServer:
        case Kind::Codebase:
        case Kind::Cache: apps << c; break; // the cache goes with the application that asks it
        case Kind::WebServer: webs << c; break;
        case Kind::MonitoringAgent: agents << c; break;
        case Kind::Firewall: firewalled = true; break;
        case Kind::Internet:
        case Kind::Dns:
        case Kind::Certificate:
        case Kind::Server:
        case Kind::LoadBalancer:
        case Kind::MonitoringService:
        case Kind::Cluster:
        case Kind::Zone:
        case Kind::Note: break; // not services of a tier (a load balancer stays where it is)
        }
    }
    bool hasApp = false;
    for (const QString &a : apps)
        hasApp = hasApp || d.node(a)->kind == Kind::AppServer;
    // Each tier that shares the server moves to one of its own: the
    // database first, then the application server (with its codebase).
    struct Move {
        QStringList nodes;
        QString suffix, label;
    };
    QVector<Move> moves;
    if (!dbs.isEmpty() && (hasApp || !webs.isEmpty()))
        moves.append({dbs, QStringLiteral("-db"), Tr::tr("Database server")});
    if (hasApp && !webs.isEmpty())
        moves.append({apps, QStringLiteral("-app"), Tr::tr("Application server")});
    if (moves.isEmpty())
        return false;

    Design after = d; // the design as it will be, to work out the firewall rules
    QStringList newServers;
    for (int k = 0; k < moves.size(); ++k) {
        Node s2 = b.copyOf(*s, s->parent, QPointF(300 * (k + 1), 0));
        s2.props.insert(QStringLiteral("hostname"), s->propString(QStringLiteral("hostname")).left(59) + moves[k].suffix);
        if (s->hasProp(QStringLiteral("address")))
            s2.props.insert(QStringLiteral("address"), b.freeAddress(s->propString(QStringLiteral("address"))));
        s2.label = moves[k].label;
        s2.id = b.addNode(s2);
        after.insertNode(s2);
        newServers << s2.id;
        qreal y = 30;
        for (const QString &m : std::as_const(moves[k].nodes)) {
            b.reparent(m, s2.id, QPointF(10, y));
            after.node(m)->parent = s2.id;
            y += 48;
        }
        for (const QString &a : agents) {
            Node copy = b.copyOf(*d.node(a), s2.id, {});
            copy.pos = QPointF(10, y);
            y += 48;
            b.addNode(copy);
        }
    }
    if (firewalled) {
        const RuleContext before(d), c(after);
        for (const QString &s2 : std::as_const(newServers)) {
            Node fw;
            fw.id = b.newId(QStringLiteral("fw-") + s2);
            fw.kind = Kind::Firewall;
            fw.label = Tr::tr("Firewall");
            fw.parent = s2;
            fw.hasPos = true;
            fw.pos = b.nextChildPos(s2);
            fw.props.insert(QStringLiteral("allow"), c.neededRules(s2));
            b.addNode(fw);
        }
    }
    // Firewalls elsewhere: allow what the moved services now send, and drop
    // what only the old server needed.
    const RuleContext before(d), c(after);
    for (const Node *fw : d.nodesOfKind(Kind::Firewall)) {
        const QString gate = c.isNetworkFirewall(*fw) ? fw->id : d.serverOf(fw->id);
        if (c.gateFirewalls(gate).isEmpty() || c.gateFirewalls(gate).first() != c.node(fw->id))
            continue;
        QStringList allow = fw->propList(QStringLiteral("allow"));
        const QStringList was = checks::unusedFirewallRules(before, before.node(fw->id));
        const QStringList now = checks::unusedFirewallRules(c, c.node(fw->id));
        QStringList kept;
        for (const QString &rule : allow) {
            const auto r = parsePortRule(rule);
            if (!r || !now.contains(formatPortRule(*r)) || was.contains(formatPortRule(*r)))
                kept << rule;
        }
        for (const QString &rule : missingRules(c, gate))
            if (!kept.contains(rule))
                kept << rule;
        if (kept != allow)
            b.setProp(fw->id, QStringLiteral("allow"), kept);
    }
    return true;
}

bool setVip(FixBuilder &b, const QString &cluster)
{
    const Design &d = b.design();
    const Node *cl = d.node(cluster);
    if (!cl || cl->kind != Kind::Cluster)
        return false;
    QString near;
    for (const QString &m : cl->propList(QStringLiteral("members")))
        if (const Node *s = d.node(d.serverOf(m)); s && near.isEmpty())
            near = s->propString(QStringLiteral("address"));
    b.setProp(cluster, QStringLiteral("vip"), b.freeAddress(near));
    return true;
}

bool makeActiveActive(FixBuilder &b, const QString &cluster)
{
    const Node *cl = b.design().node(cluster);
    if (!cl || cl->kind != Kind::Cluster)
        return false;
    b.setProp(cluster, QStringLiteral("mode"), QStringLiteral("active-active"));
    return true;
}

bool alignCodebases(FixBuilder &b)
{
    const QVector<const Node *> codes = b.design().nodesOfKind(Kind::Codebase);
    QHash<QString, int> counts;
    const Node *best = nullptr;
    for (const Node *c : codes) {
        const int n = ++counts[codeKey(c)];
        if (!best || n > counts.value(codeKey(best)))
            best = c;
    }
    if (!best)
        return false;
    for (const Node *c : codes) {
        if (codeKey(c) == codeKey(best))
            continue;
        for (const char *key : {"repository", "branch"}) {
            const QString k = QString::fromLatin1(key);
            if (c->propString(k) != best->propString(k))
                b.setProp(c->id, k, best->hasProp(k) ? best->props.value(k) : QVariant());
        }
    }
    return !b.isEmpty();
}

bool addCodebase(FixBuilder &b, const QString &appServer)
{
    const Design &d = b.design();
    const QString server = d.serverOf(appServer);
    if (server.isEmpty())
        return false;
    Node code;
    code.id = b.newId(QStringLiteral("code-") + server);
    code.kind = Kind::Codebase;
    code.label = Tr::tr("Codebase");
    code.parent = server;
    code.hasPos = true;
    code.pos = b.nextChildPos(server);
    if (!d.nodesOfKind(Kind::Codebase).isEmpty())
        code.props = d.nodesOfKind(Kind::Codebase).first()->props;
    b.addNode(code);
    return true;
}

bool pointDns(FixBuilder &b)
{
    const Design &d = b.design();
    const RuleContext c(d);
    if (c.entries().isEmpty())
        return false;
    const QString entry = c.entries().first();
    if (!d.nodesOfKind(Kind::Dns).isEmpty()) {
        b.setProp(d.nodesOfKind(Kind::Dns).first()->id, QStringLiteral("target"), entry);
        return true;
    }
    QString domain = QStringLiteral("www.example.com");
    if (!d.nodesOfKind(Kind::Certificate).isEmpty())
        domain = d.nodesOfKind(Kind::Certificate).first()->propString(QStringLiteral("domain"));
    if (domain.isEmpty()) // a draft's record or certificate without one
        domain = QStringLiteral("www.example.com");
    const Node *users = d.nodesOfKind(Kind::Internet).isEmpty() ? nullptr : d.nodesOfKind(Kind::Internet).first();
    Node dns;
    dns.id = b.newId(QStringLiteral("dns"));
    dns.kind = Kind::Dns;
    dns.label = domain;
    dns.hasPos = users && users->hasPos;
    dns.pos = users ? users->pos + QPointF(-20, -160) : QPointF();
    dns.props.insert(QStringLiteral("domain"), domain);
    dns.props.insert(QStringLiteral("record"), QStringLiteral("A"));
    dns.props.insert(QStringLiteral("target"), entry);
    const QString id = b.addNode(dns);
    if (users) {
        Link l;
        l.from = users->id;
        l.to = id;
        l.protocol = Protocol::Dns;
        l.id = QStringLiteral("resolve");
        b.addLink(l);
    }
    return true;
}

bool attachReplica(FixBuilder &b, const QString &replica)
{
    const Design &d = b.design();
    const Node *r = d.node(replica);
    if (!r || r->kind != Kind::Database)
        return false;
    QStringList primaries;
    for (const Node *db : d.nodesOfKind(Kind::Database))
        if (db->propString(QStringLiteral("role")) == QLatin1String("primary"))
            primaries << db->id;
    if (primaries.size() == 1) {
        b.setProp(replica, QStringLiteral("replicates_from"), primaries.first());
        return true;
    }
    if (primaries.isEmpty()) {
        b.setProp(replica, QStringLiteral("role"), QStringLiteral("primary"));
        b.setProp(replica, QStringLiteral("replicates_from"), QVariant());
        return true;
    }
    return false;
}

} // namespace sw::fixes
