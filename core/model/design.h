// A design as a plain value: nodes, links and a few design-wide settings.
// Readers and writers produce and consume it; DesignModel wraps one and
// tells observers when it changes.
#pragma once

#include "core/model/kinds.h"

#include <QHash>
#include <QJsonObject>
#include <QPointF>
#include <QString>
#include <QVariantMap>
#include <memory>
#include <unordered_map>
#include <vector>

namespace sw {

struct Node {
    QString id;
    Kind kind = Kind::Note;
    QString label;             // empty: display the id
    QString parent;            // empty: top level
    bool hasPos = false;       // false: "lay me out"
    QPointF pos;               // top-left, relative to the parent
    QVariantMap props;         // as given; unknown keys kept. Defaults are not stored.

    QString displayLabel() const { return label.isEmpty() ? id : label; }
    // The stored value, or the catalog default when absent.
    QVariant prop(const QString &key) const;
    QString propString(const QString &key) const { return prop(key).toString(); }
    int propInt(const QString &key) const { return prop(key).toInt(); }
    double propNumber(const QString &key) const { return prop(key).toDouble(); }
    QStringList propList(const QString &key) const { return prop(key).toStringList(); }
    bool hasProp(const QString &key) const { return props.contains(key); }

    bool operator==(const Node &o) const;
    bool operator!=(const Node &o) const { return !(*this == o); }
};

struct Link {
    QString id;
    QString from;
    QString to;
    Protocol protocol = Protocol::Http;
    int port = 0;              // 0: the protocol's default
    QString label;

    int effectivePort() const { return port > 0 ? port : defaultPort(protocol); }
    bool operator==(const Link &o) const;
    bool operator!=(const Link &o) const { return !(*this == o); }
};

// A rule switched off for this design, with the reason the user gave.
struct Suppression {
    QString rule;
    QString reason;
    bool operator==(const Suppression &o) const { return rule == o.rule && reason == o.reason; }
};

// A hash of ids (or any short text) for std::unordered_map/set: a cheap mix
// of the UTF-16 units, seeded once per process (so a file cannot be made of
// ids that collide); several times cheaper than qHash on this kind of key.
struct IdHash {
    size_t operator()(const QString &id) const noexcept;
};

class Design {
public:
    QString name;
    QString profile;                      // empty: none chosen
    QVector<Suppression> suppressions;    // extension: top-level "suppressions"
    QJsonObject extensions;               // other top-level extension objects kept verbatim
                                          // ("scenarios", "activity")

    const std::vector<Node> &nodes() const { return m_nodes; }
    const std::vector<Link> &links() const { return m_links; }

    const Node *node(const QString &id) const;
    // A node to change in place; forgets the by-parent and by-kind indexes.
    Node *node(const QString &id);
    // A node to change in place when neither its parent nor its kind changes
    // (position, label, properties): the indexes stay valid.
    Node *nodeForEdit(const QString &id);
    const Link *link(const QString &id) const;
    // A link to change in place; forgets the by-link-end index.
    Link *link(const QString &id);
    int nodeIndex(const QString &id) const { return indexIn(m_nodeIndex, id); }
    int linkIndex(const QString &id) const { return indexIn(m_linkIndex, id); }
    // True when a node or a link has this id.
    bool hasId(const QString &id) const { return m_nodeIndex.count(id) || m_linkIndex.count(id); }

    // Inserts at `index` (-1: at the end). The id must be new.
    void insertNode(Node node, int index = -1);
    void insertLink(Link link, int index = -1);
    // Removes only the node or link itself; returns its former index or -1.
    int removeNode(const QString &id);
    int removeLink(const QString &id);
    void reserve(int nodes, int links);

    // Ids of the direct children of a node, in document order.
    QStringList children(const QString &id) const;
    // The node and all its descendants.
    QStringList subtree(const QString &id) const;
    // Ids of links that start or end at the node.
    QStringList linksOf(const QString &nodeId) const;
    // Links leaving / entering a node, in document order.
    QVector<const Link *> linksFrom(const QString &nodeId) const;
    QVector<const Link *> linksTo(const QString &nodeId) const;
    // The server that holds a service or host firewall; the node itself for a server.
    QString serverOf(const QString &id) const;
    // Nodes of one kind, in document order.
    QVector<const Node *> nodesOfKind(Kind kind) const;
    // Absolute scene position (positions are relative to the parent).
    QPointF scenePos(const QString &id) const;
    // A fresh id built from `base` ("web" -> "web", "web-2", ...).
    QString uniqueId(const QString &base) const;

    bool operator==(const Design &o) const;
    bool operator!=(const Design &o) const { return !(*this == o); }

private:
    void reindexNodes(int from);
    void reindexLinks(int from);

    // Indexes by parent, by kind and by link end, built on the first query
    // after a change (so every pass over a design stays O(N log N)); shared
    // by copies, dropped by any change. Safe to build from several threads
    // reading the same design.
    struct NodeIndex;
    struct LinkIndex;
    template <typename T>
    struct Lazy {
        Lazy() = default;
        Lazy(const Lazy &o) : p(std::atomic_load(&o.p)) {}
        Lazy &operator=(const Lazy &o)
        {
            std::atomic_store(&p, std::atomic_load(&o.p));
            return *this;
        }
        std::shared_ptr<const T> p;
    };
    std::shared_ptr<const NodeIndex> nodeIndexes() const;
    std::shared_ptr<const LinkIndex> linkIndexes() const;
    void dropNodeIndexes() { std::atomic_store(&m_byNode.p, std::shared_ptr<const NodeIndex>()); }
    void dropLinkIndexes() { std::atomic_store(&m_byLink.p, std::shared_ptr<const LinkIndex>()); }

    // The id -> index maps are asked on every lookup of every pass.
    using IdMap = std::unordered_map<QString, int, IdHash>;
    static int indexIn(const IdMap &map, const QString &id)
    {
        const auto it = map.find(id);
        return it == map.end() ? -1 : it->second;
    }

    std::vector<Node> m_nodes;
    std::vector<Link> m_links;
    IdMap m_nodeIndex;
    IdMap m_linkIndex;
    mutable Lazy<NodeIndex> m_byNode;
    mutable Lazy<LinkIndex> m_byLink;
};

} // namespace sw
