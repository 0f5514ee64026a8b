#include "core/model/design.h"

#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <cstring>

namespace sw {

size_t IdHash::operator()(const QString &id) const noexcept
{
    static const quint64 seed = QRandomGenerator::system()->generate64() | 1;
    auto mix = [](quint64 h, quint64 v) {
        h ^= v;
        h *= 0x9E3779B97F4A7C15ull;
        return h ^ (h >> 32);
    };
    quint64 h = seed ^ quint64(id.size());
    const char *p = reinterpret_cast<const char *>(id.constData());
    qsizetype bytes = id.size() * qsizetype(sizeof(QChar));
    for (; bytes >= 8; bytes -= 8, p += 8) {
        quint64 v;
        std::memcpy(&v, p, 8);
        h = mix(h, v);
    }
    if (bytes > 0) {
        quint64 v = 0;
        std::memcpy(&v, p, size_t(bytes));
        h = mix(h, v);
    }
    h = mix(h, seed);
    return size_t(h);
}

struct Design::NodeIndex {
    QHash<QString, QVector<int>> children; // parent id -> node indexes, in document order
    QHash<int, QVector<int>> byKind;       // Kind -> node indexes, in document order
};

struct Design::LinkIndex {
    QHash<QString, QVector<int>> from; // node id -> link indexes, in document order
    QHash<QString, QVector<int>> to;
};

std::shared_ptr<const Design::NodeIndex> Design::nodeIndexes() const
{
    std::shared_ptr<const NodeIndex> ix = std::atomic_load(&m_byNode.p);
    if (ix)
        return ix;
    auto built = std::make_shared<NodeIndex>();
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        const Node &n = m_nodes[size_t(i)];
        built->children[n.parent].append(i); // "" holds the top level
        built->byKind[int(n.kind)].append(i);
    }
    ix = std::move(built);
    std::atomic_store(&m_byNode.p, ix);
    return ix;
}

std::shared_ptr<const Design::LinkIndex> Design::linkIndexes() const
{
    std::shared_ptr<const LinkIndex> ix = std::atomic_load(&m_byLink.p);
    if (ix)
        return ix;
    auto built = std::make_shared<LinkIndex>();
    for (int i = 0; i < int(m_links.size()); ++i) {
        const Link &l = m_links[size_t(i)];
        built->from[l.from].append(i);
        built->to[l.to].append(i);
    }
    ix = std::move(built);
    std::atomic_store(&m_byLink.p, ix);
    return ix;
}

QVariant Node::prop(const QString &key) const
{
    auto it = props.constFind(key);
    if (it != props.constEnd())
        return *it;
    if (const PropertySpec *spec = kindInfo(kind).prop(key))
        return spec->defaultValue;
    return {};
}

bool Node::operator==(const Node &o) const
{
    return id == o.id && kind == o.kind && label == o.label && parent == o.parent
           && hasPos == o.hasPos && (!hasPos || pos == o.pos) && props == o.props;
}

bool Link::operator==(const Link &o) const
{
    return id == o.id && from == o.from && to == o.to && protocol == o.protocol && port == o.port
           && label == o.label;
}

const Node *Design::node(const QString &id) const
{
    const int i = nodeIndex(id);
    return i < 0 ? nullptr : &m_nodes[size_t(i)];
}

Node *Design::node(const QString &id)
{
    dropNodeIndexes();
    return nodeForEdit(id);
}

Node *Design::nodeForEdit(const QString &id)
{
    const int i = nodeIndex(id);
    return i < 0 ? nullptr : &m_nodes[size_t(i)];
}

const Link *Design::link(const QString &id) const
{
    const int i = linkIndex(id);
    return i < 0 ? nullptr : &m_links[size_t(i)];
}

Link *Design::link(const QString &id)
{
    dropLinkIndexes();
    const int i = linkIndex(id);
    return i < 0 ? nullptr : &m_links[size_t(i)];
}

void Design::reserve(int nodes, int links)
{
    m_nodes.reserve(size_t(nodes));
    m_links.reserve(size_t(links));
    m_nodeIndex.reserve(size_t(nodes));
    m_linkIndex.reserve(size_t(links));
}

void Design::insertNode(Node node, int index)
{
    Q_ASSERT(!hasId(node.id));
    dropNodeIndexes();
    if (index < 0 || index >= int(m_nodes.size())) {
        m_nodeIndex.insert_or_assign(node.id, int(m_nodes.size()));
        m_nodes.push_back(std::move(node));
        return;
    }
    m_nodes.insert(m_nodes.begin() + index, std::move(node));
    reindexNodes(index);
}

void Design::insertLink(Link link, int index)
{
    Q_ASSERT(!hasId(link.id));
    dropLinkIndexes();
    if (index < 0 || index >= int(m_links.size())) {
        m_linkIndex.insert_or_assign(link.id, int(m_links.size()));
        m_links.push_back(std::move(link));
        return;
    }
    m_links.insert(m_links.begin() + index, std::move(link));
    reindexLinks(index);
}

int Design::removeNode(const QString &id)
{
    const int i = nodeIndex(id);
    if (i < 0)
        return -1;
    dropNodeIndexes();
    m_nodeIndex.erase(id);
    m_nodes.erase(m_nodes.begin() + i);
    reindexNodes(i);
    return i;
}

int Design::removeLink(const QString &id)
{
    const int i = linkIndex(id);
    if (i < 0)
        return -1;
    dropLinkIndexes();
    m_linkIndex.erase(id);
    m_links.erase(m_links.begin() + i);
    reindexLinks(i);
    return i;
}

void Design::reindexNodes(int from)
{
    for (int i = from; i < int(m_nodes.size()); ++i)
        m_nodeIndex.insert_or_assign(m_nodes[size_t(i)].id, i);
}

void Design::reindexLinks(int from)
{
    for (int i = from; i < int(m_links.size()); ++i)
        m_linkIndex.insert_or_assign(m_links[size_t(i)].id, i);
}

QStringList Design::children(const QString &id) const
{
    QStringList out;
    const auto ix = nodeIndexes();
    const auto it = ix->children.constFind(id);
    if (it == ix->children.constEnd())
        return out;
    out.reserve(it->size());
    for (int i : *it)
        out.append(m_nodes[size_t(i)].id);
    return out;
}

QStringList Design::subtree(const QString &id) const
{
    // Linear: one pass finds every node's children, then one walk down (a
    // node seen twice, on a cycle of parents, is not followed again).
    QHash<QString, QVector<int>> kids;
    for (int i = 0; i < int(m_nodes.size()); ++i)
        if (!m_nodes[size_t(i)].parent.isEmpty())
            kids[m_nodes[size_t(i)].parent].append(i);
    QStringList out{id};
    QSet<QString> seen{id};
    for (qsizetype i = 0; i < out.size(); ++i) {
        const auto it = kids.constFind(out[i]);
        if (it == kids.constEnd())
            continue;
        for (int k : *it) {
            const QString &child = m_nodes[size_t(k)].id;
            if (!seen.contains(child)) {
                seen.insert(child);
                out.append(child);
            }
        }
    }
    return out;
}

QStringList Design::linksOf(const QString &nodeId) const
{
    const auto ix = linkIndexes();
    QVector<int> all = ix->from.value(nodeId) + ix->to.value(nodeId);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    QStringList out;
    out.reserve(all.size());
    for (int i : all)
        out.append(m_links[size_t(i)].id);
    return out;
}

QVector<const Link *> Design::linksFrom(const QString &nodeId) const
{
    QVector<const Link *> out;
    const auto ix = linkIndexes();
    for (int i : ix->from.value(nodeId))
        out.append(&m_links[size_t(i)]);
    return out;
}

QVector<const Link *> Design::linksTo(const QString &nodeId) const
{
    QVector<const Link *> out;
    const auto ix = linkIndexes();
    for (int i : ix->to.value(nodeId))
        out.append(&m_links[size_t(i)]);
    return out;
}

QString Design::serverOf(const QString &id) const
{
    const Node *n = node(id);
    int guard = 0;
    while (n && guard++ < 64) {
        if (n->kind == Kind::Server)
            return n->id;
        n = n->parent.isEmpty() ? nullptr : node(n->parent);
    }
    return {};
}

QVector<const Node *> Design::nodesOfKind(Kind kind) const
{
    QVector<const Node *> out;
    const auto ix = nodeIndexes();
    const auto it = ix->byKind.constFind(int(kind));
    if (it == ix->byKind.constEnd())
        return out;
    out.reserve(it->size());
    for (int i : *it)
        out.append(&m_nodes[size_t(i)]);
    return out;
}

QPointF Design::scenePos(const QString &id) const
{
    QPointF p;
    const Node *n = node(id);
    int guard = 0;
    while (n && guard++ < 64) {
        p += n->pos;
        n = n->parent.isEmpty() ? nullptr : node(n->parent);
    }
    return p;
}

QString Design::uniqueId(const QString &base) const
{
    QString stem = base;
    if (!isValidId(stem))
        stem = QStringLiteral("n");
    if (!hasId(stem))
        return stem;
    for (int i = 2;; ++i) {
        const QString c = QStringLiteral("%1-%2").arg(stem.left(56)).arg(i);
        if (!hasId(c))
            return c;
    }
}

bool Design::operator==(const Design &o) const
{
    return name == o.name && profile == o.profile && suppressions == o.suppressions
           && extensions == o.extensions && m_nodes == o.m_nodes && m_links == o.m_links;
}

} // namespace sw
