// What every rule needs to know about a design, computed once per
// validation: the request graph, the dominator tree and the indexes the
// rules look things up in (children of servers, links by end, clusters by
// member, firewall rules ...). Everything is O(V+E) to build, so a full
// validation stays linear.
#pragma once

#include "core/model/design.h"
#include "core/model/requestgraph.h"
#include "core/rules/csr.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVarLengthArray>
#include <unordered_map>
#include <vector>

namespace sw {

// One typed API: nodes are asked about as `const Node *` (or, in the hot
// loops, by their index in the design), links as `const Link *` or by index.
// An id read from a property or a finding becomes a node with node(id).
class RuleContext {
public:
    explicit RuleContext(const Design &design);

    const Design &design() const { return m_d; }
    const RequestGraph &graph() const { return m_graph; }
    // Vertices reachable from internet when nothing has failed.
    const std::vector<char> &reach() const { return m_reach; }
    // Immediate dominators from the source (computed on first use).
    const std::vector<int> &idom() const;
    // Does a network firewall vertex strictly dominate `v`?
    bool guardedByNetworkFirewall(int v) const;

    // The node with this id, nullptr when none.
    const Node *node(const QString &id) const { return m_d.node(id); }
    const QVector<const Node *> &ofKind(Kind k) const { return m_byKind[size_t(k)]; }
    // The nodes a link starts and ends at (nullptr: the id names no node).
    const Node *source(const Link *l) const { return nodeAt(m_linkFrom, l); }
    const Node *target(const Link *l) const { return nodeAt(m_linkTo, l); }

    Span<const Node *> childrenOf(const Node *n) const { return m_children.at(indexOf(n)); }
    Span<const Node *> hostFirewalls(const Node *server) const { return m_hostFw.at(indexOf(server)); }
    Span<const Link *> linksFrom(const Node *n) const { return m_from.at(indexOf(n)); }
    Span<const Link *> linksTo(const Node *n) const { return m_to.at(indexOf(n)); }
    // Clusters that list this node as a member.
    const QVector<const Node *> &clustersOf(const Node *member) const { return nodesAt(m_clustersOf, indexOf(member)); }
    // Certificates whose installed_on lists this service.
    const QVector<const Node *> &certificatesOn(const Node *service) const { return nodesAt(m_certsOn, indexOf(service)); }
    // Replica databases whose replicates_from names this database.
    const QVector<const Node *> &replicasOf(const Node *primary) const { return nodesAt(m_replicasOf, indexOf(primary)); }
    // The server that holds a node (the node itself for a server), nullptr when none.
    const Node *serverOf(const Node *n) const
    {
        const int s = serverIndex(indexOf(n));
        return s < 0 ? nullptr : &at(s);
    }
    bool serverHolds(const Node *server, Kind kind) const;
    // Services (not host firewalls) of a server.
    QVector<const Node *> servicesOf(const Node *server) const;
    bool isNetworkFirewall(const Node &n) const;
    static bool isInternet(const Node *n) { return n && n->kind == Kind::Internet; }

    // The lower-case domains of the design's dns records.
    const QStringList &domains() const { return m_domains; }
    bool isDesignDomain(const QString &domain) const;

    // The entries (design-format.md): nodes a link from internet reaches.
    const QVector<const Node *> &entries() const { return m_entries; }
    // Links from an internet node to this node.
    QVector<const Link *> linksFromInternet(const Node *n) const;
    // The first services a request to `entry` meets (load balancers, web
    // servers ...), walking the request graph through clusters, servers and
    // network firewalls; with `throughPassthrough` a load balancer that
    // passes TLS through is looked behind as well (it is then not listed).
    QVector<const Node *> frontServices(const Node *entry, bool throughPassthrough = false) const;
    // The services a request leaving this service meets next (same walk).
    QVector<const Node *> nextServices(const Node *service, bool throughLoadBalancers) const;

    // --- By node and link index, for the hot loops (and the firewalls) ---
    struct AllowRule {
        PortRule rule;
        int from = -1;   // index of rule.from, -1: anywhere or unknown
    };
    // A machine a link is sent by, with the nodes a rule's "from" may name
    // for it: its server first, the node, its clusters. A cluster sends from
    // every member; an internet node sends as itself.
    struct Sender {
        int machine = -1;              // the server (or the node itself)
        QVarLengthArray<int, 6> ids;   // indices a rule's "from" may name
    };
    using Senders = QVarLengthArray<Sender, 2>;
    using Gates = QVarLengthArray<int, 2>;
    int indexOf(const Node *n) const { return n ? int(n - m_d.nodes().data()) : -1; }
    int indexOf(const Link *l) const { return l ? int(l - m_d.links().data()) : -1; }
    const Node &at(int i) const { return m_d.nodes()[size_t(i)]; }
    const Link &linkAt(int i) const { return m_d.links()[size_t(i)]; }
    int serverIndex(int i) const { return i < 0 ? -1 : m_server[size_t(i)]; }
    int linkFrom(int link) const { return m_linkFrom[size_t(link)]; }
    int linkTo(int link) const { return m_linkTo[size_t(link)]; }
    // Parsed "allow" rules of a firewall (invalid entries skipped).
    Span<AllowRule> allowRulesAt(int firewall) const
    {
        if (!m_allowEdited.empty())
            if (auto it = m_allowEdited.find(firewall); it != m_allowEdited.end())
                return {it->second.data(), it->second.data() + it->second.size()};
        return m_allow.at(firewall);
    }
    // Parses the "allow" rules of this node again after an edit of them (the
    // incremental validator; nothing else the context knows depends on them).
    void reparseAllow(int firewall);
    Span<const Node *> childrenAt(int node) const { return m_children.at(node); }
    // The members of a cluster that name a node (indices, in the order listed).
    Span<int> membersAt(int cluster) const { return m_members.at(cluster); }
    // The gates a request to `target` passes: the servers whose host
    // firewalls filter it (every member's server for a cluster) or the
    // network firewall itself. Empty for nodes off the request path.
    Gates gatesAt(int target) const;
    // Links (indices) that pass a gate (a server or a network firewall).
    Span<int> linksThroughGateAt(int gate) const { return m_gateLinks.at(gate); }
    // Firewalls standing at a gate (host firewalls, or the network firewall).
    Span<const Node *> gateFirewallsAt(int gate) const { return m_gateFw.at(gate); }
    // Is the gate one of the entries' gates?
    bool isEntryGate(int gate) const { return gate >= 0 && m_entryGate[size_t(gate)]; }
    Senders sendersAt(int from) const;
    // Does some rule of these firewalls let this link in from `sender`?
    bool admitsAt(Span<const Node *> firewalls, const Link &l, const Sender &sender) const;
    // Is traffic of this link implied by the format (VRRP, the operator's
    // ssh, replication from a replica to its primary) or unknown (no port)?
    bool isImpliedAt(int link) const;
    // May a rule with this protocol ("tcp", "udp") carry the link?
    static bool protoMatches(const Link &l, const QString &proto);
    // The "allow" entries a gate needs for the links through it, e.g.
    // {"443/tcp", "80/tcp from lb-1"} (replication is implied).
    QStringList neededRulesAt(int gate) const;

private:
    static const QVector<const Node *> &nodesAt(const std::vector<QVector<const Node *>> &v, int i);
    QVector<const Node *> walkServices(const QVector<int> &start, bool throughPassthrough,
                                       bool throughLoadBalancers) const;
    Sender identities(int node, int viaCluster) const;
    const Node *nodeAt(const std::vector<int> &byLink, const Link *l) const
    {
        const int li = indexOf(l);
        const int n = li < 0 || li >= int(byLink.size()) ? -1 : byLink[size_t(li)];
        return n < 0 ? nullptr : &at(n);
    }

    const Design &m_d;
    RequestGraph m_graph;
    std::vector<char> m_reach;
    mutable std::vector<int> m_idom;
    mutable std::vector<signed char> m_fwDom;
    std::vector<QVector<const Node *>> m_byKind;
    std::vector<int> m_parent, m_server;                   // by node index, -1 none
    std::vector<QVector<const Node *>> m_clustersOf, m_certsOn, m_replicasOf;
    Csr<const Node *> m_children, m_hostFw, m_gateFw;
    Csr<const Link *> m_from, m_to;
    Csr<int> m_members;                                    // by cluster node index: member indices
    Csr<int> m_gateLinks;                                  // by gate node index: link indices
    Csr<AllowRule> m_allow;                                // by firewall node index
    std::unordered_map<int, std::vector<AllowRule>> m_allowEdited; // reparseAllow(): replaces m_allow's
    std::vector<char> m_entryGate;
    std::vector<int> m_linkFrom, m_linkTo;                 // by link index: node indices
    QStringList m_domains;
    QVector<const Node *> m_entries;
};

} // namespace sw
