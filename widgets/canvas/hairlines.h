// One-pixel, aliased, opaque lines written straight into a QImage: what
// QPainter draws with QPen(colour, 0) and antialiasing off, seven times
// faster. The canvas's link layer uses it for the long links that cross the
// view by the thousand in big designs; everything else goes through QPainter.
#pragma once

#include <QImage>
#include <QLineF>
#include <QRectF>
#include <QTransform>
#include <QVector>

class QPainter;

namespace sw {

// Whether drawHairlines() can paint for `p`: a painter on a 32-bit QImage,
// without clipping or a composition mode, scaled and moved only.
bool canDrawHairlines(const QPainter *p);

// Draws `lines` (in the painter's logical coordinates) in `colour` (opaque)
// on the image `p` paints on. The pixel of each column (or row, for steep
// lines) is the one whose centre is nearest the line, computed from the whole
// line: a part of the image painted on its own gets the same pixels.
// With `only` (logical coordinates, not null), lines whose bounding box
// misses it are left out before any work: `only` must cover the image with
// a margin of a pixel or more (a tile of a tall view skips most lines).
void drawHairlines(QPainter *p, const QVector<QLineF> &lines, QRgb colour, const QRectF &only = QRectF());

} // namespace sw
