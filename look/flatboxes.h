// Many nodes drawn small and flat, as NodePainter::paintNode() draws one at
// Detail::Low (a rectangle in the kind's colour; a container filled with an
// outline; a cluster as a dashed outline; selected and highlighted marks),
// but batched: one QPainter::drawRects() per layer and look instead of
// painter calls per node. The minimap draws the whole design with it.
#pragma once

#include "core/model/kinds.h"
#include "look/style.h"

#include <QRectF>
#include <vector>

class QImage;
class QPainter;

namespace sw {

struct FlatBox {
    QRectF rect;          // in the painter's coordinates
    int order = 0;        // painted in rising order (boxes under what they hold)
    Kind kind = Kind::Note;
    bool selected = false;
    bool highlighted = false;
    bool failed = false;
};

// Paints `boxes` with `style`: every box of a lower order before any of a
// higher one; within one order, grouped by look (the same boxes give the
// same picture whatever else is in `boxes`).
void paintFlatBoxes(QPainter *p, const std::vector<FlatBox> &boxes, const Style &style);

// The image `p` paints on when its pixels can be written straight (a 32-bit
// image of its own, no clip, opacity or composition, scaled and moved only),
// else null. The boxes above and the canvas's hairlines write so.
const QImage *directImage(const QPainter *p);

} // namespace sw
