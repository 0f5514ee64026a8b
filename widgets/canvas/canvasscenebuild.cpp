// CanvasScene's items made from the design: all at once for a small design;
// for a big one in batches, so that the first frame comes early: the boxes
// at the top level first (what a view zoomed to fit shows), then what they
// hold, then the links, a batch per turn of the event loop.
#include "widgets/canvas/canvasscene.h"

#include "core/model/designmodel.h"
#include "core/model/geometry.h"
#include "widgets/items/linkitem.h"
#include "widgets/items/nodeitem.h"

#include <QTimer>
#include <algorithm>
#include <ctime>

namespace sw {

namespace {
// Designs with more nodes than this are built in batches.
constexpr int kBatchAbove = 4000;
// After the first batch, items are made in steps of kBatch for up to kTurnMs
// of this thread's CPU time per turn of the event loop (CPU time: on a busy
// machine a wall-clock budget made more, shorter turns). Each turn ends in a
// frame, and a frame of a 50k design zoomed to fit costs about as much as
// making 15k items: a few long turns, not many short ones (the 50k open in
// bench_canvas: 2.46 -> 1.8-1.95 s of CPU with 20k items a turn before).
constexpr int kBatch = 4000;
constexpr int kTurnMs = 350;

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}
} // namespace

void CanvasScene::rebuild()
{
    // Where the old design was painted (links included: they are painted by
    // the scene, their items have no contents, so removing them repaints nothing).
    const QRectF old = m_items.nodes().isEmpty() ? QRectF() : itemsBoundingRect();
    m_rebuilding = true;
    clearSelection();
    m_build.reset();
    m_items.clear();
    m_orphans.clear();
    m_deferredResize.clear();
    m_liveLinks.clear();
    ++m_linkVersion;
    const Design &d = m_model->design();
    auto build = std::make_unique<Build>();
    build->geo.compute(d);
    m_items.reserve(int(d.nodes().size()), int(d.links().size()));
    // Parents before children (a child is attached to its parent's item).
    std::vector<std::pair<int, const Node *>> byDepth;
    byDepth.reserve(d.nodes().size());
    for (const Node &n : d.nodes()) {
        int depth = 0;
        for (const Node *p = d.node(n.parent); p && depth < 64; p = d.node(p->parent))
            ++depth;
        byDepth.emplace_back(n.kind == Kind::Cluster ? 0 : depth, &n);
    }
    std::stable_sort(byDepth.begin(), byDepth.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    build->nodes.reserve(int(byDepth.size()));
    int topLevel = 0;
    for (const auto &[depth, n] : byDepth) {
        build->nodes << n->id;
        topLevel += depth == 0;
    }
    m_build = std::move(build);
    m_rebuilding = false;
    // A small design at once; a big one: the top level now, the rest later.
    const bool batches = int(d.nodes().size()) > kBatchAbove;
    buildBatch(batches ? topLevel : int(d.nodes().size() + d.links().size()));
    if (m_build)
        QTimer::singleShot(0, this, [this] { buildLater(); });
    // Without this the old design's links stay on screen where no item of
    // the new one repaints (File > New showed them until the next zoom).
    update(old.isEmpty() ? QRectF() : old.adjusted(-20, -20, 20, 20).united(itemsBoundingRect()));
}

void CanvasScene::buildLater()
{
    const double start = threadCpuMs();
    while (m_build && threadCpuMs() - start < kTurnMs)
        buildBatch(kBatch);
    if (m_build)
        QTimer::singleShot(0, this, [this] { buildLater(); });
}

void CanvasScene::finishBuilding()
{
    if (m_build)
        buildBatch(int(m_build->nodes.size()) + int(m_model->design().links().size()));
}

void CanvasScene::buildBatch(int count)
{
    Build &b = *m_build;
    const Design &d = m_model->design();
    m_rebuilding = true;
    const int nodesEnd = std::min(int(b.nodes.size()), b.nextNode + count);
    const int firstNode = b.nextNode;
    for (; b.nextNode < nodesEnd; ++b.nextNode)
        createNodeItem(b.nodes[b.nextNode]);
    for (int i = firstNode; i < nodesEnd; ++i) {
        NodeItem *item = m_items.node(b.nodes[i]);
        attachToParent(item);
        if (item->isContainer() || item->kind() == Kind::Cluster) {
            const QRectF r = b.geo.rect(item->id());
            item->setSize(r.size());
            if (item->kind() == Kind::Cluster)
                item->setPos(r.topLeft());
        }
    }
    count -= nodesEnd - firstNode;
    const auto &links = d.links();
    const int firstLink = b.nextLink;
    if (b.nextNode == int(b.nodes.size())) {
        const int linksEnd = std::min(int(links.size()), b.nextLink + std::max(count, 0));
        for (; b.nextLink < linksEnd; ++b.nextLink)
            addLinkItem(links[b.nextLink].id);
    }
    m_rebuilding = false;
    for (int i = firstLink; i < b.nextLink; ++i)
        if (LinkItem *l = m_items.link(links[i].id))
            l->updateGeometry();
    if (b.nextNode < int(b.nodes.size()) || b.nextLink < int(links.size()))
        return;
    // Everything is there.
    m_build.reset();
    rebuildClusterIndex();
    onSelectionModelChanged();
    emit built();
}

NodeItem *CanvasScene::createNodeItem(const QString &id)
{
    const Node *n = m_model->node(id);
    NodeItem *item = m_items.addNode(std::make_unique<NodeItem>(this, id, n->kind));
    item->setLook(NodeLook::of(*n, m_overlay));
    if (!m_nodeCaching)
        item->setCacheMode(QGraphicsItem::NoCache);
    return item;
}

void CanvasScene::attachToParent(NodeItem *item)
{
    const Node *n = m_model->node(item->id());
    if (!n)
        return;
    NodeItem *parentItem = nullptr;
    if (!n->parent.isEmpty() && item->kind() != Kind::Cluster) {
        parentItem = m_items.node(n->parent);
        if (!parentItem)
            m_orphans.insert(n->parent, item->id()); // its parent comes later
    }
    if (parentItem) {
        item->setParentItem(parentItem);
        item->setPos(n->pos);
    } else {
        if (item->parentItem())
            item->setParentItem(nullptr);
        if (!item->scene())
            addItem(item);
        item->setPos(item->kind() == Kind::Cluster ? m_model->design().scenePos(n->id) : n->pos);
    }
}

} // namespace sw
