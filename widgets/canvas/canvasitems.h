// The canvas's items, owned in one place. CanvasScene creates a NodeItem per
// node and a LinkItem per link; this is their only owner: one map of
// std::unique_ptr keyed by the model's id (nodes and links share one id
// space). The typed lookups (nodes(), links()) and the creation order are
// views of that map, changed only by add/take/clear here, so they cannot
// drift apart.
//
// Qt deletes an item's child items with it: a node is destroyed only once
// nothing is inside it (the scene detaches children first), and clear()
// destroys inner nodes before the boxes that hold them.
#pragma once

#include "widgets/canvas/linklayer.h"

#include <QHash>
#include <QString>
#include <memory>
#include <unordered_map>

class QGraphicsItem;

namespace sw {

class NodeItem;
class LinkItem;

class CanvasItems {
public:
    CanvasItems() = default;
    ~CanvasItems();
    CanvasItems(const CanvasItems &) = delete;
    CanvasItems &operator=(const CanvasItems &) = delete;

    // Takes `item` and returns it (the scene adds it to itself, or it joins
    // the scene with the parent item it is given).
    NodeItem *addNode(std::unique_ptr<NodeItem> item);
    LinkItem *addLink(std::unique_ptr<LinkItem> item);
    // Destroys the item with that id (a node must hold no other node by now).
    void destroy(const QString &id);
    // Destroys every item.
    void clear();
    // Hands every item that is in a scene over to that scene, which then
    // deletes it (QGraphicsScene::clear() deletes them in its own order, in
    // linear time; deleting them one by one in another order makes the scene
    // search and shift its list of top-level items for each: seconds at
    // 50k nodes). Items outside a scene are destroyed here.
    void handOverToScene();
    void reserve(int nodes, int links);

    NodeItem *node(const QString &id) const { return m_nodes.value(id); }
    LinkItem *link(const QString &id) const { return m_links.value(id); }
    const QHash<QString, NodeItem *> &nodes() const { return m_nodes; }
    const LinkMap &links() const { return m_links; }
    // Creation order of a node (later nodes are drawn above earlier ones of
    // the same depth and layer); -1 for none.
    int order(const QString &id) const;

private:
    struct Owned {
        std::unique_ptr<QGraphicsItem> item;
        int order = 0;
    };
    std::unordered_map<QString, Owned> m_owned; // the owner
    QHash<QString, NodeItem *> m_nodes;         // views of m_owned
    LinkMap m_links;
    int m_next = 0;
};

} // namespace sw
