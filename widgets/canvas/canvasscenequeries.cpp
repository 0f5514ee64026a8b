// CanvasScene's questions about places: which box a node dropped at a point
// goes into, which node is under a point, what the design covers.
#include "widgets/canvas/canvasscene.h"

#include "core/model/geometry.h"
#include "core/model/stacking.h"
#include "widgets/items/nodeitem.h"

namespace sw {

namespace {
// `item` is the node `id` or inside it.
bool inside(const QGraphicsItem *item, const QString &id)
{
    if (id.isEmpty())
        return false;
    for (const QGraphicsItem *a = item; a; a = a->parentItem())
        if (a->type() == NodeItem::Type && static_cast<const NodeItem *>(a)->id() == id)
            return true;
    return false;
}
} // namespace

NodeItem *CanvasScene::containerAt(const QPointF &scenePos, Kind kind, const QString &exclude) const
{
    // Only servers and zones hold nodes: look at those, not at every item
    // under the point (a drop of 200 servers asks 200 times).
    QVector<Stacking::Box> boxes;
    QVector<NodeItem *> items;
    for (NodeItem *item : m_items.nodes()) {
        if (!Geo::isContainer(item->kind()) || !item->isVisible() || !item->sceneRectOfNode().contains(scenePos))
            continue;
        Stacking::Box b;
        b.id = item->id();
        b.kind = item->kind();
        b.sceneRect = item->sceneRectOfNode();
        for (const QGraphicsItem *a = item->parentItem(); a; a = a->parentItem())
            ++b.depth;
        b.order = m_items.order(item->id());
        b.excluded = inside(item, exclude);
        boxes << b;
        items << item;
    }
    const int i = Stacking::containerAt(boxes, scenePos, kind);
    return i < 0 ? nullptr : items[i];
}

QVector<QRectF> CanvasScene::childRects(const NodeItem *box, const QString &exclude)
{
    QVector<QRectF> out;
    const auto children = box->childItems();
    for (const QGraphicsItem *c : children) {
        if (c->type() != NodeItem::Type)
            continue;
        const auto *ci = static_cast<const NodeItem *>(c);
        if (ci->id() != exclude)
            out << QRectF(ci->pos(), ci->size());
    }
    return out;
}

NodeItem *CanvasScene::nodeAt(const QPointF &scenePos) const
{
    const auto hits = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *gi : hits)
        if (gi->type() == NodeItem::Type)
            return static_cast<NodeItem *>(gi);
    return nullptr;
}

QRectF CanvasScene::designBounds() const
{
    QRectF r;
    for (NodeItem *item : m_items.nodes())
        if (!item->parentItem())
            r = r.isNull() ? item->sceneRectOfNode() : r.united(item->sceneRectOfNode());
    return r;
}

} // namespace sw
