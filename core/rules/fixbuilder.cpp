#include "core/rules/fixbuilder.h"

#include "core/commands/additemscommand.h"
#include "core/commands/editlinkcommand.h"
#include "core/commands/movenodescommand.h"
#include "core/commands/removeitemscommand.h"
#include "core/commands/reparentcommand.h"
#include "core/commands/setpropertycommand.h"
#include "core/model/placement.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace sw {

FixBuilder::FixBuilder(DesignModel *model, QString text) : m_model(model), m_text(std::move(text)) {}

QString FixBuilder::newId(const QString &base)
{
    QString stem = isValidId(base) ? base.left(56) : QStringLiteral("n");
    QString id = stem;
    for (int i = 2; design().hasId(id) || m_taken.contains(id); ++i)
        id = QStringLiteral("%1-%2").arg(stem).arg(i);
    m_taken.insert(id);
    return id;
}

QString FixBuilder::addNode(Node node)
{
    if (node.id.isEmpty() || design().hasId(node.id) || (m_taken.contains(node.id) && addedNode(node.id)))
        node.id = newId(node.id.isEmpty() ? kindName(node.kind) : node.id);
    m_taken.insert(node.id);
    m_nodes.append(node);
    return node.id;
}

QString FixBuilder::addLink(Link link)
{
    link.id = newId(link.id.isEmpty() ? QStringLiteral("link") : link.id);
    m_links.append(link);
    return link.id;
}

Node *FixBuilder::addedNode(const QString &id)
{
    for (Node &n : m_nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

QVariant FixBuilder::prop(const QString &node, const QString &key) const
{
    for (auto it = m_props.crbegin(); it != m_props.crend(); ++it)
        if (it->first.first == node && it->first.second == key)
            return it->second;
    for (const Node &n : m_nodes)
        if (n.id == node)
            return n.prop(key);
    const Node *n = design().node(node);
    return n ? n->prop(key) : QVariant();
}

void FixBuilder::setProp(const QString &node, const QString &key, const QVariant &value)
{
    if (Node *n = addedNode(node)) {
        n->props.insert(key, value);
        return;
    }
    for (auto &edit : m_props)
        if (edit.first.first == node && edit.first.second == key) {
            edit.second = value;
            return;
        }
    m_props.append({{node, key}, value});
}

void FixBuilder::appendToList(const QString &node, const QString &key, const QString &value)
{
    QStringList list = prop(node, key).toStringList();
    if (list.contains(value))
        return;
    list << value;
    setProp(node, key, list);
}

void FixBuilder::editLink(const Link &after)
{
    if (after.id.isEmpty())
        return;
    for (Link &l : m_linkEdits)
        if (l.id == after.id) {
            l = after;
            return;
        }
    m_linkEdits.append(after);
}

void FixBuilder::reparent(const QString &node, const QString &parent, const QPointF &pos)
{
    m_moves.append({node, parent, pos});
}

void FixBuilder::remove(const QString &id)
{
    if (!m_removals.contains(id))
        m_removals << id;
}

QString FixBuilder::freeAddress(const QString &near)
{
    const QString a = sw::freeAddress(design(), near, m_addresses);
    m_addresses.insert(a);
    return a;
}

QPointF FixBuilder::nextChildPos(const QString &server) const
{
    qreal y = 30 - 48;
    for (const Node &n : design().nodes())
        if (n.parent == server && n.hasPos)
            y = std::max(y, n.pos.y());
    for (const Node &n : m_nodes)
        if (n.parent == server && n.hasPos)
            y = std::max(y, n.pos.y());
    return {10, y + 48};
}

Node FixBuilder::copyOf(const Node &n, const QString &parent, const QPointF &shift)
{
    Node c = n;
    c.id = newId(n.id);
    c.parent = parent;
    if (c.hasPos)
        c.pos += shift;
    return c;
}

bool FixBuilder::isEmpty() const
{
    return m_nodes.isEmpty() && m_links.isEmpty() && m_props.isEmpty() && m_linkEdits.isEmpty() && m_moves.isEmpty()
           && m_removals.isEmpty();
}

QHash<QString, QPointF> FixBuilder::placeNewNodes()
{
    // The design as the fix leaves it, without the new nodes: where they go
    // depends on where the moved ones went.
    Design without = design();
    for (const Move &m : std::as_const(m_moves))
        if (Node *n = without.node(m.node)) {
            n->parent = m.parent;
            n->pos = m.pos;
            n->hasPos = true;
        }
    settleNewNodes(without, m_nodes);
    Design after = without;
    for (const Node &n : std::as_const(m_nodes))
        after.insertNode(n);
    for (const QString &id : std::as_const(m_removals))
        for (const QString &gone : after.subtree(id))
            after.removeNode(gone);
    QHash<QString, QPointF> room = makeRoom(design(), after);
    for (Node &n : m_nodes)
        if (auto it = room.find(n.id); it != room.end()) {
            n.pos = *it;
            room.erase(it);
        }
    return room;
}

std::unique_ptr<QUndoCommand> FixBuilder::finish()
{
    if (isEmpty())
        return nullptr;
    auto macro = std::make_unique<QUndoCommand>(m_text);
    const QHash<QString, QPointF> room = placeNewNodes();
    if (!m_nodes.isEmpty() || !m_links.isEmpty())
        new AddItemsCommand(m_model, m_nodes, m_links, m_text, macro.get());
    for (const auto &[where, value] : std::as_const(m_props)) {
        const Node *n = design().node(where.first);
        if (n && n->props.value(where.second) != value)
            new SetPropertyCommand(m_model, where.first, where.second, value, macro.get());
    }
    for (const Link &l : std::as_const(m_linkEdits))
        if (design().link(l.id) && *design().link(l.id) != l)
            new EditLinkCommand(m_model, l, macro.get());
    for (const Move &m : std::as_const(m_moves))
        new ReparentCommand(m_model, m.node, m.parent, m.pos, macro.get());
    if (!m_removals.isEmpty())
        new RemoveItemsCommand(m_model, m_removals, m_text, macro.get());
    if (!room.isEmpty())
        new MoveNodesCommand(m_model, room, 0, macro.get());
    if (macro->childCount() == 0)
        return nullptr;
    return macro;
}

} // namespace sw
