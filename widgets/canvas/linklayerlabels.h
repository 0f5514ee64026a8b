// The link labels of the on-screen link layer, each distinct label painted
// once per zoom into a small image (a "sprite") and then copied wherever a
// link carries it: a frame after a jump shows hundreds of labels but only a
// handful of different ones ("HTTPS 443", "MySQL 3306"), and a rounded,
// outlined rectangle with shaped text costs far more than a copy.
//
// A sprite is painted at the device scale of the frame (crisp at every zoom)
// and placed on whole device pixels: the label is where a direct paint puts
// it to within half a device pixel, the same wherever the view is scrolled
// (a scroll moves by whole pixels), so a patched or scrolled layer shows the
// same pixels as a fresh one. Exports and prints paint labels directly.
#pragma once

#include "look/nodepainter.h"

#include <QImage>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <unordered_map>

namespace sw {

class LinkLabelSprites {
public:
    // Sprites from now on for a zoom of `zoom` on a device of `dpr`, painted
    // with `hints`; `version` changes with the look (style, fonts): any change
    // drops the sprites made before.
    void use(double zoom, qreal dpr, QPainter::RenderHints hints, quint64 version);
    void clear() { m_sprites.clear(); }
    // The sprite of a label of `size` (scene units) drawn with `look`.
    // Not thread-safe: call before the tiles are painted (they only read).
    QImage sprite(const NodePainter &np, const QSizeF &size, const LinkLook &look);
    // Where the sprite of a label whose rect starts at `deviceTopLeft`
    // (device pixels) goes, in device pixels.
    static QPoint placeAt(const QPointF &deviceTopLeft);
    // Sprites kept now (bounded: see linklayerlabels.cpp).
    int count() const { return int(m_sprites.size()); }

private:
    double m_zoom = 0;
    qreal m_dpr = 1;
    QPainter::RenderHints m_hints;
    quint64 m_version = 0;
    std::unordered_map<QString, QImage> m_sprites;
};

} // namespace sw
