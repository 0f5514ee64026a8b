// Collects the edits of one quick fix and turns them into one undo macro:
// first the added nodes and links (one AddItemsCommand), then property
// changes, link edits, moves and removals on existing items. Ids of new
// items are unique against the design and each other.
#pragma once

#include "core/model/designmodel.h"

#include <QPointF>
#include <QUndoCommand>
#include <memory>

namespace sw {

class FixBuilder {
public:
    FixBuilder(DesignModel *model, QString text);

    const Design &design() const { return m_model->design(); }
    QString newId(const QString &base);

    // Adds a node (parents before children); returns its id.
    QString addNode(Node node);
    QString addLink(Link link);
    // A new node's props may be changed until finish().
    Node *addedNode(const QString &id);

    // Current value (pending edits first, then the design; catalog default).
    QVariant prop(const QString &node, const QString &key) const;
    void setProp(const QString &node, const QString &key, const QVariant &value);
    // Appends to a list property (installed_on, members, allow) unless present.
    void appendToList(const QString &node, const QString &key, const QString &value);
    void editLink(const Link &after);
    void reparent(const QString &node, const QString &parent, const QPointF &pos);
    void remove(const QString &id);

    // An IPv4 address in the same /24 as `near` that no server or cluster uses.
    QString freeAddress(const QString &near);
    // A relative position below the node's current children.
    QPointF nextChildPos(const QString &server) const;
    // A copy of a node (new id, same props, parent and position shifted).
    Node copyOf(const Node &n, const QString &parent, const QPointF &shift);

    bool isEmpty() const;
    std::unique_ptr<QUndoCommand> finish();

private:
    // Names and places the new nodes (core/model/placement.h); returns the
    // moves of existing nodes that make room for them.
    QHash<QString, QPointF> placeNewNodes();

    DesignModel *m_model;
    QString m_text;
    QSet<QString> m_taken;
    QSet<QString> m_addresses;
    QVector<Node> m_nodes;
    QVector<Link> m_links;
    QVector<std::pair<std::pair<QString, QString>, QVariant>> m_props; // (node, key) -> value, in order
    QVector<Link> m_linkEdits;
    struct Move { QString node, parent; QPointF pos; };
    QVector<Move> m_moves;
    QStringList m_removals;
};

} // namespace sw
