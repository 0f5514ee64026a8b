#include "core/commands/removeitemscommand.h"

#include <QSet>

namespace sw {

RemoveItemsCommand::RemoveItemsCommand(DesignModel *model, const QStringList &ids, const QString &text,
                                       QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model), m_requested(ids)
{
}

void RemoveItemsCommand::collect(const QStringList &ids)
{
    const Design &d = m_model->design();
    QSet<QString> nodes;
    QSet<QString> links;
    for (const QString &id : ids) {
        if (d.node(id)) {
            for (const QString &s : d.subtree(id))
                nodes.insert(s);
        } else if (d.link(id)) {
            links.insert(id);
        }
    }
    for (const Link &l : d.links())
        if (nodes.contains(l.from) || nodes.contains(l.to))
            links.insert(l.id);
    // Remember in document order; restored by index in reverse order.
    for (const Link &l : d.links())
        if (links.contains(l.id))
            m_links.append({l, -1});
    for (const Node &n : d.nodes())
        if (nodes.contains(n.id))
            m_nodes.append({n, -1});
    // References from surviving nodes.
    for (const Node &n : d.nodes()) {
        if (nodes.contains(n.id))
            continue;
        for (const PropertySpec &spec : kindInfo(n.kind).props) {
            auto it = n.props.constFind(spec.key);
            if (it == n.props.constEnd())
                continue;
            if (spec.type == PropType::NodeRef && nodes.contains(it->toString())) {
                m_edits.append({n.id, spec.key, *it, QVariant()});
            } else if (spec.type == PropType::NodeRefList || spec.type == PropType::PortRules) {
                QStringList kept;
                const QStringList before = it->toStringList();
                for (const QString &v : before) {
                    QString ref = v;
                    if (spec.type == PropType::PortRules) {
                        auto r = parsePortRule(v);
                        ref = r ? r->from : QString();
                    }
                    if (!nodes.contains(ref))
                        kept << v;
                }
                // A required list left empty (a cluster's last member gone)
                // becomes absent: a draft, not an empty list the readers refuse.
                if (kept.size() != before.size())
                    m_edits.append({n.id, spec.key, *it, kept.isEmpty() && spec.required ? QVariant() : QVariant(kept)});
            }
        }
    }
    m_collected = true;
}

void RemoveItemsCommand::redo()
{
    if (!m_collected)
        collect(m_requested);
    for (const PropEdit &e : std::as_const(m_edits))
        m_model->setNodeProp(e.node, e.key, e.after);
    for (int i = int(m_links.size()) - 1; i >= 0; --i)
        m_links[i].second = m_model->takeLink(m_links[i].first.id).second;
    // Children after their parents in document order: remove from the end.
    for (int i = int(m_nodes.size()) - 1; i >= 0; --i)
        m_nodes[i].second = m_model->takeNode(m_nodes[i].first.id).second;
}

void RemoveItemsCommand::undo()
{
    for (const auto &[node, index] : std::as_const(m_nodes))
        m_model->insertNode(node, index);
    for (const auto &[link, index] : std::as_const(m_links))
        m_model->insertLink(link, index);
    for (const PropEdit &e : std::as_const(m_edits))
        m_model->setNodeProp(e.node, e.key, e.before);
}

QStringList RemoveItemsCommand::removedIds() const
{
    QStringList out;
    for (const auto &n : m_nodes)
        out << n.first.id;
    for (const auto &l : m_links)
        out << l.first.id;
    return out;
}

} // namespace sw
