#include "core/model/requestgraph.h"

#include "core/model/propertykeys.h"

#include <algorithm>
#include <functional>

namespace sw {

namespace {

// Not on the request path: dns, certificate, monitoring service, zone, note
// (PathRole::Off), and what stands aside of it (a cache: the application
// answers without it, so it is no vertex, cannot be a SPOF and its server
// alone is no failure that stops the site).
bool offPath(Kind k)
{
    const PathRole r = pathRole(k);
    return r == PathRole::Off || r == PathRole::Aside;
}

} // namespace

int RequestGraph::addVertex(const QString &node, int index, Role role, int unit)
{
    const int v = int(m_vertices.size());
    m_vertices.push_back({node, role, unit, index});
    m_out.emplace_back();
    m_in.emplace_back();
    m_nextVertex.push_back(-1);
    if (index >= 0) {
        // Append to the node's chain (a node has at most two vertices).
        int *slot = &m_firstVertex[size_t(index)];
        while (*slot >= 0)
            slot = &m_nextVertex[size_t(*slot)];
        *slot = v;
    }
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

QVector<int> RequestGraph::verticesOfIndex(int nodeIndex) const
{
    QVector<int> out;
    if (nodeIndex < 0 || nodeIndex >= int(m_firstVertex.size()))
        return out;
    for (int v = m_firstVertex[size_t(nodeIndex)]; v >= 0; v = m_nextVertex[size_t(v)])
        out.append(v);
    return out;
}

QVector<int> RequestGraph::verticesOf(const QString &nodeId) const
{
    return verticesOfIndex(byId().value(nodeId, -1));
}

const QHash<QString, int> &RequestGraph::byId() const
{
    std::shared_ptr<const QHash<QString, int>> ix = std::atomic_load(&m_byId.p);
    if (!ix) {
        auto built = std::make_shared<QHash<QString, int>>();
        built->reserve(int(m_units.size() + m_vertices.size()));
        for (const Vertex &v : m_vertices)
            if (v.index >= 0)
                built->insert(v.node, v.index);
        for (int u = 0; u < int(m_units.size()); ++u)
            built->insert(m_units[u], m_unitNode[size_t(u)]);
        // Set only once: when another thread was first, keep its index.
        std::shared_ptr<const QHash<QString, int>> none;
        std::shared_ptr<const QHash<QString, int>> mine = std::move(built);
        if (std::atomic_compare_exchange_strong(&m_byId.p, &none, mine))
            ix = std::move(mine);
        else
            ix = std::move(none);
    }
    // Never replaced once set, so it lives as long as the graph.
    return *ix;
}

namespace {

// Id -> node index for one pass: open addressing over a flat array of
// (hash, index), probed linearly. A lookup touches one slot and the node's
// id, where the design's node map follows a bucket and a list node: about
// half the cache misses on large designs, where these lookups dominate.
class FlatIds {
public:
    explicit FlatIds(const std::vector<Node> &nodes) : m_nodes(nodes)
    {
        size_t cap = 16;
        while (cap < nodes.size() * 2)
            cap *= 2;
        m_mask = cap - 1;
        m_slots.assign(cap, Slot{0, -1});
        for (size_t i = 0; i < nodes.size(); ++i) {
            const size_t h = IdHash()(nodes[i].id);
            size_t at = h & m_mask;
            while (m_slots[at].index >= 0) {
                if (m_slots[at].hash == quint32(h) && nodes[size_t(m_slots[at].index)].id == nodes[i].id)
                    break; // a repeated id: keep the first (ids are unique in a valid design)
                at = (at + 1) & m_mask;
            }
            if (m_slots[at].index < 0)
                m_slots[at] = {quint32(h), int(i)};
        }
    }
    int find(const QString &id) const
    {
        const size_t h = IdHash()(id);
        for (size_t at = h & m_mask;; at = (at + 1) & m_mask) {
            const Slot &s = m_slots[at];
            if (s.index < 0)
                return -1;
            if (s.hash == quint32(h) && m_nodes[size_t(s.index)].id == id)
                return s.index;
        }
    }

private:
    struct Slot {
        quint32 hash;
        int index;
    };
    const std::vector<Node> &m_nodes;
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};

} // namespace

EndIndex::EndIndex(const Design &d)
{
    const std::vector<Node> &nodes = d.nodes();
    const FlatIds ids(nodes);
    parent.assign(nodes.size(), -1);
    for (size_t i = 0; i < nodes.size(); ++i)
        if (!nodes[i].parent.isEmpty())
            parent[i] = ids.find(nodes[i].parent);
    const std::vector<Link> &links = d.links();
    linkFrom.resize(links.size());
    linkTo.resize(links.size());
    for (size_t li = 0; li < links.size(); ++li) {
        linkFrom[li] = ids.find(links[li].from);
        linkTo[li] = ids.find(links[li].to);
    }
}

// Everything below works on node indices: one lookup by id per parent and
// per link end (EndIndex), so building stays linear and cheap for large designs.
RequestGraph::RequestGraph(const Design &d)
{
    const EndIndex ends(d);
    build(d, ends.parent, ends.linkFrom, ends.linkTo);
}

RequestGraph::RequestGraph(const Design &d, const std::vector<int> &parent, const std::vector<int> &linkFrom,
                           const std::vector<int> &linkTo)
{
    build(d, parent, linkFrom, linkTo);
}

void RequestGraph::build(const Design &d, const std::vector<int> &parent, const std::vector<int> &linkFrom,
                         const std::vector<int> &linkTo)
{
    const std::vector<Node> &nodes = d.nodes();
    const int n = int(nodes.size());
    m_vertices.reserve(size_t(n) + 2);
    m_out.reserve(size_t(n) + 2);
    m_in.reserve(size_t(n) + 2);
    m_nextVertex.reserve(size_t(n) + 2);
    m_firstVertex.assign(size_t(n), -1);
    // Edges are collected first and stored at the end, so each vertex's
    // lists are allocated once at their final size (same order as added).
    std::vector<std::pair<int, int>> edges;
    edges.reserve(size_t(n) * 2 + d.links().size());
    auto edge = [&edges](int a, int b) {
        if (a >= 0 && b >= 0 && a != b)
            edges.emplace_back(a, b);
    };

    std::vector<int> server(size_t(n), -1);
    for (int i = 0; i < n; ++i) {
        int x = i;
        for (int guard = 0; x >= 0 && guard < 64; ++guard) {
            if (nodes[size_t(x)].kind == Kind::Server)
                break;
            x = parent[size_t(x)];
        }
        server[size_t(i)] = (x >= 0 && nodes[size_t(x)].kind == Kind::Server) ? x : -1;
    }
    auto isNetworkFirewall = [&](int i) {
        return nodes[size_t(i)].kind == Kind::Firewall
               && (parent[size_t(i)] < 0 || nodes[size_t(parent[size_t(i)])].kind != Kind::Server);
    };

    // Failure units.
    std::vector<int> unitOfNode(size_t(n), -1);
    for (int i = 0; i < n; ++i) {
        if (nodes[size_t(i)].kind == Kind::Server || isNetworkFirewall(i)) {
            unitOfNode[size_t(i)] = int(m_units.size());
            m_unitNode.push_back(i);
            m_units.append(nodes[size_t(i)].id);
        }
    }
    m_unitVertices.resize(size_t(m_units.size()));
    m_unitOfNode = std::move(unitOfNode);

    m_source = addVertex(QString(), -1, Role::Source, -1);
    m_sink = addVertex(QString(), -1, Role::Sink, -1);

    std::vector<int> single(size_t(n), -1); // internet, service, network firewall -> its vertex
    std::vector<int> firstService(size_t(n), -1), nextService(size_t(n), -1);
    for (int i = 0; i < n; ++i) {
        const Node &node = nodes[size_t(i)];
        if (pathRole(node.kind) == PathRole::Source) {
            single[size_t(i)] = addVertex(node.id, i, Role::Source, -1);
            edge(m_source, single[size_t(i)]);
        } else if (isService(node.kind) && !offPath(node.kind)) {
            const int s = server[size_t(i)];
            single[size_t(i)] = addVertex(node.id, i, Role::Service, s >= 0 ? m_unitOfNode[size_t(s)] : -1);
            if (s >= 0) {
                nextService[size_t(i)] = firstService[size_t(s)];
                firstService[size_t(s)] = i;
            }
            if (pathRole(node.kind) == PathRole::Sink)
                edge(single[size_t(i)], m_sink);
        } else if (isNetworkFirewall(i)) {
            single[size_t(i)] = addVertex(node.id, i, Role::NetworkFirewall, m_unitOfNode[size_t(i)]);
        }
    }

    // Servers' and clusters' entry and exit vertices, made when something needs them.
    std::vector<std::pair<int, int>> ports(size_t(n), {-1, -1});
    auto serverInOut = [&](int s) -> std::pair<int, int> {
        if (s < 0)
            return {-1, -1};
        if (ports[size_t(s)].first >= 0)
            return ports[size_t(s)];
        const int unit = m_unitOfNode[size_t(s)];
        const QString &id = nodes[size_t(s)].id;
        const int in = addVertex(id, s, Role::ServerIn, unit);
        const int out = addVertex(id, s, Role::ServerOut, unit);
        // Services in document order, as before.
        std::vector<int> svc;
        for (int x = firstService[size_t(s)]; x >= 0; x = nextService[size_t(x)])
            svc.push_back(x);
        for (auto it = svc.rbegin(); it != svc.rend(); ++it) {
            edge(in, single[size_t(*it)]);
            edge(single[size_t(*it)], out);
        }
        ports[size_t(s)] = {in, out};
        return {in, out};
    };
    // Entry and exit vertex of any node on the path; -1 when it is not on it.
    std::function<std::pair<int, int>(int, int)> ends = [&](int i, int depth) -> std::pair<int, int> {
        if (i < 0 || depth > 4)
            return {-1, -1};
        const Node &node = nodes[size_t(i)];
        if (offPath(node.kind))
            return {-1, -1};
        if (single[size_t(i)] >= 0)
            return {single[size_t(i)], single[size_t(i)]};
        if (node.kind == Kind::Server)
            return serverInOut(i);
        if (node.kind == Kind::Firewall) // host firewall: its server
            return serverInOut(server[size_t(i)]);
        if (node.kind == Kind::Cluster) {
            if (ports[size_t(i)].first >= 0)
                return ports[size_t(i)];
            const int in = addVertex(node.id, i, Role::ClusterIn, -1);
            const int out = addVertex(node.id, i, Role::ClusterOut, -1);
            ports[size_t(i)] = {in, out};
            for (const QString &m : node.propList(keys::members)) {
                const int mi = d.nodeIndex(m);
                if (mi == i)
                    continue;
                const auto [min, mout] = ends(mi, depth + 1);
                edge(in, min);
                edge(mout, out);
            }
            return {in, out};
        }
        return {-1, -1};
    };

    std::vector<char> isEntry(size_t(n), 0);
    const std::vector<Link> &links = d.links();
    for (size_t li = 0; li < links.size(); ++li) {
        const Link &l = links[li];
        if (l.protocol == Protocol::Vrrp || l.protocol == Protocol::Syslog || l.protocol == Protocol::Ssh
            || l.protocol == Protocol::Dns)
            continue;
        const int fi = linkFrom[li], ti = linkTo[li];
        if (fi < 0 || ti < 0)
            continue;
        const Node &from = nodes[size_t(fi)], &to = nodes[size_t(ti)];
        if (offPath(from.kind) || offPath(to.kind) || to.kind == Kind::Internet)
            continue;
        const int a = ends(fi, 0).second;
        const int b = ends(ti, 0).first;
        edge(a, b);
        if (from.kind == Kind::Internet && b >= 0 && !isEntry[size_t(ti)]) {
            isEntry[size_t(ti)] = 1;
            m_entries.append(l.to);
        }
    }
    std::vector<int> outDegree(m_vertices.size(), 0), inDegree(m_vertices.size(), 0);
    for (const auto &[a, b] : edges) {
        ++outDegree[size_t(a)];
        ++inDegree[size_t(b)];
    }
    for (size_t v = 0; v < m_vertices.size(); ++v) {
        m_out[v].reserve(size_t(outDegree[v]));
        m_in[v].reserve(size_t(inDegree[v]));
    }
    for (const auto &[a, b] : edges)
        addEdge(a, b);
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
    return singlePointsOfFailure(dominators());
}

QStringList RequestGraph::singlePointsOfFailure(const std::vector<int> &idom) const
{
    if (m_sink < 0 || idom.size() != m_vertices.size() || idom[size_t(m_sink)] < 0)
        return {};
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
