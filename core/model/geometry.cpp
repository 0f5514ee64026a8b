#include "core/model/geometry.h"

#include "core/model/propertykeys.h"

#include <QLineF>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <utility>

namespace sw {

QSizeF Geo::leafSize(Kind kind)
{
    const KindInfo &k = kindInfo(kind);
    return {k.width, k.height};
}

// A container starts at its leaf size and grows around its children.
QSizeF Geo::minimumContainerSize(Kind kind) { return leafSize(kind); }

bool Geo::isContainer(Kind kind) { return isContainerKind(kind); }

void DiagramGeometry::compute(const Design &d)
{
    m_rects.clear();
    m_children.clear();
    m_order.clear();
    m_rects.reserve(int(d.nodes().size()));
    for (const Node &n : d.nodes())
        if (!n.parent.isEmpty())
            m_children[n.parent].append(n.id);
    for (const Node &n : d.nodes())
        if (n.kind != Kind::Cluster && !m_rects.contains(n.id))
            computeRect(d, n, 0);
    // Clusters last: around their members' servers.
    for (const Node &n : d.nodes()) {
        if (n.kind != Kind::Cluster)
            continue;
        QRectF r;
        for (const QString &m : n.propList(keys::members)) {
            const QString s = d.serverOf(m);
            const QRectF mr = m_rects.value(s.isEmpty() ? m : s);
            if (!mr.isNull())
                r = r.isNull() ? mr : r.united(mr);
        }
        if (r.isNull())
            r = QRectF(d.scenePos(n.id), Geo::leafSize(Kind::Cluster));
        else
            r.adjust(-Geo::kClusterMargin, -Geo::kClusterMargin - 18, Geo::kClusterMargin, Geo::kClusterMargin);
        m_rects.insert(n.id, r);
    }
    // Painting order: by the catalog's layer (zones, clusters, servers, the rest).
    for (int layer = 0; layer <= 3; ++layer)
        for (const Node &n : d.nodes())
            if (kindInfo(n.kind).layer == layer)
                m_order.append(n.id);
    m_bounds = QRectF();
    for (const QRectF &r : std::as_const(m_rects))
        m_bounds = m_bounds.isNull() ? r : m_bounds.united(r);
}

QRectF DiagramGeometry::computeRect(const Design &d, const Node &n, int depth)
{
    if (auto it = m_rects.constFind(n.id); it != m_rects.constEnd())
        return *it;
    const QPointF topLeft = d.scenePos(n.id);
    QRectF r(topLeft, Geo::leafSize(n.kind));
    if (Geo::isContainer(n.kind) && depth < 16) {
        const double pad = n.kind == Kind::Zone ? Geo::kZonePadding : Geo::kPadding;
        QRectF inner;
        for (const QString &c : m_children.value(n.id)) {
            const Node *child = d.node(c);
            if (!child)
                continue;
            const QRectF cr = computeRect(d, *child, depth + 1);
            inner = inner.isNull() ? cr : inner.united(cr);
        }
        const QSizeF min = Geo::minimumContainerSize(n.kind);
        double w = min.width(), h = min.height();
        if (!inner.isNull()) {
            w = std::max(w, inner.right() - topLeft.x() + pad);
            h = std::max(h, inner.bottom() - topLeft.y() + pad);
        }
        r = QRectF(topLeft, QSizeF(w, h));
    }
    m_rects.insert(n.id, r);
    return r;
}

std::pair<QPointF, QPointF> DiagramGeometry::linkEnds(const QRectF &from, const QRectF &to)
{
    const QPointF a = from.center(), b = to.center();
    auto clip = [](const QRectF &r, const QPointF &inside, const QPointF &outside) {
        const QLineF line(inside, outside);
        const QLineF edges[4] = {{r.topLeft(), r.topRight()}, {r.topRight(), r.bottomRight()},
                                 {r.bottomRight(), r.bottomLeft()}, {r.bottomLeft(), r.topLeft()}};
        for (const QLineF &e : edges) {
            QPointF p;
            if (line.intersects(e, &p) == QLineF::BoundedIntersection)
                return p;
        }
        return inside;
    };
    return {clip(from, a, b), clip(to, b, a)};
}

namespace {

// The column of the quick placement (the catalog's `column`): a server takes
// its earliest service's, a service outside any server the middle one.
int tierOf(const Design &d, const Node &n)
{
    const KindInfo &k = kindInfo(n.kind);
    if (k.container && k.kind == Kind::Server) {
        int column = k.column;
        for (const QString &cid : d.children(n.id))
            if (const Node *c = d.node(cid); c && isService(c->kind) && kindInfo(c->kind).column >= 0)
                column = std::min(column, kindInfo(c->kind).column);
        return column;
    }
    if (isService(n.kind))
        return 3;
    return std::clamp(k.column, 0, 6);
}

} // namespace

void placeUnpositioned(Design &d)
{
    // Children inside containers first, so the containers' sizes are known.
    // Below any positioned children: one pass finds each parent's bottom.
    QHash<QString, double> nextY;
    for (const Node &s : d.nodes())
        if (!s.parent.isEmpty() && s.hasPos) {
            double &bottom = nextY[s.parent];
            bottom = std::max({bottom, double(Geo::kHeader), s.pos.y() + Geo::leafSize(s.kind).height() + 8});
        }
    for (const Node &cn : d.nodes()) {
        if (cn.hasPos || cn.parent.isEmpty())
            continue;
        Node *n = d.nodeForEdit(cn.id); // position only: the indexes stay valid
        const Node *p = std::as_const(d).node(n->parent);
        const bool zone = p && p->kind == Kind::Zone;
        const double pad = zone ? Geo::kZonePadding : Geo::kPadding;
        double &y = nextY[n->parent];
        if (y == 0)
            y = Geo::kHeader;
        n->pos = QPointF(pad, y);
        n->hasPos = true;
        y += (Geo::isContainer(n->kind) ? 140 : Geo::leafSize(n->kind).height()) + 8;
    }
    // Top-level nodes in columns by tier.
    DiagramGeometry geo(d);
    double colX[7];
    for (int i = 0; i < 7; ++i)
        colX[i] = 40 + i * 280;
    double colY[7] = {40, 40, 40, 40, 40, 40, 40};
    for (const Node &n : d.nodes())
        if (n.parent.isEmpty() && n.hasPos && n.kind != Kind::Cluster) {
            const int t = tierOf(d, n);
            colY[t] = std::max(colY[t], geo.rect(n.id).bottom() + 40);
        }
    for (const Node &cn : d.nodes()) {
        if (cn.hasPos || !cn.parent.isEmpty())
            continue;
        Node *n = d.nodeForEdit(cn.id); // position only
        const int t = tierOf(d, *n);
        n->pos = QPointF(colX[t], colY[t]);
        n->hasPos = true;
        // A node's size does not depend on its own position.
        colY[t] += geo.rect(n->id).height() + 40;
    }
}

} // namespace sw
