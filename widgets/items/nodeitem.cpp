#include "widgets/items/nodeitem.h"

#include "widgets/canvas/canvasscene.h"
#include "core/model/geometry.h"
#include "core/model/stacking.h"

#include <QPainter>
#include <cmath>
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
    // A box grows around what it holds: Qt may skip its children when the
    // box is out of view (10,000 nodes are not visited per frame). The scene
    // lifts this while a child is dragged (CanvasScene::setLiveNodes).
    setFlag(ItemContainsChildrenInShape, Geo::isContainer(kind));
    setAcceptHoverEvents(true);
    // Painted once into a pixmap per zoom and change of look: a frame or a
    // drag step then blits the nodes instead of stroking and shaping text.
    setCacheMode(DeviceCoordinateCache);
    setZValue(Stacking::layer(kind));
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

double NodeItem::handleRadius() const
{
    // At least 6 px on screen at any zoom where the node is drawn in full
    // (from 55 %), so it can be seen and hit.
    return std::max(kHandleRadius, std::round(kHandleRadius / std::max(m_scene->viewScale(), 0.55)));
}

bool NodeItem::onHandle(const QPointF &itemPos) const
{
    const QPointF d = itemPos - handlePos();
    const double r = handleRadius() + 3;
    return d.x() * d.x() + d.y() * d.y() <= r * r;
}

void NodeItem::viewScaleChanged() { prepareGeometryChange(); }

QRectF NodeItem::boundingRect() const
{
    const double m = std::max(kMarkMargin, handleRadius() + 5);
    return QRectF(QPointF(0, 0), m_size).adjusted(-kMarkMargin, -kMarkMargin, m, kMarkMargin);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    path.addRect(QRectF(QPointF(0, 0), m_size));
    if (m_kind != Kind::Zone && m_kind != Kind::Note)
        path.addEllipse(handlePos(), handleRadius() + 3, handleRadius() + 3);
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
        painter->setPen(QPen(st.surface, 1.5 / std::min(lod, 1.0)));
        painter->setBrush(st.selection);
        painter->drawEllipse(handlePos(), handleRadius(), handleRadius());
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
