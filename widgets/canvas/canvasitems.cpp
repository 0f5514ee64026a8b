#include "widgets/canvas/canvasitems.h"

#include "widgets/items/linkitem.h"
#include "widgets/items/nodeitem.h"

#include <algorithm>
#include <vector>

namespace sw {

CanvasItems::~CanvasItems() { clear(); }

NodeItem *CanvasItems::addNode(std::unique_ptr<NodeItem> item)
{
    NodeItem *raw = item.get();
    const QString id = raw->id();
    destroy(id);
    m_owned[id] = Owned{std::move(item), m_next++};
    m_nodes.insert(id, raw);
    return raw;
}

LinkItem *CanvasItems::addLink(std::unique_ptr<LinkItem> item)
{
    LinkItem *raw = item.get();
    const QString id = raw->id();
    destroy(id);
    m_owned[id] = Owned{std::move(item), m_next++};
    m_links.insert(id, raw);
    return raw;
}

void CanvasItems::destroy(const QString &id)
{
    const auto it = m_owned.find(id);
    if (it == m_owned.end())
        return;
    m_nodes.remove(id);
    m_links.remove(id);
    // Taken out of the map before it is destroyed: its destructor may call
    // back into the scene, which then no longer finds it.
    const std::unique_ptr<QGraphicsItem> item = std::move(it->second.item);
    m_owned.erase(it);
}

void CanvasItems::clear()
{
    // Links first (they hold pointers to their ends), then nodes innermost
    // first, so no item deletes another through Qt's parent ownership.
    std::vector<std::unique_ptr<QGraphicsItem>> links;
    std::vector<std::pair<int, std::unique_ptr<QGraphicsItem>>> nodes;
    links.reserve(size_t(m_links.size()));
    nodes.reserve(size_t(m_nodes.size()));
    for (auto &[id, owned] : m_owned) {
        if (!owned.item)
            continue; // handed over to the scene
        if (m_links.contains(id)) {
            links.push_back(std::move(owned.item));
            continue;
        }
        int depth = 0;
        for (const QGraphicsItem *p = owned.item->parentItem(); p; p = p->parentItem())
            ++depth;
        nodes.emplace_back(depth, std::move(owned.item));
    }
    m_owned.clear();
    m_nodes.clear();
    m_links.clear();
    links.clear();
    std::stable_sort(nodes.begin(), nodes.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (auto &n : nodes)
        n.second.reset();
}

void CanvasItems::handOverToScene()
{
    for (auto &entry : m_owned)
        if (entry.second.item->scene())
            (void)entry.second.item.release(); // the scene deletes it
    clear(); // the items outside a scene
}

void CanvasItems::reserve(int nodes, int links)
{
    m_owned.reserve(size_t(nodes + links));
    m_nodes.reserve(nodes);
    m_links.reserve(links);
}

int CanvasItems::order(const QString &id) const
{
    const auto it = m_owned.find(id);
    return it == m_owned.end() ? -1 : it->second.order;
}

} // namespace sw
