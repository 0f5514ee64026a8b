// Paints a whole design (for the picture exporters and thumbnails): nodes in
// DiagramGeometry's paint order, then the links on top, as the canvas shows it.
//
//   DiagramGeometry geo(design);
//   QImage img(...); QPainter p(&img);
//   p.translate(-geo.bounds().topLeft() + QPointF(margin, margin));
//   paintDesign(&p, design, geo, NodePainter(Style::light()));
#pragma once

#include "core/model/geometry.h"
#include "look/nodepainter.h"

#include <QSet>

namespace sw {

struct DesignPaintOptions {
    const Overlay *overlay = nullptr;  // badges, failed, highlighted, run states
    QSet<QString> selected;            // drawn with the selection outline
    Detail detail = Detail::Full;
    bool background = true;            // fill geometry.bounds() (plus margin) with the background colour
    double margin = 20;                // around the bounds, for the background
};

void paintDesign(QPainter *p, const Design &design, const DiagramGeometry &geometry, const NodePainter &painter,
                 const DesignPaintOptions &options = {});

// Where a link is drawn, from the geometry (both ends on the border of their nodes).
std::pair<QPointF, QPointF> linkEndPoints(const DiagramGeometry &geometry, const Link &link);

} // namespace sw
