// Questions the bundle planner asks about a design: which server holds a
// node, its address, where the links of a service lead (through clusters
// and network firewalls), who connects to it.
#pragma once

#include "core/model/design.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>
#include <optional>
#include <unordered_map>

namespace sw::bundle {

struct Endpoint {
    QString nodeId;     // the node the link reaches (service, server or cluster)
    QString serverId;   // the server behind it; empty for a cluster's virtual address
    QString name;       // a name usable in configuration files (hostname or cluster id)
    QString host;       // address (or hostname when the server has none; vip for a cluster)
    int port = 0;
    Protocol protocol = Protocol::Http;
};

// A map keyed by node id (IdHash: cheaper than QHash's string hash and
// compare on the planner's many lookups).
template <class V>
class IdTable {
public:
    const V *find(const QString &key) const
    {
        const auto it = m_map.find(key);
        return it == m_map.end() ? nullptr : &it->second;
    }
    // The value, or an empty one.
    const V &ref(const QString &key) const
    {
        static const V none{};
        const V *v = find(key);
        return v ? *v : none;
    }
    V value(const QString &key, const V &fallback = V()) const
    {
        const V *v = find(key);
        return v ? *v : fallback;
    }
    bool contains(const QString &key) const { return m_map.count(key) != 0; }
    void insert(const QString &key, V value) { m_map[key] = std::move(value); }
    V &operator[](const QString &key) { return m_map[key]; }
    void reserve(int n) { m_map.reserve(size_t(n)); }

private:
    std::unordered_map<QString, V, IdHash> m_map;
};

class DesignFacts {
public:
    explicit DesignFacts(const Design &design);

    const Design &design() const { return m_design; }
    // The server holding a node (itself for a server); empty if none.
    QString serverOf(const QString &id) const { return m_serverOf.value(id); }
    QString hostnameOf(const QString &serverId) const;
    QString addressOf(const QString &serverId) const;       // may be empty
    QString connectHostOf(const QString &serverId) const;   // address, else hostname
    // Clusters listing the node, or its server, as a member.
    QStringList clustersOf(const QString &nodeId) const;
    // Clusters with a member on this server (the server itself or a service in it).
    QStringList clustersOfServer(const QString &serverId) const;
    // Member servers of a cluster (members may be services or servers).
    QStringList clusterServers(const QString &clusterId) const;
    // Services of a kind inside a server.
    QStringList servicesOf(const QString &serverId, Kind kind) const;
    bool hasServiceOf(const QString &serverId, Kind kind) const;

    // Where the links leaving `nodeId` (or its server, or a cluster it is in)
    // with one of `protocols` lead; network firewalls are passed through. A
    // service on the same server without an address is reached on 127.0.0.1.
    // With `wanted` set, only endpoints whose server holds a service of that
    // kind (or clusters of such) are kept.
    QVector<Endpoint> targets(const QString &nodeId, const QSet<Protocol> &protocols,
                              std::optional<Kind> wanted = std::nullopt) const;
    // Servers that open connections to `nodeId` (links into it, its server or
    // a cluster it is in; clusters expand to their members, network
    // firewalls are passed through), its own server included when a service
    // there links to it. Internet sources are left out.
    QStringList sourceServers(const QString &nodeId) const;
    // True when a link from an internet node reaches the node (directly, its
    // server, a cluster it belongs to, or through a network firewall).
    bool reachedFromInternet(const QString &nodeId) const;
    // The domain of the design: the first dns node's domain.
    QString domain() const { return m_domain; }
    // The first certificate (in document order) installed on the node; null if none.
    const Node *certificateOn(const QString &nodeId) const { return m_certificateOn.value(nodeId, nullptr); }
    // Links into one of `ids` (each once, in document order).
    QVector<const Link *> linksInto(const QStringList &ids) const;
    // Position of a cluster among the design's clusters, -1 if it is none.
    int clusterOrdinal(const QString &clusterId) const { return m_clusterOrdinal.value(clusterId, -1); }
    // Position of a database among the design's databases, -1 if it is none.
    int databaseOrdinal(const QString &dbId) const { return m_databaseOrdinal.value(dbId, -1); }
    // Replica databases whose "replicates_from" names `primaryId`, in document order.
    QVector<const Node *> replicasOf(const QString &primaryId) const;

private:
    void expandTarget(const QString &nodeId, int port, Protocol protocol, QVector<Endpoint> *out,
                      QSet<QString> *seen) const;
    void expandSource(const QString &nodeId, QStringList *out, QSet<QString> *seen, bool *internet) const;
    QStringList entryIds(const QString &nodeId) const; // the node, its server, its clusters
    QVector<int> linkIndexes(const QStringList &ids, bool into) const;
    void addCluster(const QString &key, int ordinal);

    const Design &m_design;
    // Built once: clusters (by ordinal) listing a node or a server as a
    // member, clusters with a member on a server, link indexes by end.
    IdTable<QVector<int>> m_clustersByMember;
    IdTable<QVector<int>> m_clustersByServer;
    IdTable<QVector<int>> m_linksFrom, m_linksTo;
    IdTable<int> m_clusterOrdinal, m_databaseOrdinal;
    IdTable<QVector<int>> m_replicas; // primary id -> database ordinals
    IdTable<QVector<const Node *>> m_children; // parent id -> children, in document order
    IdTable<const Node *> m_certificateOn;      // node id -> first certificate installed on it
    QString m_domain;
    // Built once: the server of every node, and each server's names.
    struct ServerNames {
        QString hostname, address;
    };
    IdTable<QString> m_serverOf;
    IdTable<ServerNames> m_serverNames;
    QVector<const Node *> m_clusters, m_databases;
};

} // namespace sw::bundle
