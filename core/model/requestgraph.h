// The request graph of a design, as design-format.md defines it for the
// validator: links followed in their direction from `internet` to the
// `database` services. Shared by the validator (SPOF, DB-EXPOSED,
// NO-FIREWALL ...), the analysis (availability, what-if) and the request-flow
// animation, so all of them agree.
//
// Vertices: internet nodes, services, network firewalls, and for clusters and
// for links that end or start at a server, an entry and an exit vertex:
//   - a link to a server enters every service of that server;
//   - a link to a cluster reaches whichever member is alive: it goes through
//     the members in parallel (a member that is a server enters its services);
//   - links to and from dns, certificate, monitoring-service, zone and note
//     nodes are not on the request path (PathRole::Off in the kind catalog);
//   - neither are caches (PathRole::Aside): the application answers without
//     them, only slower, so a cache never makes a request path or a SPOF.
// Failure units: every server (with all its vertices) and every network
// firewall. A cluster has no unit of its own: it fails when all members do.
#pragma once

#include "core/model/design.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <memory>
#include <vector>

namespace sw {

// Each node's parent and each link's ends as indices in the design's nodes()
// (-1: none), each id looked up once. Built by the request graph and the
// rule context (which shares it with its graph).
struct EndIndex {
    explicit EndIndex(const Design &design);
    std::vector<int> parent;   // by node index
    std::vector<int> linkFrom; // by link index
    std::vector<int> linkTo;   // by link index
};

class RequestGraph {
public:
    enum class Role { Source, Service, NetworkFirewall, ClusterIn, ClusterOut, ServerIn, ServerOut, Sink };
    struct Vertex {
        QString node;     // the design node (service, firewall, cluster, server, internet)
        Role role;
        int unit = -1;    // index into units(), -1: cannot fail
        int index = -1;   // the node's index in the design's nodes(), -1: source and sink
    };

    RequestGraph() = default;
    explicit RequestGraph(const Design &design);
    // The same with what the caller already knows, by node index: each
    // node's parent and each link's ends (-1: none), so no id is looked up.
    RequestGraph(const Design &design, const std::vector<int> &parent, const std::vector<int> &linkFrom,
                 const std::vector<int> &linkTo);

    int vertexCount() const { return int(m_vertices.size()); }
    const Vertex &vertex(int v) const { return m_vertices[size_t(v)]; }
    const std::vector<int> &successors(int v) const { return m_out[size_t(v)]; }
    const std::vector<int> &predecessors(int v) const { return m_in[size_t(v)]; }
    int source() const { return m_source; }   // virtual: before every internet node
    int sink() const { return m_sink; }       // virtual: after every database
    // Vertices of a node (a server has its entry and exit vertices; a service one).
    QVector<int> verticesOf(const QString &nodeId) const;
    // The same by the node's index in the design's nodes() (no lookup by id).
    QVector<int> verticesOfIndex(int nodeIndex) const;

    // Failure candidates: servers and network firewalls, in document order.
    const QStringList &units() const { return m_units; }
    int unitOf(const QString &nodeId) const { return unitOfIndex(byId().value(nodeId, -1)); }
    // The same by the node's index in the design's nodes().
    int unitOfIndex(int nodeIndex) const
    {
        return nodeIndex < 0 || nodeIndex >= int(m_unitOfNode.size()) ? -1 : m_unitOfNode[size_t(nodeIndex)];
    }
    // Vertices that fail with a unit.
    const std::vector<int> &unitVertices(int unit) const { return m_unitVertices[size_t(unit)]; }

    // Is there a request path from internet to a database when these units
    // (server or network firewall ids) have failed? O(V+E).
    bool reachable(const QSet<QString> &failedUnits = {}) const;
    // Vertices reachable from internet (given failures), as flags.
    std::vector<char> forwardReach(const std::vector<char> &dead) const;
    std::vector<char> backwardReach(const std::vector<char> &dead) const;
    // Flags of vertices on some request path (reachable from internet and
    // reaching a database).
    std::vector<char> onPath(const QSet<QString> &failedUnits = {}) const;
    std::vector<char> deadVertices(const QSet<QString> &failedUnits) const;

    // Single points of failure: units whose failure alone leaves no request
    // path. Dominators of the sink (O(V+E) in practice), plus one check per
    // unit that has several vertices and none of them a dominator. Empty when
    // there is no request path to begin with.
    QStringList singlePointsOfFailure() const;
    // The same, reusing dominators() computed by the caller.
    QStringList singlePointsOfFailure(const std::vector<int> &idom) const;

    // Immediate dominator of every vertex (from source); -1 when unreachable.
    std::vector<int> dominators() const;

    // The nodes a link from internet reaches (not dns): clusters, services,
    // firewalls, servers.
    QStringList entries() const { return m_entries; }

private:
    void build(const Design &d, const std::vector<int> &parent, const std::vector<int> &linkFrom,
               const std::vector<int> &linkTo);
    int addVertex(const QString &node, int index, Role role, int unit);
    // Node id -> index in the design, for nodes with vertices or a unit;
    // built on the first lookup by id (the validator never needs it).
    const QHash<QString, int> &byId() const;
    void addEdge(int a, int b);

    std::vector<Vertex> m_vertices;
    std::vector<std::vector<int>> m_out, m_in;
    struct LazyIndex {
        LazyIndex() = default;
        LazyIndex(const LazyIndex &o) : p(std::atomic_load(&o.p)) {}
        LazyIndex &operator=(const LazyIndex &o)
        {
            std::atomic_store(&p, std::atomic_load(&o.p));
            return *this;
        }
        std::shared_ptr<const QHash<QString, int>> p;
    };
    mutable LazyIndex m_byId;
    std::vector<int> m_unitNode;               // by unit: the node's index in the design
    std::vector<int> m_firstVertex;            // by node index: its first vertex, -1 none
    std::vector<int> m_nextVertex;             // by vertex: the node's next vertex, -1 none
    QStringList m_units;
    std::vector<int> m_unitOfNode;             // by node index
    std::vector<std::vector<int>> m_unitVertices;
    QStringList m_entries;
    int m_source = -1, m_sink = -1;
};

} // namespace sw
