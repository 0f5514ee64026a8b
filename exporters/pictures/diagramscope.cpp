#include "exporters/pictures/diagramscope.h"

namespace sw {

DiagramScope::DiagramScope(const Design &design, const QStringList &selection)
    : m_design(design), m_all(selection.isEmpty())
{
    if (m_all)
        return;
    for (const QString &id : selection) {
        if (design.node(id)) {
            for (const QString &s : design.subtree(id))
                m_nodes.insert(s);
        } else if (const Link *l = design.link(id)) {
            m_links.insert(l->id);
            m_nodes.insert(l->from);
            m_nodes.insert(l->to);
        }
    }
    for (const Link &l : design.links())
        if (m_nodes.contains(l.from) && m_nodes.contains(l.to))
            m_links.insert(l.id);
}

bool DiagramScope::hasLink(const Link &l) const
{
    if (m_all)
        return true;
    return l.id.isEmpty() ? (m_nodes.contains(l.from) && m_nodes.contains(l.to)) : m_links.contains(l.id);
}

QRectF DiagramScope::bounds(const DiagramGeometry &geo) const
{
    if (m_all)
        return geo.bounds();
    QRectF r;
    for (const QString &id : m_nodes) {
        const QRectF nr = geo.rect(id);
        if (!nr.isNull())
            r = r.isNull() ? nr : r.united(nr);
    }
    return r;
}

} // namespace sw
