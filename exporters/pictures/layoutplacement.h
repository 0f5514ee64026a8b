// The parts of the auto-layout that need no Graphviz: services stacked inside
// their servers, and free spots for new nodes next to what is already placed.
#pragma once

#include "core/model/design.h"

#include <QHash>
#include <QRectF>
#include <QVector>

namespace sw {

class DesignIndex;

namespace layout {

// Stacks the children of every server (all of them, or only those without a
// position, below the placed ones) and, when `onlyUnplaced`, the unplaced
// children of zones too. Writes the positions into `design` and `out`.
void stackChildren(Design &design, const DesignIndex &index, bool onlyUnplaced, QHash<QString, QPointF> *out);

// Moves `wanted` down (then right) until it keeps `gap` from every rect in
// `taken`; returns its top-left.
QPointF freeSpot(QRectF wanted, const QVector<QRectF> &taken, double gap = 24);

} // namespace layout
} // namespace sw
