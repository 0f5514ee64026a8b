#include "widgets/items/linkitem.h"

#include "widgets/canvas/canvasscene.h"
#include "widgets/items/nodeitem.h"
#include "core/model/geometry.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>

namespace sw {


LinkItem::LinkItem(CanvasScene *scene, const QString &id, NodeItem *from, NodeItem *to)
    : m_scene(scene), m_id(id), m_from(from), m_to(to)
{
    // Painted by CanvasScene in one pass (paintLinks), not item by item.
    setFlags(ItemIsSelectable | ItemHasNoContents);
    setZValue(10);
}

void LinkItem::setLook(const LinkLook &look)
{
    if (!m_bounds.isNull())
        m_scene->linkLookChanged(this); // (where it was drawn)
    m_look = look;
    m_label0 = m_scene->nodePainter().linkLabelRect(QPointF(), QPointF(), m_look);
    m_bounds = QRectF(); // the label may have grown
    updateGeometry();
    m_scene->linkLookChanged(this);
    if (scene())
        m_scene->update(m_bounds);
}

void LinkItem::updateGeometry()
{
    const auto ends = DiagramGeometry::linkEnds(m_from->sceneRectOfNode(), m_to->sceneRectOfNode());
    if (ends.first == m_a && ends.second == m_b && !m_bounds.isNull())
        return;
    const QRectF old = m_bounds;
    if (!old.isNull())
        m_scene->linkLookChanged(this); // (where it was drawn)
    prepareGeometryChange();
    m_a = ends.first;
    m_b = ends.second;
    m_bounds = m_scene->nodePainter().linkBounds(m_a, m_b, labelRect()); // (label rect cached: no font metrics)
    m_scene->linkLookChanged(this);
    if (scene()) {
        if (!old.isNull())
            m_scene->update(old);
        m_scene->update(m_bounds);
    }
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_a);
    path.lineTo(m_b);
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath s = stroker.createStroke(path);
    s.addRect(labelRect());
    return s;
}

bool LinkItem::collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const
{
    // Hit tests (a click is a 1x1 rect, a rubber band a rect) without building
    // a stroked path per link: the line widened by 4 on each side, or the label.
    const QRectF r = path.boundingRect();
    if (mode == Qt::ContainsItemShape || mode == Qt::ContainsItemBoundingRect)
        return r.contains(m_a) && r.contains(m_b);
    if (mode == Qt::IntersectsItemBoundingRect)
        return r.intersects(m_bounds);
    if (r.intersects(labelRect()))
        return true;
    QPointF a = m_a, b = m_b;
    if (r.width() > 8 || r.height() > 8)
        return clipSegment(r, a, b);
    // A click: within 4 of the line (the 8 wide stroke of shape()).
    const QPointF c = r.center();
    const QPointF v = m_b - m_a;
    const double len2 = QPointF::dotProduct(v, v);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(c - m_a, v) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = c - (m_a + v * t);
    return QPointF::dotProduct(d, d) <= 4.5 * 4.5;
}

bool LinkItem::contains(const QPointF &point) const
{
    if (!m_bounds.contains(point))
        return false;
    if (labelRect().contains(point))
        return true;
    const QPointF v = m_b - m_a;
    const double len2 = QPointF::dotProduct(v, v);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(point - m_a, v) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = point - (m_a + v * t);
    return QPointF::dotProduct(d, d) <= 4.0 * 4.0;
}

void LinkItem::paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Never called (ItemHasNoContents): see paintLinks().
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if ((change == ItemSelectedHasChanged || change == ItemVisibleHasChanged) && scene()) {
        m_scene->linkLookChanged(this);
        m_scene->update(m_bounds);
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace sw
