#include "look/designpainter.h"

#include <QPainter>

namespace sw {

std::pair<QPointF, QPointF> linkEndPoints(const DiagramGeometry &geometry, const Link &link)
{
    return DiagramGeometry::linkEnds(geometry.rect(link.from), geometry.rect(link.to));
}

void paintDesign(QPainter *p, const Design &design, const DiagramGeometry &geometry, const NodePainter &painter,
                 const DesignPaintOptions &options)
{
    p->save();
    if (options.background) {
        const double m = options.margin;
        p->fillRect(geometry.bounds().adjusted(-m, -m, m, m), painter.style().background);
    }
    p->setRenderHint(QPainter::Antialiasing, options.detail != Detail::Low);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    p->setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const QString &id : geometry.paintOrder()) {
        const Node *n = design.node(id);
        if (!n)
            continue;
        painter.paintNode(p, geometry.rect(id), NodeLook::of(*n, options.overlay, options.selected.contains(id)),
                          options.detail);
    }
    for (const Link &l : design.links()) {
        if (!geometry.contains(l.from) || !geometry.contains(l.to))
            continue;
        const auto ends = linkEndPoints(geometry, l);
        painter.paintLink(p, ends.first, ends.second, LinkLook::of(l, options.overlay, options.selected.contains(l.id)),
                          options.detail);
    }
    p->restore();
}

} // namespace sw
