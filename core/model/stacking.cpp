#include "core/model/stacking.h"

#include "core/model/geometry.h"

#include <algorithm>
#include <tuple>

namespace sw::Stacking {

namespace {
constexpr double kGap = 8; // between two boxes inside a container
constexpr double kClusterTitle = 18;
} // namespace

int layer(Kind kind)
{
    return kindInfo(kind).layer; // the catalog: zones, clusters, servers, the rest
}

int containerAt(const QVector<Box> &boxes, const QPointF &point, Kind kind)
{
    int best = -1;
    for (int i = 0; i < boxes.size(); ++i) {
        const Box &b = boxes[i];
        if (b.excluded || !Geo::isContainer(b.kind) || !canContain(b.kind, kind) || !b.sceneRect.contains(point))
            continue;
        if (best < 0) {
            best = i;
            continue;
        }
        const Box &o = boxes[best];
        // The innermost box wins (a zone inside a zone); then the one on top.
        const auto rank = [](const Box &x) { return std::make_tuple(x.depth, layer(x.kind), x.order); };
        if (rank(b) > rank(o))
            best = i;
    }
    return best;
}

QPointF freeSpotIn(Kind boxKind, const QVector<QRectF> &children, Kind kind, const QPointF &wanted)
{
    const double pad = boxKind == Kind::Zone ? Geo::kZonePadding : Geo::kPadding;
    const QSizeF size = Geo::leafSize(kind);
    QVector<QRectF> taken;
    taken.reserve(children.size());
    for (const QRectF &c : children)
        taken << c.adjusted(-kGap / 2, -kGap / 2, kGap / 2, kGap / 2);
    auto isFree = [&](const QPointF &p) {
        const QRectF r(p, size);
        return std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(r); });
    };
    const QPointF p(std::max(wanted.x(), pad), std::max(wanted.y(), Geo::kHeader));
    if (isFree(p))
        return p;
    const int columns = boxKind == Kind::Zone ? 4 : 1;
    for (int row = 0; row < 1000; ++row)
        for (int col = 0; col < columns; ++col) {
            const QPointF q(pad + col * (size.width() + 2 * kGap), Geo::kHeader + row * (size.height() + kGap));
            if (isFree(q))
                return q;
        }
    return p;
}

QSizeF containerSize(Kind kind, const QVector<QRectF> &children)
{
    const double pad = kind == Kind::Zone ? Geo::kZonePadding : Geo::kPadding;
    const QSizeF min = Geo::minimumContainerSize(kind);
    double w = min.width(), h = min.height();
    for (const QRectF &c : children) {
        w = std::max(w, c.right() + pad);
        h = std::max(h, c.bottom() + pad);
    }
    return QSizeF(w, h);
}

QRectF clusterRect(const QVector<QRectF> &members, const QPointF &fallbackTopLeft)
{
    QRectF r;
    for (const QRectF &m : members)
        r = r.isNull() ? m : r.united(m);
    if (r.isNull())
        return QRectF(fallbackTopLeft, Geo::leafSize(Kind::Cluster));
    return r.adjusted(-Geo::kClusterMargin, -Geo::kClusterMargin - kClusterTitle, Geo::kClusterMargin,
                      Geo::kClusterMargin);
}

} // namespace sw::Stacking
