// CanvasScene's questions about places: which box a node dropped at a point
// goes into, which node is under a point, what the design covers.
#include "widgets/canvas/canvasscene.h"

#include "core/model/geometry.h"
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
    NodeItem *best = nullptr;
    int bestDepth = -1;
    bool tie = false;
    for (NodeItem *item : std::as_const(m_nodes)) {
        if (!Geo::isContainer(item->kind()) || !canContain(item->kind(), kind) || !item->isVisible()
            || !item->sceneRectOfNode().contains(scenePos))
            continue;
        if (inside(item, exclude))
            continue;
        int depth = 0;
        for (const QGraphicsItem *a = item->parentItem(); a; a = a->parentItem())
            ++depth;
        // The innermost box wins (a zone inside a zone).
        if (depth > bestDepth) {
            best = item;
            bestDepth = depth;
            tie = false;
        } else if (depth == bestDepth) {
            tie = true;
        }
    }
    if (!tie)
        return best;
    // Overlapping boxes: the one drawn on top.
    const auto hits = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *gi : hits) {
        if (gi->type() != NodeItem::Type)
            continue;
        auto *item = static_cast<NodeItem *>(gi);
        if (canContain(item->kind(), kind) && item->sceneRectOfNode().contains(scenePos) && !inside(item, exclude))
            return item;
    }
    return nullptr;
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
    for (NodeItem *item : std::as_const(m_nodes))
        if (!item->parentItem())
            r = r.isNull() ? item->sceneRectOfNode() : r.united(item->sceneRectOfNode());
    return r;
}

} // namespace sw
