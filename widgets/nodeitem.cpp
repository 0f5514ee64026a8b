#include "nodeitem.h"

#include "canvasscene.h"
#include "model/geometry.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace sw {

namespace {
constexpr double kHandleRadius = 6;
constexpr double kMarkMargin = 12; // badges and outlines reach this far outside
} // namespace

NodeItem::NodeItem(CanvasScene *scene, const QString &id, Kind kind)
    : m_scene(scene), m_id(id), m_kind(kind), m_size(Geo::leafSize(kind))
{
    // Not ItemSendsScenePositionChanges: Qt then scans every such item of the
    // scene on each move of a node with children (QGraphicsItemPrivate::
    // sendScenePosChange), 10,000 nodes per step of a drag. Position and
    // parent changes are sent to the subtree here instead.
    setFlags(ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    // Painted once into a pixmap per zoom and change of look: a frame or a
    // drag step then blits the nodes instead of stroking and shaping text.
    setCacheMode(DeviceCoordinateCache);
    switch (kind) {
    case Kind::Zone: setZValue(0); break;
    case Kind::Cluster: setZValue(1); break;
    case Kind::Server: setZValue(2); break;
    default: setZValue(3); break;
    }
}

bool NodeItem::isContainer() const { return Geo::isContainer(m_kind); }

void NodeItem::setSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
    m_scene->nodeGeometryChanged(this);
}

void NodeItem::setLook(const NodeLook &look)
{
    m_look = look;
    update();
}

QPointF NodeItem::handlePos() const
{
    if (m_kind == Kind::Cluster)
        return QPointF(m_size.width(), (Geo::kClusterMargin + 18) / 2);
    if (isContainer())
        return QPointF(m_size.width(), Geo::kHeader / 2);
    return QPointF(m_size.width(), m_size.height() / 2);
}

bool NodeItem::onHandle(const QPointF &itemPos) const
{
    const QPointF d = itemPos - handlePos();
    return d.x() * d.x() + d.y() * d.y() <= (kHandleRadius + 3) * (kHandleRadius + 3);
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-kMarkMargin, -kMarkMargin, kMarkMargin, kMarkMargin);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    path.addRect(QRectF(QPointF(0, 0), m_size));
    if (m_kind != Kind::Zone && m_kind != Kind::Note)
        path.addEllipse(handlePos(), kHandleRadius + 3, kHandleRadius + 3);
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const Detail detail = detailForScale(lod);
    NodeLook look = m_look;
    look.selected = isSelected();
    m_scene->nodePainter().paintNode(painter, QRectF(QPointF(0, 0), m_size), look, detail);
    if (detail == Detail::Full && (m_hover || look.selected) && m_kind != Kind::Zone && m_kind != Kind::Note) {
        const Style &st = m_scene->nodePainter().style();
        painter->setPen(QPen(st.surface, 1.5));
        painter->setBrush(st.selection);
        painter->drawEllipse(handlePos(), kHandleRadius, kHandleRadius);
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if ((change == ItemPositionHasChanged || change == ItemParentHasChanged || change == ItemSceneHasChanged)
        && scene())
        scenePositionChanged();
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::scenePositionChanged()
{
    m_scene->nodeGeometryChanged(this);
    const auto children = childItems();
    for (QGraphicsItem *c : children)
        if (c->type() == Type)
            static_cast<NodeItem *>(c)->scenePositionChanged();
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hover = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hover = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace sw
