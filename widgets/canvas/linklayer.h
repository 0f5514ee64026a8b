// The links of the canvas, painted in one pass above the nodes.
//
// LinkItems paint nothing themselves (they are there for selection and hit
// tests): CanvasScene::drawForeground() hands every link to paintLinks(), or
// on screen to a LinkLayer, which keeps the last frame's links in an image:
//   - a frame with the same view and links costs one blit;
//   - a scroll (same zoom) shifts the image and paints only the strips that
//     came into view;
//   - a changed link (an edit, a drag's links entering or leaving the live
//     set) is marked with invalidate(): the next frame paints again only
//     the tiles along where it was and is (a thin band along its line, its
//     arrowhead and label), every link meeting them included;
//   - anything else (zoom, a jump, a new look) repaints the whole image: the
//     links are sorted once, then painted tile by tile (rows of 64 device
//     pixels, each kept in the cache while thousands of long lines cross
//     it), the tiles shared out between two threads.
// That works because a link looks the same whatever part of it is painted:
// nothing in paintLinks() depends on what the view shows. On screen the
// labels are copies of sprites painted once per zoom and look
// (linklayerlabels.h), placed on whole device pixels; a tile draws only the
// long hairlines whose bounds meet it.
#pragma once

#include "look/nodepainter.h"
#include "widgets/canvas/linklayerlabels.h"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QRectF>
#include <QSet>
#include <QTransform>
#include <vector>

namespace sw {

class LinkItem;
using LinkMap = QHash<QString, LinkItem *>;
using LiveLinks = std::vector<const LinkItem *>;
struct PreparedLinks;

// Paints every visible link of `links` whose bounds meet `exposed` (scene
// coordinates): all lines (batched per colour and width), then the
// arrowheads, then the labels in id order. With `screen`, links longer than
// a few screens are drawn as aliased hairlines (a wall of long lines costs
// ten times less and shows the same); exports and prints get full lines.
void paintLinks(QPainter *p, const QRectF &exposed, const LinkMap &links, const NodePainter &np, bool screen);

class LinkLayer {
public:
    // How the last paint() made its image.
    enum class Update { Reused, Scrolled, Repainted, Patched };

    // Paints `links` but those in `live` from the cached image (made anew
    // only as needed, see above), then the `live` ones (the links of dragged
    // nodes, marked LinkItem::isLive()) straight on top. `version` changes
    // whenever a link of `links` but the live ones changes.
    void paint(QPainter *painter, const QRectF &exposed, const LinkMap &links, const LiveLinks &live,
               quint64 version, const NodePainter &np);
    void clear();
    // Marks where `link` is drawn now (line, arrowhead, label) to be painted
    // anew by the next paint(): call it before and after the link changes.
    void invalidate(const LinkItem *link);
    Update lastUpdate() const { return m_last; }
    // Tiles painted by the last paint() (0 when the image was reused).
    int tilesPainted() const { return m_last == Update::Reused ? 0 : m_tiles; }

private:
    // Clears and paints `area` (device pixels) of m_image: every link but the live ones when `skipLive`.
    void repaintRect(const QRect &area, const LinkMap &links, bool skipLive, const NodePainter &np);
    // Clears and paints `tiles` (device pixels, each at most kTileRows high) of m_image.
    void repaintTiles(const QVector<QRect> &tiles, const LinkMap &links, bool skipLive, const NodePainter &np);
    // The tiles of m_image that cover the invalidated links (see invalidate()).
    QVector<QRect> dirtyTiles(const NodePainter &np) const;
    // Clears and paints the pixels of `tile` of m_image, whose pixels are `bits`.
    void repaintTile(uchar *bits, const QRect &tile, const PreparedLinks &prepared, const NodePainter &np);
    QRectF sceneRectOf(const QRect &pixels) const;

    QImage m_image;                 // device pixels, transparent where no link is
    const QPaintDevice *m_device = nullptr;
    QTransform m_transform;         // scene -> device (logical pixels) of m_image
    quint64 m_version = 0;
    QPainter::RenderHints m_paintedHints;  // the view's hints m_image was painted with
    Update m_last = Update::Repainted;
    int m_tiles = 0;
    // Where invalidated links were drawn (scene coordinates), until the next paint().
    struct Dirty {
        QPointF a, b;
        QRectF label;
    };
    QVector<Dirty> m_dirty;
    LinkLabelSprites m_labels;      // the labels, painted once per zoom and look
    bool m_dirtyAll = false; // too many: everything anew
};

} // namespace sw
