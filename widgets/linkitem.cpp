#include "linkitem.h"

#include "canvasscene.h"
#include "nodeitem.h"
#include "model/geometry.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace sw {

LinkItem::LinkItem(CanvasScene *scene, const QString &id, NodeItem *from, NodeItem *to)
    : m_scene(scene), m_id(id), m_from(from), m_to(to)
{
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
    setZValue(10);
}

void LinkItem::setLook(const LinkLook &look)
{
    m_look = look;
    updateGeometry();
    update();
}

void LinkItem::updateGeometry()
{
    const auto ends = DiagramGeometry::linkEnds(m_from->sceneRectOfNode(), m_to->sceneRectOfNode());
    if (ends.first == m_a && ends.second == m_b && !m_bounds.isNull())
        return;
    prepareGeometryChange();
    m_a = ends.first;
    m_b = ends.second;
    m_bounds = m_scene->nodePainter().linkBounds(m_a, m_b, m_look);
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_a);
    path.lineTo(m_b);
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath s = stroker.createStroke(path);
    s.addRect(m_scene->nodePainter().linkLabelRect(m_a, m_b, m_look));
    return s;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    LinkLook look = m_look;
    look.selected = isSelected();
    m_scene->nodePainter().paintLink(painter, m_a, m_b, look, detailForScale(lod), option->exposedRect);
}

} // namespace sw
