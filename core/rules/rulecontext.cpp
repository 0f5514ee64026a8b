#include "core/rules/rulecontext.h"

#include "core/model/propertykeys.h"

#include <QQueue>

namespace sw {

namespace {
// Nothing filters traffic to these: internet and what is not on the path
// (a cache, aside of the path, is behind its server's firewall like any service).
bool offPath(Kind k)
{
    const PathRole r = pathRole(k);
    return r == PathRole::Source || r == PathRole::Off;
}
} // namespace

RuleContext::RuleContext(const Design &d) : m_d(d)
{
    m_byKind.resize(size_t(kKindCount));
    const std::vector<Node> &nodes = d.nodes();
    const int n = int(nodes.size());
    const int links = int(d.links().size());
    // Parents and link ends by index, looked up once and shared with the request graph.
    EndIndex ends(d);
    m_parent = std::move(ends.parent);
    m_linkFrom = std::move(ends.linkFrom);
    m_linkTo = std::move(ends.linkTo);
    m_graph = RequestGraph(d, m_parent, m_linkFrom, m_linkTo);
    m_reach = m_graph.forwardReach(std::vector<char>(size_t(m_graph.vertexCount()), 0));
    m_server.assign(size_t(n), -1);
    for (auto *v : {&m_clustersOf, &m_certsOn, &m_replicasOf})
        v->resize(size_t(n));
    m_children.reset(n, n);
    m_hostFw.reset(n, n / 2);
    m_gateFw.reset(n, n / 2);
    m_from.reset(n, links);
    m_to.reset(n, links);
    m_gateLinks.reset(n, links);
    m_allow.reset(n, n);
    m_entryGate.assign(size_t(n), 0);
    m_members.reset(n, n / 4);
    // The same "allow" strings come back often: parse each once.
    std::unordered_map<QString, std::optional<PortRule>, IdHash> parsed;

    for (int i = 0; i < n; ++i) {
        const Node &node = nodes[size_t(i)];
        m_byKind[size_t(node.kind)].append(&node);
    }
    for (int i = 0; i < n; ++i) {
        int x = i;
        for (int guard = 0; x >= 0 && guard < 64 && nodes[size_t(x)].kind != Kind::Server; ++guard)
            x = m_parent[size_t(x)];
        m_server[size_t(i)] = (x >= 0 && nodes[size_t(x)].kind == Kind::Server) ? x : -1;
    }
    auto refs = [&](const Node &node, const QString &key, std::vector<QVector<const Node *>> &into) {
        for (const QString &id : node.propList(key)) {
            const int j = d.nodeIndex(id);
            if (j >= 0 && !into[size_t(j)].contains(&node))
                into[size_t(j)].append(&node);
        }
    };
    for (int i = 0; i < n; ++i) {
        const Node &node = nodes[size_t(i)];
        const int p = m_parent[size_t(i)];
        if (p >= 0) {
            m_children.add(p, &node);
            if (node.kind == Kind::Firewall && nodes[size_t(p)].kind == Kind::Server) {
                m_hostFw.add(p, &node);
                m_gateFw.add(p, &node);
            }
        }
        switch (node.kind) {
        case Kind::Cluster:
            for (const QString &id : node.propList(keys::members)) {
                const int j = d.nodeIndex(id);
                if (j < 0)
                    continue;
                m_members.add(i, j);
                if (!m_clustersOf[size_t(j)].contains(&node))
                    m_clustersOf[size_t(j)].append(&node);
            }
            break;
        case Kind::Certificate:
            refs(node, keys::installedOn, m_certsOn);
            break;
        case Kind::Database:
            if (node.propString(keys::role) == QLatin1String("replica")) {
                const int j = d.nodeIndex(node.propString(keys::replicatesFrom));
                if (j >= 0)
                    m_replicasOf[size_t(j)].append(&node);
            }
            break;
        case Kind::Dns: {
            const QString dom = node.propString(keys::domain).toLower();
            if (!dom.isEmpty() && !m_domains.contains(dom))
                m_domains.append(dom);
            break;
        }
        case Kind::Firewall: {
            for (const QString &s : node.propList(keys::allow)) {
                auto it = parsed.find(s);
                if (it == parsed.end())
                    it = parsed.emplace(s, parsePortRule(s)).first;
                if (const std::optional<PortRule> &r = it->second)
                    m_allow.add(i, {*r, r->from.isEmpty() ? -1 : d.nodeIndex(r->from)});
            }
            if (p < 0 || nodes[size_t(p)].kind != Kind::Server)
                m_gateFw.add(i, &node);
            break;
        }
        case Kind::Internet:
        case Kind::Server:
        case Kind::LoadBalancer:
        case Kind::WebServer:
        case Kind::AppServer:
        case Kind::Codebase:
        case Kind::MonitoringAgent:
        case Kind::MonitoringService:
        case Kind::Zone:
        case Kind::Note:
        case Kind::Cache:
            break;
        }
    }
    m_children.finish();
    m_members.finish();
    m_hostFw.finish();
    m_gateFw.finish();
    m_allow.finish();
    for (int li = 0; li < links; ++li) {
        const Link &l = d.links()[size_t(li)];
        const int fi = m_linkFrom[size_t(li)], ti = m_linkTo[size_t(li)];
        m_from.add(fi, &l);
        m_to.add(ti, &l);
        for (int g : gatesAt(ti))
            m_gateLinks.add(g, li);
    }
    m_from.finish();
    m_to.finish();
    m_gateLinks.finish();
    for (const QString &id : m_graph.entries()) {
        const int e = d.nodeIndex(id);
        if (e < 0)
            continue;
        m_entries.append(&nodes[size_t(e)]);
        for (int g : gatesAt(e))
            m_entryGate[size_t(g)] = 1;
    }
}

void RuleContext::reparseAllow(int firewall)
{
    if (firewall < 0 || firewall >= int(m_d.nodes().size()))
        return;
    std::vector<AllowRule> &rules = m_allowEdited[firewall];
    rules.clear();
    const Node &node = at(firewall);
    if (node.kind != Kind::Firewall) // the constructor reads only firewalls' rules
        return;
    for (const QString &s : node.propList(keys::allow))
        if (const std::optional<PortRule> r = parsePortRule(s))
            rules.push_back({*r, r->from.isEmpty() ? -1 : m_d.nodeIndex(r->from)});
}

const QVector<const Node *> &RuleContext::nodesAt(const std::vector<QVector<const Node *>> &v, int i)
{
    static const QVector<const Node *> empty;
    return i < 0 || i >= int(v.size()) ? empty : v[size_t(i)];
}



const std::vector<int> &RuleContext::idom() const
{
    if (m_idom.empty())
        m_idom = m_graph.dominators();
    return m_idom;
}

bool RuleContext::guardedByNetworkFirewall(int v) const
{
    const std::vector<int> &dom = idom();
    if (m_fwDom.empty())
        m_fwDom.assign(dom.size(), -1);
    std::vector<int> path;
    int x = v;
    signed char result = 0;
    for (;;) {
        if (m_fwDom[size_t(x)] >= 0) {
            result = m_fwDom[size_t(x)];
            break;
        }
        const int p = dom[size_t(x)];
        if (p < 0 || p == x) {
            m_fwDom[size_t(x)] = 0;
            result = 0;
            break;
        }
        if (m_graph.vertex(p).role == RequestGraph::Role::NetworkFirewall) {
            m_fwDom[size_t(x)] = 1;
            result = 1;
            break;
        }
        path.push_back(x);
        x = p;
    }
    for (int y : path)
        m_fwDom[size_t(y)] = result;
    return m_fwDom[size_t(v)] == 1;
}

bool RuleContext::isNetworkFirewall(const Node &n) const
{
    if (n.kind != Kind::Firewall)
        return false;
    const int self = indexOf(&n);
    const int p = (self >= 0 && self < int(m_parent.size())) ? m_parent[size_t(self)] : m_d.nodeIndex(n.parent);
    return p < 0 || at(p).kind != Kind::Server;
}

QVector<const Node *> RuleContext::servicesOf(const Node *server) const
{
    QVector<const Node *> out;
    for (const Node *c : childrenOf(server))
        if (isService(c->kind))
            out.append(c);
    return out;
}

bool RuleContext::serverHolds(const Node *server, Kind kind) const
{
    for (const Node *c : childrenOf(server))
        if (c->kind == kind)
            return true;
    return false;
}


bool RuleContext::isDesignDomain(const QString &domain) const { return m_domains.contains(domain.toLower()); }


QVector<const Link *> RuleContext::linksFromInternet(const Node *n) const
{
    QVector<const Link *> out;
    for (const Link *l : linksTo(n))
        if (isInternet(source(l)))
            out.append(l);
    return out;
}

QVector<const Node *> RuleContext::walkServices(const QVector<int> &start, bool throughPassthrough,
                                                bool throughLoadBalancers) const
{
    using Role = RequestGraph::Role;
    QVector<const Node *> out;
    QSet<int> seen;
    QQueue<int> queue;
    for (int v : start)
        if (!seen.contains(v)) {
            seen.insert(v);
            queue.enqueue(v);
        }
    while (!queue.isEmpty()) {
        const int v = queue.dequeue();
        const RequestGraph::Vertex &vx = m_graph.vertex(v);
        if (vx.role == Role::Sink || (vx.role == Role::Source && !vx.node.isEmpty()))
            continue;
        if (vx.role == Role::Service) {
            const Node *n = vx.index >= 0 ? &at(vx.index) : m_d.node(vx.node); // by index: no lookup
            const bool lb = n && n->kind == Kind::LoadBalancer;
            const bool pass = lb
                              && (throughLoadBalancers
                                  || (throughPassthrough && n->propString(keys::tls) == QLatin1String("passthrough")));
            if (!pass) {
                if (n && !out.contains(n))
                    out.append(n);
                continue;
            }
        }
        for (int w : m_graph.successors(v))
            if (!seen.contains(w)) {
                seen.insert(w);
                queue.enqueue(w);
            }
    }
    return out;
}

QVector<const Node *> RuleContext::frontServices(const Node *entry, bool throughPassthrough) const
{
    using Role = RequestGraph::Role;
    QVector<int> start;
    for (int v : m_graph.verticesOfIndex(indexOf(entry))) {
        const Role r = m_graph.vertex(v).role;
        if (r == Role::ServerIn || r == Role::ClusterIn || r == Role::Service || r == Role::NetworkFirewall)
            start.append(v);
    }
    return walkServices(start, throughPassthrough, false);
}

QVector<const Node *> RuleContext::nextServices(const Node *service, bool throughLoadBalancers) const
{
    QVector<int> start;
    for (int v : m_graph.verticesOfIndex(indexOf(service)))
        for (int w : m_graph.successors(v))
            start.append(w);
    return walkServices(start, false, throughLoadBalancers);
}



RuleContext::Gates RuleContext::gatesAt(int target) const
{
    Gates out;
    if (target < 0)
        return out;
    const Node &n = at(target);
    if (offPath(n.kind))
        return out;
    if (n.kind == Kind::Cluster) {
        for (int mi : m_members.at(target)) {
            if (at(mi).kind == Kind::Cluster)
                continue;
            for (int g : gatesAt(mi))
                if (!out.contains(g))
                    out.append(g);
        }
        return out;
    }
    if (isNetworkFirewall(n))
        out.append(target);
    else if (m_server[size_t(target)] >= 0)
        out.append(m_server[size_t(target)]);
    return out;
}

RuleContext::Sender RuleContext::identities(int node, int viaCluster) const
{
    Sender s;
    const int server = m_server[size_t(node)];
    if (server >= 0)
        s.ids.append(server);
    if (!s.ids.contains(node))
        s.ids.append(node);
    if (viaCluster >= 0)
        s.ids.append(viaCluster);
    const int own = int(s.ids.size());
    for (int k = 0; k < own; ++k)
        for (const Node *c : m_clustersOf[size_t(s.ids[k])]) {
            const int ci = indexOf(c);
            if (!s.ids.contains(ci))
                s.ids.append(ci);
        }
    s.machine = s.ids.first();
    return s;
}

RuleContext::Senders RuleContext::sendersAt(int from) const
{
    Senders out;
    if (from < 0)
        return out;
    const Node &n = at(from);
    if (n.kind == Kind::Internet) {
        Sender s;
        s.machine = from;
        s.ids.append(from);
        out.append(s);
    } else if (n.kind == Kind::Cluster) {
        for (int mi : m_members.at(from)) {
            if (mi != from)
                out.append(identities(mi, from));
        }
    } else {
        out.append(identities(from, -1));
    }
    return out;
}

bool RuleContext::isImpliedAt(int link) const
{
    const Link &l = m_d.links()[size_t(link)];
    if (l.protocol == Protocol::Vrrp || l.protocol == Protocol::Ssh || l.effectivePort() <= 0)
        return true;
    const int fi = m_linkFrom[size_t(link)];
    if (l.protocol != Protocol::Mysql || fi < 0)
        return false;
    const Node &from = at(fi);
    return from.kind == Kind::Database && from.propString(keys::role) == QLatin1String("replica")
           && from.propString(keys::replicatesFrom) == l.to;
}

bool RuleContext::protoMatches(const Link &l, const QString &proto)
{
    if (proto == QLatin1String("udp"))
        return l.protocol == Protocol::Dns || l.protocol == Protocol::Syslog;
    return true;
}

bool RuleContext::admitsAt(Span<const Node *> firewalls, const Link &l, const Sender &sender) const
{
    const int port = l.effectivePort();
    for (const Node *fw : firewalls)
        for (const AllowRule &r : allowRulesAt(indexOf(fw)))
            if (r.rule.port == port && protoMatches(l, r.rule.proto)
                && (r.rule.from.isEmpty() || (r.from >= 0 && sender.ids.contains(r.from))))
                return true;
    return false;
}

QStringList RuleContext::neededRulesAt(int g) const
{
    QStringList out;
    for (int li : linksThroughGateAt(g)) {
        const Link &l = m_d.links()[size_t(li)];
        if (isImpliedAt(li))
            continue;
        const bool fromInternet = isInternet(source(&l));
        for (const Sender &sender : sendersAt(m_linkFrom[size_t(li)])) {
            if (!fromInternet && sender.machine == g)
                continue; // inside the server itself
            PortRule r;
            r.port = l.effectivePort();
            r.proto = (l.protocol == Protocol::Dns || l.protocol == Protocol::Syslog) ? QStringLiteral("udp")
                                                                                  : QStringLiteral("tcp");
            if (!fromInternet)
                r.from = at(sender.machine).id;
            const QString s = formatPortRule(r);
            if (!out.contains(s))
                out.append(s);
        }
    }
    return out;
}

} // namespace sw
