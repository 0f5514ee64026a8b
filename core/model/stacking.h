// The canvas's stacking rules, without a scene: which box a node dropped at
// a point goes into, where it lands among the box's children, how big a box
// grows around its children, the outline of a cluster around its members,
// and which kinds are drawn above which. CanvasScene and CanvasEditor ask
// these with the rects of their items; tests ask them with plain rects.
// (Where new nodes go in the model and how a grown box pushes its siblings
// aside: core/model/placement.h.)
#pragma once

#include "core/model/kinds.h"

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>

namespace sw::Stacking {

// Painting layer of a kind (higher is drawn on top): zones, then clusters,
// then servers, then everything else.
int layer(Kind kind);

// A box on the canvas that may take a dropped node.
struct Box {
    QString id;
    Kind kind = Kind::Server;
    QRectF sceneRect;   // the node's rect in scene coordinates
    int depth = 0;      // boxes around it (0: top level)
    int order = 0;      // creation order: later is drawn above earlier at the same depth and layer
    bool excluded = false; // the dragged node itself, or inside it
};

// The box a node of `kind` dropped at `point` goes into: the innermost box
// that contains the point and may hold the kind; between boxes equally deep,
// the one drawn on top. -1 when none.
int containerAt(const QVector<Box> &boxes, const QPointF &point, Kind kind);

// Where a node of `kind` goes in a box of `boxKind` whose children have the
// rects `children` (box coordinates): `wanted` (kept below the title band and
// inside the padding) when nothing is there, else the first free place in a
// column under the header, as a server stacks its services (a zone, being
// wide, has four columns).
QPointF freeSpotIn(Kind boxKind, const QVector<QRectF> &children, Kind kind, const QPointF &wanted);

// The size of a box of `kind` holding children with the rects `children`
// (box coordinates): at least the kind's minimum, and the padding right of
// and below the last child.
QSizeF containerSize(Kind kind, const QVector<QRectF> &children);

// A cluster's outline around its members' rects (their servers' rects), with
// a margin and a title band; when it has no member drawn, a box of the
// cluster's own size at `fallbackTopLeft`.
QRectF clusterRect(const QVector<QRectF> &members, const QPointF &fallbackTopLeft);

} // namespace sw::Stacking
