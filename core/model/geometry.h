// Where each node is drawn, in scene coordinates. The canvas and the picture
// exporters both use it, so a PNG looks like the canvas.
//  - leaf nodes have a fixed size by kind;
//  - servers and zones grow to hold their children (a header for the title);
//  - clusters are drawn around their members (a load balancer's server).
#pragma once

#include "core/model/design.h"

#include <QHash>
#include <QRectF>

namespace sw {

namespace Geo {
constexpr double kHeader = 30;      // title band of servers and zones
constexpr double kPadding = 10;     // inside a server
constexpr double kZonePadding = 20; // inside a zone
constexpr double kClusterMargin = 14;
constexpr double kGrid = 10;
QSizeF leafSize(Kind kind);
QSizeF minimumContainerSize(Kind kind);
bool isContainer(Kind kind); // server, zone
} // namespace Geo

class DiagramGeometry {
public:
    DiagramGeometry() = default;
    explicit DiagramGeometry(const Design &design) { compute(design); }
    void compute(const Design &design);

    QRectF rect(const QString &id) const { return m_rects.value(id); }
    bool contains(const QString &id) const { return m_rects.contains(id); }
    // Bounding rectangle of everything.
    QRectF bounds() const { return m_bounds; }
    // Ids in painting order: zones, clusters, servers, then the rest; parents before children.
    const QStringList &paintOrder() const { return m_order; }

    // Where a link between two rects attaches: on the border of each rect,
    // along the line between their centres.
    static std::pair<QPointF, QPointF> linkEnds(const QRectF &from, const QRectF &to);

private:
    QRectF computeRect(const Design &d, const Node &n, int depth);
    QHash<QString, QRectF> m_rects;
    QHash<QString, QStringList> m_children;
    QStringList m_order;
    QRectF m_bounds;
};

// Gives every node without a position one: services stack inside their
// server, top-level nodes go into columns by tier (internet, entry, web, app,
// database, monitoring). A quick placement for designs that arrive without
// positions; the Graphviz layout does better.
void placeUnpositioned(Design &design);

} // namespace sw
