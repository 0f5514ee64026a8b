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
#include <vector>

namespace sw {

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

    const QVector<const Node *> &ofKind(Kind k) const { return m_byKind[size_t(k)]; }
    Span<const Node *> childrenOf(const QString &id) const { return m_children.at(indexOf(id)); }
    Span<const Node *> hostFirewalls(const QString &server) const { return m_hostFw.at(indexOf(server)); }
    Span<const Link *> linksFrom(const QString &id) const { return m_from.at(indexOf(id)); }
    Span<const Link *> linksTo(const QString &id) const { return m_to.at(indexOf(id)); }
    // Clusters that list this node as a member.
    const QVector<const Node *> &clustersOf(const QString &member) const { return nodesAt(m_clustersOf, indexOf(member)); }
    // Certificates whose installed_on lists this service.
    const QVector<const Node *> &certificatesOn(const QString &service) const { return nodesAt(m_certsOn, indexOf(service)); }
    // Replica databases whose replicates_from names this database.
    const QVector<const Node *> &replicasOf(const QString &primary) const { return nodesAt(m_replicasOf, indexOf(primary)); }

    const Node *node(const QString &id) const { return m_d.node(id); }
    QString serverOf(const QString &id) const;
    // The same for nodes of this design (no lookup by id).
    Span<const Node *> childrenOf(const Node *n) const { return m_children.at(indexOf(n)); }
    Span<const Node *> hostFirewalls(const Node *server) const { return m_hostFw.at(indexOf(server)); }
    const Node *serverOf(const Node *n) const
    {
        const int s = serverIndex(indexOf(n));
        return s < 0 ? nullptr : &at(s);
    }
    bool serverHolds(const Node *server, Kind kind) const;
    bool isNetworkFirewall(const Node &n) const;
    bool isInternet(const QString &id) const;
    // Services (not host firewalls) of a server.
    QVector<const Node *> servicesOf(const QString &server) const;
    bool serverHolds(const QString &server, Kind kind) const;

    // The lower-case domains of the design's dns records.
    const QStringList &domains() const { return m_domains; }
    bool isDesignDomain(const QString &domain) const;

    // The entries (design-format.md): nodes a link from internet reaches.
    const QStringList &entries() const { return m_entries; }
    // Gates (see gatesOf) of the entries.
    const QSet<QString> &entryGates() const { return m_entryGates; }
    // Links from an internet node to this node.
    QVector<const Link *> linksFromInternet(const QString &id) const;
    // The first services a request to `entry` meets (load balancers, web
    // servers ...), walking the request graph through clusters, servers and
    // network firewalls; with `throughPassthrough` a load balancer that
    // passes TLS through is looked behind as well (it is then not listed).
    QVector<const Node *> frontServices(const QString &entry, bool throughPassthrough = false) const;
    // The services a request leaving this service meets next (same walk).
    QVector<const Node *> nextServices(const QString &service, bool throughLoadBalancers) const;

    // --- Firewalls ---
    // Parsed "allow" rules of a firewall (invalid entries skipped).
    QVector<PortRule> allowRules(const QString &firewall) const;
    // The gates a request to `target` passes: the servers whose host
    // firewalls filter it (every member's server for a cluster) or the
    // network firewall itself. Empty for nodes off the request path.
    QStringList gatesOf(const QString &target) const;
    // Links that pass a gate (server id or network firewall id).
    QVector<const Link *> linksThroughGate(const QString &gate) const;
    // Firewalls standing at a gate (host firewalls, or the network firewall).
    Span<const Node *> gateFirewalls(const QString &gate) const { return m_gateFw.at(indexOf(gate)); }
    // The machines a link from `from` is sent by, each as the ids a rule's
    // "from" may name for it: its server first, the node, its clusters. A
    // cluster sends from every member. An internet node sends as itself.
    QVector<QStringList> senders(const QString &from) const;
    // Is traffic of this link implied by the format (VRRP, the operator's
    // ssh, replication from a replica to its primary) or unknown (no port)?
    bool isImplied(const Link &l) const;
    // May a rule with this protocol ("tcp", "udp") carry the link?
    static bool protoMatches(const Link &l, const QString &proto);
    // Does some rule of these firewalls let this link in from `sender`?
    bool admits(Span<const Node *> firewalls, const Link &l, const QStringList &sender) const;
    // The "allow" entries a gate needs for the links through it, e.g.
    // {"443/tcp", "80/tcp from lb-1"} (replication is implied).
    QStringList neededRules(const QString &gate) const;

    // --- The same by node and link index, for the hot loops ---
    struct AllowRule {
        PortRule rule;
        int from = -1;   // index of rule.from, -1: anywhere or unknown
    };
    struct Sender {
        int machine = -1;              // the server (or the node itself)
        QVarLengthArray<int, 6> ids;   // indices a rule's "from" may name
    };
    using Senders = QVarLengthArray<Sender, 2>;
    using Gates = QVarLengthArray<int, 2>;
    int indexOf(const QString &id) const { return m_d.nodeIndex(id); }
    int indexOf(const Node *n) const { return n ? int(n - m_d.nodes().data()) : -1; }
    const Node &at(int i) const { return m_d.nodes()[size_t(i)]; }
    int serverIndex(int i) const { return i < 0 ? -1 : m_server[size_t(i)]; }
    int linkFrom(int link) const { return m_linkFrom[size_t(link)]; }
    int linkTo(int link) const { return m_linkTo[size_t(link)]; }
    Span<AllowRule> allowRulesAt(int firewall) const { return m_allow.at(firewall); }
    Span<const Node *> childrenAt(int node) const { return m_children.at(node); }
    Gates gatesAt(int target) const;
    Span<int> linksThroughGateAt(int gate) const { return m_gateLinks.at(gate); }
    Span<const Node *> gateFirewallsAt(int gate) const { return m_gateFw.at(gate); }
    bool isEntryGate(int gate) const { return gate >= 0 && m_entryGate[size_t(gate)]; }
    Senders sendersAt(int from) const;
    bool admitsAt(Span<const Node *> firewalls, const Link &l, const Sender &sender) const;
    bool isImpliedAt(int link) const;

private:
    static const QVector<const Node *> &nodesAt(const std::vector<QVector<const Node *>> &v, int i);
    QVector<const Node *> walkServices(const QVector<int> &start, bool throughPassthrough,
                                       bool throughLoadBalancers) const;
    Sender identities(int node, int viaCluster) const;

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
    Csr<int> m_gateLinks;                                  // by gate node index: link indices
    Csr<AllowRule> m_allow;                                // by firewall node index
    std::vector<char> m_entryGate;
    std::vector<int> m_linkFrom, m_linkTo;                 // by link index: node indices
    QStringList m_domains;
    QStringList m_entries;
    QSet<QString> m_entryGates;
};

} // namespace sw
