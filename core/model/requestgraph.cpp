#include "requestgraph.h"

#include <algorithm>
#include <functional>

namespace sw {

namespace {

bool offPath(Kind k)
{
    return k == Kind::Dns || k == Kind::Certificate || k == Kind::MonitoringService || k == Kind::Zone
           || k == Kind::Note;
}

bool isNetworkFirewall(const Design &d, const Node &n)
{
    if (n.kind != Kind::Firewall)
        return false;
    const Node *p = n.parent.isEmpty() ? nullptr : d.node(n.parent);
    return !p || p->kind != Kind::Server;
}

} // namespace

int RequestGraph::addVertex(const QString &node, Role role, int unit)
{
    const int v = int(m_vertices.size());
    m_vertices.push_back({node, role, unit});
    m_out.emplace_back();
    m_in.emplace_back();
    if (!node.isEmpty())
        m_byNode[node].append(v);
    if (unit >= 0)
        m_unitVertices[size_t(unit)].push_back(v);
    return v;
}

void RequestGraph::addEdge(int a, int b)
{
    if (a < 0 || b < 0 || a == b)
        return;
    m_out[size_t(a)].push_back(b);
    m_in[size_t(b)].push_back(a);
}

RequestGraph::RequestGraph(const Design &d)
{
    const int n = int(d.nodes().size());
    m_vertices.reserve(size_t(n) + 2);
    m_out.reserve(size_t(n) + 2);
    m_in.reserve(size_t(n) + 2);

    // Failure units.
    for (const Node &node : d.nodes()) {
        if (node.kind == Kind::Server || isNetworkFirewall(d, node)) {
            m_unitIndex.insert(node.id, int(m_units.size()));
            m_units.append(node.id);
        }
    }
    m_unitVertices.resize(size_t(m_units.size()));

    m_source = addVertex(QString(), Role::Source, -1);
    m_sink = addVertex(QString(), Role::Sink, -1);

    QHash<QString, int> single; // node id -> its one vertex (internet, service, network firewall)
    single.reserve(n);
    QHash<QString, QStringList> servicesOf;
    for (const Node &node : d.nodes()) {
        if (node.kind == Kind::Internet) {
            const int v = addVertex(node.id, Role::Source, -1);
            single.insert(node.id, v);
            addEdge(m_source, v);
        } else if (isService(node.kind)) {
            const QString server = d.serverOf(node.id);
            const int v = addVertex(node.id, Role::Service, m_unitIndex.value(server, -1));
            single.insert(node.id, v);
            servicesOf[server].append(node.id);
            if (node.kind == Kind::Database)
                addEdge(v, m_sink);
        } else if (isNetworkFirewall(d, node)) {
            single.insert(node.id, addVertex(node.id, Role::NetworkFirewall, m_unitIndex.value(node.id)));
        }
    }

    // Servers' entry and exit vertices, made when something needs them.
    QHash<QString, std::pair<int, int>> serverPorts;
    auto serverInOut = [&](const QString &server) -> std::pair<int, int> {
        auto it = serverPorts.constFind(server);
        if (it != serverPorts.constEnd())
            return *it;
        const int unit = m_unitIndex.value(server, -1);
        const int in = addVertex(server, Role::ServerIn, unit);
        const int out = addVertex(server, Role::ServerOut, unit);
        for (const QString &s : servicesOf.value(server)) {
            addEdge(in, single.value(s));
            addEdge(single.value(s), out);
        }
        serverPorts.insert(server, {in, out});
        return {in, out};
    };
    QHash<QString, std::pair<int, int>> clusterPorts;
    // Entry and exit vertex of any node on the path; -1 when it is not on it.
    std::function<std::pair<int, int>(const QString &, int)> ends = [&](const QString &id, int depth) -> std::pair<int, int> {
        const Node *node = d.node(id);
        if (!node || offPath(node->kind) || depth > 4)
            return {-1, -1};
        if (auto it = single.constFind(id); it != single.constEnd())
            return {*it, *it};
        if (node->kind == Kind::Server)
            return serverInOut(id);
        if (node->kind == Kind::Firewall) // host firewall: its server
            return serverInOut(d.serverOf(id));
        if (node->kind == Kind::Cluster) {
            if (auto it = clusterPorts.constFind(id); it != clusterPorts.constEnd())
                return *it;
            const int in = addVertex(id, Role::ClusterIn, -1);
            const int out = addVertex(id, Role::ClusterOut, -1);
            clusterPorts.insert(id, {in, out});
            for (const QString &m : node->propList(QStringLiteral("members"))) {
                if (m == id)
                    continue;
                const auto [min, mout] = ends(m, depth + 1);
                addEdge(in, min);
                addEdge(mout, out);
            }
            return {in, out};
        }
        return {-1, -1};
    };

    for (const Link &l : d.links()) {
        if (l.protocol == Protocol::Vrrp || l.protocol == Protocol::Syslog || l.protocol == Protocol::Ssh
            || l.protocol == Protocol::Dns)
            continue;
        const Node *from = d.node(l.from);
        const Node *to = d.node(l.to);
        if (!from || !to || offPath(from->kind) || offPath(to->kind) || to->kind == Kind::Internet)
            continue;
        const int a = ends(l.from, 0).second;
        const int b = ends(l.to, 0).first;
        addEdge(a, b);
        if (from->kind == Kind::Internet && b >= 0 && !m_entries.contains(l.to))
            m_entries.append(l.to);
    }
}

std::vector<char> RequestGraph::deadVertices(const QSet<QString> &failedUnits) const
{
    std::vector<char> dead(m_vertices.size(), 0);
    for (const QString &u : failedUnits) {
        const int unit = unitOf(u);
        if (unit < 0)
            continue;
        for (int v : m_unitVertices[size_t(unit)])
            dead[size_t(v)] = 1;
    }
    return dead;
}

std::vector<char> RequestGraph::forwardReach(const std::vector<char> &dead) const
{
    std::vector<char> seen(m_vertices.size(), 0);
    if (m_source < 0)
        return seen;
    std::vector<int> stack{m_source};
    seen[size_t(m_source)] = 1;
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        for (int w : m_out[size_t(v)])
            if (!seen[size_t(w)] && !dead[size_t(w)]) {
                seen[size_t(w)] = 1;
                stack.push_back(w);
            }
    }
    return seen;
}

std::vector<char> RequestGraph::backwardReach(const std::vector<char> &dead) const
{
    std::vector<char> seen(m_vertices.size(), 0);
    if (m_sink < 0)
        return seen;
    std::vector<int> stack{m_sink};
    seen[size_t(m_sink)] = 1;
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        for (int w : m_in[size_t(v)])
            if (!seen[size_t(w)] && !dead[size_t(w)]) {
                seen[size_t(w)] = 1;
                stack.push_back(w);
            }
    }
    return seen;
}

bool RequestGraph::reachable(const QSet<QString> &failedUnits) const
{
    if (m_sink < 0)
        return false;
    return forwardReach(deadVertices(failedUnits))[size_t(m_sink)] != 0;
}

std::vector<char> RequestGraph::onPath(const QSet<QString> &failedUnits) const
{
    const std::vector<char> dead = deadVertices(failedUnits);
    std::vector<char> f = forwardReach(dead);
    const std::vector<char> b = backwardReach(dead);
    for (size_t i = 0; i < f.size(); ++i)
        f[i] = f[i] && b[i];
    return f;
}

std::vector<int> RequestGraph::dominators() const
{
    // Cooper, Harvey and Kennedy, "A Simple, Fast Dominance Algorithm".
    const size_t n = m_vertices.size();
    std::vector<int> idom(n, -1);
    if (m_source < 0)
        return idom;
    // Iterative DFS for the postorder.
    std::vector<int> post;
    post.reserve(n);
    std::vector<int> order(n, -1);
    std::vector<char> seen(n, 0);
    std::vector<std::pair<int, size_t>> stack{{m_source, 0}};
    seen[size_t(m_source)] = 1;
    while (!stack.empty()) {
        auto &[v, i] = stack.back();
        if (i < m_out[size_t(v)].size()) {
            const int w = m_out[size_t(v)][i++];
            if (!seen[size_t(w)]) {
                seen[size_t(w)] = 1;
                stack.push_back({w, 0});
            }
        } else {
            order[size_t(v)] = int(post.size());
            post.push_back(v);
            stack.pop_back();
        }
    }
    idom[size_t(m_source)] = m_source;
    auto intersect = [&](int a, int b) {
        while (a != b) {
            while (order[size_t(a)] < order[size_t(b)])
                a = idom[size_t(a)];
            while (order[size_t(b)] < order[size_t(a)])
                b = idom[size_t(b)];
        }
        return a;
    };
    bool changed = true;
    while (changed) {
        changed = false;
        for (auto it = post.rbegin(); it != post.rend(); ++it) {
            const int v = *it;
            if (v == m_source)
                continue;
            int nd = -1;
            for (int p : m_in[size_t(v)]) {
                if (idom[size_t(p)] < 0)
                    continue;
                nd = nd < 0 ? p : intersect(p, nd);
            }
            if (nd != idom[size_t(v)]) {
                idom[size_t(v)] = nd;
                changed = true;
            }
        }
    }
    return idom;
}

QStringList RequestGraph::singlePointsOfFailure() const
{
    if (!reachable())
        return {};
    const std::vector<int> idom = dominators();
    std::vector<char> spof(size_t(m_units.size()), 0);
    for (int v = idom[size_t(m_sink)]; v >= 0 && v != m_source; v = idom[size_t(v)]) {
        const int unit = m_vertices[size_t(v)].unit;
        if (unit >= 0)
            spof[size_t(unit)] = 1;
    }
    // Units with several vertices on the path (a server holding several
    // services of the path) can cut every path without any single vertex
    // doing so: check those few directly.
    const std::vector<char> path = onPath();
    for (int u = 0; u < m_units.size(); ++u) {
        if (spof[size_t(u)])
            continue;
        int onPathCount = 0;
        for (int v : m_unitVertices[size_t(u)])
            onPathCount += path[size_t(v)] ? 1 : 0;
        if (onPathCount >= 2 && !reachable({m_units[u]}))
            spof[size_t(u)] = 1;
    }
    QStringList out;
    for (int u = 0; u < m_units.size(); ++u)
        if (spof[size_t(u)])
            out << m_units[u];
    return out;
}

} // namespace sw
