#include "exporters/pictures/layoutplacement.h"

#include "core/model/geometry.h"
#include "exporters/pictures/tiers.h"

namespace sw::layout {

void stackChildren(Design &d, const DesignIndex &index, bool onlyUnplaced, QHash<QString, QPointF> *out)
{
    for (const Node &container : d.nodes()) {
        const bool server = container.kind == Kind::Server;
        if (!server && !(onlyUnplaced && container.kind == Kind::Zone))
            continue;
        const QStringList &kids = index.children(container.id);
        if (kids.isEmpty())
            continue;
        const double pad = server ? Geo::kPadding : Geo::kZonePadding;
        double y = Geo::kHeader;
        if (onlyUnplaced) {
            for (const QString &c : kids)
                if (const Node *cn = d.node(c); cn && cn->hasPos)
                    y = std::max(y, cn->pos.y() + Geo::leafSize(cn->kind).height() + 8);
        }
        for (const QString &c : kids) {
            Node *cn = d.node(c);
            if (!cn || (onlyUnplaced && cn->hasPos))
                continue;
            cn->pos = QPointF(pad, y);
            cn->hasPos = true;
            out->insert(c, cn->pos);
            y += (Geo::isContainer(cn->kind) ? Geo::minimumContainerSize(cn->kind).height()
                                              : Geo::leafSize(cn->kind).height())
                 + 8;
        }
    }
}

QPointF freeSpot(QRectF wanted, const QVector<QRectF> &taken, double gap)
{
    for (int attempt = 0; attempt < 4000; ++attempt) {
        const QRectF padded = wanted.adjusted(-gap, -gap, gap, gap);
        bool clash = false;
        for (const QRectF &t : taken) {
            if (t.intersects(padded)) {
                wanted.moveTop(t.bottom() + gap + 1);
                clash = true;
                break;
            }
        }
        if (!clash)
            return wanted.topLeft();
    }
    return wanted.topLeft();
}

} // namespace sw::layout
