#include "widgets/canvas/canvasscene.h"

#include "widgets/canvas/canvaseditor.h"
#include "widgets/items/linkitem.h"
#include "core/model/designmodel.h"
#include "core/model/geometry.h"
#include "core/model/overlay.h"
#include "core/model/selection.h"
#include "core/model/stacking.h"
#include "widgets/items/nodeitem.h"
#include "core/model/propertykeys.h"

#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QPainter>
#include <QUndoStack>
#include <cmath>
#include <utility>

namespace sw {

CanvasScene::CanvasScene(DesignModel *model, QUndoStack *undo, Selection *selection, Overlay *overlay,
                         QObject *parent)
    : QGraphicsScene(parent), m_model(model), m_undo(undo), m_selection(selection), m_overlay(overlay)
{
    m_editor = std::make_unique<CanvasEditor>(this);
    // No BSP index: links are long items that land in thousands of BSP
    // leaves, which made a zoomed-out frame 20x slower (measured with
    // bench_canvas); a linear pass over 25,000 items is a few milliseconds,
    // and moves need no index updates.
    setItemIndexMethod(NoIndex);
    connect(model, &DesignModel::designReset, this, &CanvasScene::rebuild);
    // An edit while a big design is still being built: the rest first (these
    // run before the handlers below, connected later).
    connect(model, &DesignModel::nodeAdded, this, &CanvasScene::finishBuilding);
    connect(model, &DesignModel::nodeAboutToBeRemoved, this, &CanvasScene::finishBuilding);
    connect(model, &DesignModel::nodeMoved, this, &CanvasScene::finishBuilding);
    connect(model, &DesignModel::nodeChanged, this, &CanvasScene::finishBuilding);
    connect(model, &DesignModel::nodeReparented, this, &CanvasScene::finishBuilding);
    connect(model, &DesignModel::linkAdded, this, &CanvasScene::finishBuilding);
    connect(model, &DesignModel::linkAboutToBeRemoved, this, &CanvasScene::finishBuilding);
    connect(model, &DesignModel::linkChanged, this, &CanvasScene::finishBuilding);
    connect(model, &DesignModel::nodeAdded, this, [this](const QString &id) {
        NodeItem *item = createNodeItem(id);
        attachToParent(item);
        const QStringList waiting = m_orphans.values(id);
        m_orphans.remove(id);
        for (const QString &c : waiting)
            if (NodeItem *ci = m_items.node(c))
                attachToParent(ci);
        if (item->kind() == Kind::Cluster || !waiting.isEmpty())
            rebuildClusterIndex();
        updateContainerSize(item);
        if (item->parentItem() && item->parentItem()->type() == NodeItem::Type)
            updateContainerSize(static_cast<NodeItem *>(item->parentItem()));
    });
    connect(model, &DesignModel::nodeAboutToBeRemoved, this, &CanvasScene::removeNodeItem);
    connect(model, &DesignModel::nodeMoved, this, &CanvasScene::onNodeMoved);
    connect(model, &DesignModel::nodeChanged, this, [this](const QString &id) {
        refreshLook(id);
        if (NodeItem *item = m_items.node(id); item && item->kind() == Kind::Cluster) {
            rebuildClusterIndex();
            updateClusterRect(item);
        }
    });
    connect(model, &DesignModel::nodeReparented, this, &CanvasScene::onNodeReparented);
    connect(model, &DesignModel::linkAdded, this, &CanvasScene::addLinkItem);
    connect(model, &DesignModel::linkAboutToBeRemoved, this, &CanvasScene::removeLinkItem);
    connect(model, &DesignModel::linkChanged, this, [this](const QString &id) {
        // The ends may have changed: simplest is to recreate the item.
        const bool selected = m_items.link(id) && m_items.link(id)->isSelected();
        removeLinkItem(id);
        addLinkItem(id);
        if (selected && m_items.link(id))
            m_items.link(id)->setSelected(true);
    });
    if (overlay)
        connect(overlay, &Overlay::changed, this, &CanvasScene::onOverlayChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, &CanvasScene::onSceneSelectionChanged);
    if (selection)
        connect(selection, &Selection::changed, this, &CanvasScene::onSelectionModelChanged);
    rebuild();
}

CanvasScene::~CanvasScene()
{
    // Items call back into the scene while being destroyed: drop them first.
    m_rebuilding = true;
    disconnect(this, &QGraphicsScene::selectionChanged, this, &CanvasScene::onSceneSelectionChanged);
    m_liveLinks.clear();
    m_items.handOverToScene();
    clear();
}

void CanvasScene::setStyle(const Style &style)
{
    m_painter.setStyle(style);
    ++m_linkVersion;
    setBackgroundBrush(style.background);
    // Label sizes depend on the fonts.
    for (LinkItem *l : m_items.links())
        l->setLook(LinkLook::of(*m_model->link(l->id()), m_overlay));
    update();
    emit styleChanged();
}

QPointF CanvasScene::snapped(const QPointF &p) const
{
    if (!m_snap)
        return p;
    const double g = Geo::kGrid;
    return QPointF(std::round(p.x() / g) * g, std::round(p.y() / g) * g);
}

void CanvasScene::removeNodeItem(const QString &id)
{
    NodeItem *item = m_items.node(id);
    if (!item)
        return;
    const QVector<LinkItem *> links = item->links();
    for (LinkItem *l : links)
        removeLinkItem(l->id());
    // Children still in the model wait (as top-level items) for a new parent.
    const auto children = item->childItems();
    for (QGraphicsItem *c : children) {
        if (c->type() != NodeItem::Type)
            continue;
        auto *ci = static_cast<NodeItem *>(c);
        const QPointF sp = ci->scenePos();
        ci->setParentItem(nullptr);
        ci->setPos(sp);
        m_orphans.insert(id, ci->id());
    }
    auto *parent = item->parentItem() && item->parentItem()->type() == NodeItem::Type
                       ? static_cast<NodeItem *>(item->parentItem()) : nullptr;
    m_deferredResize.remove(id);
    m_items.destroy(id); // (nothing inside it by now: Qt would delete children with it)
    if (parent)
        updateContainerSize(parent);
    for (auto it = m_orphans.begin(); it != m_orphans.end();)
        it = it.value() == id ? m_orphans.erase(it) : std::next(it);
    rebuildClusterIndex();
}

void CanvasScene::addLinkItem(const QString &id)
{
    const Link *l = m_model->link(id);
    NodeItem *from = l ? m_items.node(l->from) : nullptr;
    NodeItem *to = l ? m_items.node(l->to) : nullptr;
    if (!from || !to || m_items.link(id))
        return;
    LinkItem *item = m_items.addLink(std::make_unique<LinkItem>(this, id, from, to));
    from->links().append(item);
    to->links().append(item);
    addItem(item); // (setLook() below marks where it is drawn)
    item->setLook(LinkLook::of(*l, m_overlay));
}

void CanvasScene::removeLinkItem(const QString &id)
{
    LinkItem *item = m_items.link(id);
    if (!item)
        return;
    item->fromItem()->links().removeOne(item);
    item->toItem()->links().removeOne(item);
    m_liveLinks.remove(id);
    m_liveItemsStale = true;
    m_linkLayer.invalidate(item);
    m_items.destroy(id);
}

void CanvasScene::refreshLook(const QString &id)
{
    if (NodeItem *item = m_items.node(id)) {
        item->setLook(NodeLook::of(*m_model->node(id), m_overlay));
        for (LinkItem *l : std::as_const(item->links()))
            l->setLook(LinkLook::of(*m_model->link(l->id()), m_overlay));
    } else if (LinkItem *l = m_items.link(id)) {
        l->setLook(LinkLook::of(*m_model->link(id), m_overlay));
    }
}

void CanvasScene::onOverlayChanged(const QStringList &ids)
{
    if (ids.isEmpty()) {
        for (auto it = m_items.nodes().constBegin(); it != m_items.nodes().constEnd(); ++it)
            it.value()->setLook(NodeLook::of(*m_model->node(it.key()), m_overlay));
        for (auto it = m_items.links().constBegin(); it != m_items.links().constEnd(); ++it)
            it.value()->setLook(LinkLook::of(*m_model->link(it.key()), m_overlay));
        return;
    }
    for (const QString &id : ids)
        refreshLook(id);
}

void CanvasScene::onNodeMoved(const QString &id)
{
    NodeItem *item = m_items.node(id);
    const Node *n = m_model->node(id);
    if (!item || !n)
        return;
    if (item->kind() == Kind::Cluster) {
        updateClusterRect(item);
        return;
    }
    if (item->parentItem() || n->parent.isEmpty())
        item->setPos(n->pos);
    if (item->parentItem() && item->parentItem()->type() == NodeItem::Type)
        updateContainerSize(static_cast<NodeItem *>(item->parentItem()));
}

void CanvasScene::onNodeReparented(const QString &id, const QString &oldParent)
{
    NodeItem *item = m_items.node(id);
    if (!item)
        return;
    for (auto it = m_orphans.begin(); it != m_orphans.end();)
        it = it.value() == id ? m_orphans.erase(it) : std::next(it);
    attachToParent(item);
    if (NodeItem *old = m_items.node(oldParent))
        updateContainerSize(old);
    if (item->parentItem() && item->parentItem()->type() == NodeItem::Type)
        updateContainerSize(static_cast<NodeItem *>(item->parentItem()));
    rebuildClusterIndex();
    for (const QString &c : m_clustersOf.value(id))
        if (NodeItem *ci = m_items.node(c))
            updateClusterRect(ci);
}

void CanvasScene::setContainersFrozen(bool frozen)
{
    m_frozen = frozen;
    if (frozen)
        return;
    const auto pending = m_deferredResize;
    m_deferredResize.clear();
    for (const QString &id : pending)
        updateContainerSize(m_items.node(id));
}

void CanvasScene::updateContainerSize(NodeItem *item)
{
    if (!item || !item->isContainer() || m_rebuilding)
        return;
    if (m_frozen) {
        m_deferredResize.insert(item->id());
        return;
    }
    item->setSize(Stacking::containerSize(item->kind(), childRects(item)));
    if (item->parentItem() && item->parentItem()->type() == NodeItem::Type)
        updateContainerSize(static_cast<NodeItem *>(item->parentItem()));
}

void CanvasScene::rebuildClusterIndex()
{
    if (m_rebuilding)
        return;
    m_clustersOf.clear();
    const Design &d = m_model->design();
    for (const Node *c : d.nodesOfKind(Kind::Cluster)) {
        for (const QString &m : c->propList(keys::members)) {
            m_clustersOf[m].append(c->id);
            const QString s = d.serverOf(m);
            if (!s.isEmpty() && s != m)
                m_clustersOf[s].append(c->id);
        }
        if (NodeItem *ci = m_items.node(c->id))
            updateClusterRect(ci);
    }
}

void CanvasScene::updateClusterRect(NodeItem *cluster)
{
    const Node *n = m_model->node(cluster->id());
    if (!n)
        return;
    const Design &d = m_model->design();
    QVector<QRectF> members;
    for (const QString &m : n->propList(keys::members)) {
        const QString s = d.serverOf(m);
        if (NodeItem *mi = m_items.node(s.isEmpty() ? m : s))
            members << mi->sceneRectOfNode();
    }
    const QRectF r = Stacking::clusterRect(members, d.scenePos(n->id));
    cluster->setPos(r.topLeft());
    cluster->setSize(r.size());
}

void CanvasScene::nodeGeometryChanged(NodeItem *item)
{
    if (m_rebuilding)
        return;
    for (LinkItem *l : std::as_const(item->links()))
        l->updateGeometry();
    auto it = m_clustersOf.constFind(item->id());
    if (it != m_clustersOf.constEnd())
        for (const QString &c : *it)
            if (NodeItem *ci = m_items.node(c); ci && ci != item)
                updateClusterRect(ci);
}

void CanvasScene::onSceneSelectionChanged()
{
    if (m_syncingSelection || m_rebuilding || !m_selection)
        return;
    QStringList ids;
    const auto sel = selectedItems();
    for (QGraphicsItem *gi : sel) {
        if (gi->type() == NodeItem::Type)
            ids << static_cast<NodeItem *>(gi)->id();
        else if (gi->type() == LinkItem::Type)
            ids << static_cast<LinkItem *>(gi)->id();
    }
    m_syncingSelection = true;
    m_selection->set(ids);
    m_syncingSelection = false;
}

void CanvasScene::onSelectionModelChanged()
{
    if (m_syncingSelection || !m_selection)
        return;
    m_syncingSelection = true;
    clearSelection();
    for (const QString &id : m_selection->ids()) {
        if (NodeItem *n = m_items.node(id))
            n->setSelected(true);
        else if (LinkItem *l = m_items.link(id))
            l->setSelected(true);
    }
    m_syncingSelection = false;
}

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    finishBuilding();
    if (m_editor->mousePress(event))
        return;
    // A node under links that only pass over it wins the click: otherwise a
    // node crossed by many links could not be grabbed. Zones and clusters
    // (big areas) leave the click to the link.
    if (event->button() == Qt::LeftButton) {
        const auto hits = items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder);
        NodeItem *node = nullptr;
        bool linkOnTop = false;
        for (QGraphicsItem *gi : hits) {
            if (gi->type() == LinkItem::Type) {
                linkOnTop = true;
                continue;
            }
            if (gi->type() == NodeItem::Type)
                node = static_cast<NodeItem *>(gi);
            break;
        }
        if (linkOnTop && node && node->kind() != Kind::Zone && node->kind() != Kind::Cluster) {
            if (event->modifiers() & Qt::ControlModifier) {
                node->setSelected(!node->isSelected());
            } else if (!node->isSelected()) {
                clearSelection();
                node->setSelected(true);
            }
            event->accept();
            m_editor->afterPress(event);
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    m_editor->afterPress(event);
}

void CanvasScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_editor->mouseMove(event))
        return;
    QGraphicsScene::mouseMoveEvent(event);
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    m_editor->mouseRelease(event);
    QGraphicsScene::mouseReleaseEvent(event);
}

void CanvasScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(CanvasEditor::kindMimeType()));
    if (event->isAccepted())
        event->acceptProposedAction();
}

void CanvasScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event) { dragEnterEvent(event); }

void CanvasScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const QByteArray data = event->mimeData()->data(CanvasEditor::kindMimeType());
    const auto kind = kindFromName(QString::fromUtf8(data));
    if (!kind) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    finishBuilding();
    m_editor->addNode(*kind, event->scenePos());
}

void CanvasScene::setLiveNodes(const QStringList &ids)
{
    const QSet<QString> wasLive = std::exchange(m_liveLinks, {});
    // A box keeps its children inside (NodeItem: Qt then skips them when the
    // box is out of view), but while a child is dragged it may leave the box.
    for (const QString &id : std::as_const(m_openBoxes))
        if (NodeItem *box = m_items.node(id))
            box->setFlag(QGraphicsItem::ItemContainsChildrenInShape, true);
    m_openBoxes.clear();
    for (const QString &id : ids)
        for (NodeItem *n = m_items.node(id); n && n->parentItem() && n->parentItem()->type() == NodeItem::Type;) {
            n = static_cast<NodeItem *>(n->parentItem());
            n->setFlag(QGraphicsItem::ItemContainsChildrenInShape, false);
            m_openBoxes << n->id();
        }
    std::function<void(NodeItem *)> collect = [&](NodeItem *item) {
        for (LinkItem *l : std::as_const(item->links()))
            m_liveLinks.insert(l->id());
        const auto children = item->childItems();
        for (QGraphicsItem *c : children)
            if (c->type() == NodeItem::Type)
                collect(static_cast<NodeItem *>(c));
    };
    for (const QString &id : ids)
        if (NodeItem *item = m_items.node(id))
            collect(item);
    // Too many live links: no gain from the cache, plain painting.
    if (m_liveLinks.size() * 2 > m_items.links().size())
        m_liveLinks.clear();
    // The link layer paints again where links left or joined the live ones
    // (those it leaves out), not the whole view.
    for (const QString &id : wasLive)
        if (!m_liveLinks.contains(id))
            if (LinkItem *l = m_items.link(id)) {
                l->setLive(false);
                m_linkLayer.invalidate(l);
            }
    m_liveItems.clear();
    m_liveItemsStale = false;
    for (const QString &id : std::as_const(m_liveLinks))
        if (LinkItem *l = m_items.link(id)) {
            l->setLive(true);
            m_liveItems.push_back(l);
            if (!wasLive.contains(id))
                m_linkLayer.invalidate(l);
        }
}

void CanvasScene::setNodeCaching(bool on)
{
    if (on == m_nodeCaching)
        return;
    m_nodeCaching = on;
    for (NodeItem *item : m_items.nodes())
        item->setCacheMode(on ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache);
}

void CanvasScene::setViewScale(double scale)
{
    if (qFuzzyCompare(scale, m_viewScale))
        return;
    const auto radius = [](double s) { return std::round(6 / std::max(std::min(s, 1.0), 0.55)); };
    const bool changed = radius(scale) != radius(m_viewScale);
    m_viewScale = scale;
    if (changed)
        for (NodeItem *item : m_items.nodes())
            item->viewScaleChanged();
}

void CanvasScene::linkLookChanged(const LinkItem *link)
{
    if (m_liveLinks.isEmpty() || !link->isLive())
        m_linkLayer.invalidate(link);
}

void CanvasScene::drawForeground(QPainter *painter, const QRectF &rect)
{
    const QPaintDevice *dev = painter->device();
    if (!dev || dev->devType() != QInternal::Widget) { // exports and prints: painted straight
        paintLinks(painter, rect, m_items.links(), m_painter, false);
        return;
    }
    if (m_liveLinks.isEmpty()) {
        m_liveItems.clear();
    } else if (m_liveItemsStale) { // (a live link removed: the items anew)
        m_liveItems.clear();
        for (const QString &id : std::as_const(m_liveLinks))
            if (const LinkItem *l = m_items.link(id))
                m_liveItems.push_back(l);
        m_liveItemsStale = false;
    }
    m_linkLayer.paint(painter, rect, m_items.links(), m_liveItems, m_linkVersion, m_painter);
}

void CanvasScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_painter.style().background);
    const double scale = painter->worldTransform().m11();
    if (!m_snap || scale < 0.6)
        return;
    const double step = Geo::kGrid * 2;
    QVector<QPointF> dots;
    const double x0 = std::floor(rect.left() / step) * step;
    const double y0 = std::floor(rect.top() / step) * step;
    dots.reserve(int((rect.width() / step + 2) * (rect.height() / step + 2)));
    for (double y = y0; y < rect.bottom(); y += step)
        for (double x = x0; x < rect.right(); x += step)
            dots.append(QPointF(x, y));
    painter->setPen(QPen(m_painter.style().grid, 1.5 / scale));
    painter->drawPoints(dots.constData(), int(dots.size()));
}

} // namespace sw
