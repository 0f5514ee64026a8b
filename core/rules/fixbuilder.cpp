#include "fixbuilder.h"

#include "commands/additemscommand.h"
#include "commands/editlinkcommand.h"
#include "commands/removeitemscommand.h"
#include "commands/reparentcommand.h"
#include "commands/setpropertycommand.h"

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
    if (!m_addressesLoaded) {
        for (const Node &n : design().nodes()) {
            const QString a = n.propString(n.kind == Kind::Cluster ? QStringLiteral("vip") : QStringLiteral("address"));
            if (!a.isEmpty())
                m_addresses.insert(a);
        }
        m_addressesLoaded = true;
    }
    QHostAddress base(near);
    quint32 v = base.protocol() == QAbstractSocket::IPv4Protocol ? base.toIPv4Address() : QHostAddress(QStringLiteral("10.0.0.10")).toIPv4Address();
    const quint32 net = v & 0xFFFFFF00u;
    const quint32 start = v & 0xFFu;
    for (quint32 step = 1; step < 254; ++step)
        for (quint32 host : {start + step, start - step}) {
            if (host < 1 || host > 254)
                continue;
            const QString candidate = QHostAddress(net | host).toString();
            if (!m_addresses.contains(candidate)) {
                m_addresses.insert(candidate);
                return candidate;
            }
        }
    return QHostAddress(net | 1).toString();
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

std::unique_ptr<QUndoCommand> FixBuilder::finish()
{
    if (isEmpty())
        return nullptr;
    auto macro = std::make_unique<QUndoCommand>(m_text);
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
    if (macro->childCount() == 0)
        return nullptr;
    return macro;
}

} // namespace sw
