#include "widgets/canvas/linklayer.h"

#include "widgets/canvas/hairlines.h"
#include "widgets/canvas/linklayerlabels.h"
#include "widgets/items/linkitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <atomic>
#include <climits>
#include <cmath>
#include <cstring>
#include <map>
#include <thread>
#include <vector>

namespace sw {

namespace {
// On screen, a link longer than this (device pixels) is drawn as a hairline.
constexpr double kLongLink = 3000;
// Fewer links than this: no second thread for a repaint.
constexpr int kThreadedLinks = 400;
// Rows of a tile: a tile's pixels stay in the cache while the thousands of
// steep lines that cross a big design's view are drawn into it (a whole view
// at once missed the cache and the TLB on nearly every pixel).
constexpr int kTileRows = 64;
// More invalidated links than this before a frame: the whole image anew.
constexpr int kMostDirty = 2000;
// Device pixels along a line per dirty piece (a long line is a chain of small rects).
constexpr int kPieceLength = 32;
} // namespace

// Lines of one look, drawn with one call.
struct LinkPenKey {
    QRgb rgb;
    int width100; // pen width x 100; 0 = hairline
    bool operator<(const LinkPenKey &o) const { return rgb != o.rgb ? rgb < o.rgb : width100 < o.width100; }
};

// A frame's links sorted once into what each tile then paints.
struct PreparedLinks {
    std::map<LinkPenKey, QVector<QLineF>> hairlines, lines;
    std::vector<const LinkItem *> special, arrows, labels;
    // On screen: one sprite per label (as `labels`; empty: labels painted directly).
    std::vector<QImage> labelSprites;
    double arrow = 0;
};

namespace {
// Moves the pixels of `img` by (dx, dy); what comes into view is left as it was.
void shiftPixels(QImage &img, int dx, int dy)
{
    const int w = img.width(), h = img.height();
    const qsizetype bpl = img.bytesPerLine();
    const int bpp = img.depth() / 8;
    const size_t count = size_t(w - std::abs(dx)) * size_t(bpp);
    uchar *bits = img.bits();
    auto move = [&](int y) {
        uchar *dst = bits + y * bpl + std::max(dx, 0) * bpp;
        const uchar *src = bits + (y - dy) * bpl + std::max(-dx, 0) * bpp;
        std::memmove(dst, src, count);
    };
    if (dy > 0)
        for (int y = h - 1; y >= dy; --y)
            move(y);
    else
        for (int y = 0; y < h + dy; ++y)
            move(y);
}

bool sameZoom(const QTransform &a, const QTransform &b)
{
    return a.type() <= QTransform::TxScale && b.type() <= QTransform::TxScale && a.m11() == b.m11()
           && a.m22() == b.m22();
}

double marginFor(double lod) { return 12 + 2 / std::max(lod, 1e-6); }

// Sorts the visible links of `links` meeting `exposed`, but the live ones
// (LinkItem::isLive()) when `skipLive`.
template <typename Links>
PreparedLinks prepare(double lod, const QRectF &exposed, const Links &links, bool skipLive, const NodePainter &np,
                      bool screen)
{
    PreparedLinks out;
    const Detail detail = detailForScale(lod);
    // What meets the exposed rect and a margin wider than any pen is drawn;
    // the painter's clip (or the image's edge) does the exact cut.
    const double margin = marginFor(lod);
    const QRectF clip = exposed.adjusted(-margin, -margin, margin, margin);
    out.arrow = np.arrowSize() + 2;
    const double arrow = out.arrow;
    for (const LinkItem *l : links) {
        if (!l->boundingRect().intersects(exposed) || !l->isVisible() || (skipLive && l->isLive()))
            continue;
        const QPointF a = l->fromPoint(), b = l->toPoint();
        // (a copy of the look, its text included, only when the selection changes it)
        const bool selected = l->isSelected();
        LinkLook selectedLook;
        if (selected != l->look().selected) {
            selectedLook = l->look();
            selectedLook.selected = selected;
        }
        const LinkLook &look = selected != l->look().selected ? selectedLook : l->look();
        if (detail == Detail::Full && !look.text.isEmpty() && l->labelRect().intersects(exposed)
            && NodePainter::labelFits(a, b, l->labelRect()))
            out.labels.push_back(l);
        if (detail != Detail::Low && QRectF(b - QPointF(arrow, arrow), b + QPointF(arrow, arrow)).intersects(exposed))
            out.arrows.push_back(l);
        const bool hair = detail == Detail::Low
                          || (screen && !look.selected && !look.highlighted && QLineF(a, b).length() * lod > kLongLink);
        if (!hair && (look.highlighted || look.failed)) {
            out.special.push_back(l); // a wide underlay or dashes: one by one
            continue;
        }
        const QLineF line(a, hair ? b : np.arrowBase(a, b)); // (as paintLinkLine())
        // Only what meets the exposed rect; the line itself is not cut here:
        // the rasteriser cuts it, the same way for a tile as for a whole frame.
        QPointF xa = line.p1(), xb = line.p2();
        if (!clipSegment(clip, xa, xb))
            continue;
        const LinkPenKey key{np.linkColor(look).rgba(), hair ? 0 : int(std::lround(np.linkPenWidth(look) * 100))};
        (hair ? out.hairlines : out.lines)[key].append(line);
    }
    auto byId = [](const LinkItem *x, const LinkItem *y) { return x->id() < y->id(); };
    std::sort(out.special.begin(), out.special.end(), byId);
    std::sort(out.labels.begin(), out.labels.end(), byId);
    return out;
}

bool meets(const QLineF &l, const QRectF &r)
{
    return std::max(l.x1(), l.x2()) >= r.left() && std::min(l.x1(), l.x2()) <= r.right()
           && std::max(l.y1(), l.y2()) >= r.top() && std::min(l.y1(), l.y2()) <= r.bottom();
}

// Paints what of `prep` meets `exposed` (scene coordinates) with `p`.
void paintPrepared(QPainter *p, const QRectF &exposed, const PreparedLinks &prep, const NodePainter &np, bool whole)
{
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform());
    const double margin = marginFor(lod);
    const QRectF clip = exposed.adjusted(-margin, -margin, margin, margin);
    const bool aa = p->testRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::Antialiasing, false);
    const bool direct = canDrawHairlines(p); // the layer's image: seven times faster than QPainter
    QVector<QLineF> part;
    for (const auto &[key, batch] : prep.hairlines) {
        if (direct && qAlpha(key.rgb) == 255) {
            // (cuts each line to the image itself; a tile first leaves out
            // the lines that pass above or below it, most of a tall view's)
            drawHairlines(p, batch, key.rgb, whole ? QRectF() : clip);
            continue;
        }
        p->setPen(QPen(QColor::fromRgba(key.rgb), 0));
        p->drawLines(batch.constData(), int(batch.size()));
    }
    p->setRenderHint(QPainter::Antialiasing, aa);
    for (const auto &[key, batch] : prep.lines) {
        const QVector<QLineF> *draw = &batch;
        if (!whole) {
            part.clear();
            for (const QLineF &l : batch)
                if (meets(l, clip))
                    part.append(l);
            draw = &part;
        }
        if (draw->isEmpty())
            continue;
        // Flat caps: batched round caps cost fifty times more in Qt's stroker.
        p->setPen(QPen(QColor::fromRgba(key.rgb), key.width100 / 100.0, Qt::SolidLine, Qt::FlatCap));
        p->drawLines(draw->constData(), int(draw->size()));
    }
    for (const LinkItem *l : prep.special) {
        if (!whole && !l->boundingRect().intersects(clip))
            continue;
        LinkLook look = l->look();
        look.selected = l->isSelected();
        np.paintLinkLine(p, l->fromPoint(), l->toPoint(), look, clip);
    }
    const double arrow = prep.arrow;
    for (const LinkItem *l : prep.arrows) {
        const QPointF b = l->toPoint();
        if (!whole && !QRectF(b - QPointF(arrow, arrow), b + QPointF(arrow, arrow)).intersects(clip))
            continue;
        LinkLook look = l->look();
        look.selected = l->isSelected();
        np.paintLinkArrow(p, l->fromPoint(), b, look);
    }
    if (!prep.labelSprites.empty()) {
        // Copies of the labels' sprites (linklayerlabels.h), on whole device pixels.
        const qreal dpr = p->device()->devicePixelRatioF();
        const QTransform toDevice = p->worldTransform() * QTransform::fromScale(dpr, dpr);
        p->save();
        p->resetTransform();
        for (size_t i = 0; i < prep.labels.size(); ++i) {
            const QRectF r = prep.labels[i]->labelRect();
            if (!whole && !r.intersects(clip))
                continue;
            const QPoint at = LinkLabelSprites::placeAt(toDevice.map(r.topLeft()));
            p->drawImage(QPointF(at) / dpr, prep.labelSprites[i]);
        }
        p->restore();
        return;
    }
    for (const LinkItem *l : prep.labels) {
        if (!whole && !l->labelRect().intersects(clip))
            continue;
        LinkLook look = l->look();
        look.selected = l->isSelected();
        np.paintLinkLabel(p, l->labelRect(), look);
    }
}
} // namespace

namespace {
// On screen (a scale without rotation): the labels of `prep` as sprites of
// `sprites` for the transform `t` on a device of `dpr` (linklayerlabels.h).
void useSprites(PreparedLinks &prep, LinkLabelSprites &sprites, const QTransform &t, qreal dpr,
                QPainter::RenderHints hints, quint64 version, const NodePainter &np)
{
    if (t.type() > QTransform::TxScale || prep.labels.empty())
        return;
    sprites.use(t.m11(), dpr, hints, version);
    prep.labelSprites.reserve(prep.labels.size());
    for (const LinkItem *l : prep.labels) {
        LinkLook look = l->look();
        look.selected = l->isSelected();
        prep.labelSprites.push_back(sprites.sprite(np, l->labelRect().size(), look));
    }
}

// As paintLinks(), with the labels from `sprites` on screen.
template <typename Links>
void paintLinksWith(QPainter *p, const QRectF &exposed, const Links &links, const NodePainter &np, bool screen,
                    LinkLabelSprites &sprites, quint64 version)
{
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform());
    PreparedLinks prep = prepare(lod, exposed, links, false, np, screen);
    if (screen)
        useSprites(prep, sprites, p->worldTransform(), p->device() ? p->device()->devicePixelRatioF() : 1.0,
                   p->renderHints(), version, np);
    paintPrepared(p, exposed, prep, np, true);
}
} // namespace

void paintLinks(QPainter *p, const QRectF &exposed, const LinkMap &links, const NodePainter &np, bool screen)
{
    LinkLabelSprites sprites;
    paintLinksWith(p, exposed, links, np, screen, sprites, 0);
}

void LinkLayer::clear()
{
    m_image = QImage();
    m_device = nullptr;
    m_labels.clear();
    m_dirty.clear();
    m_dirtyAll = false;
}

void LinkLayer::invalidate(const LinkItem *link)
{
    if (m_dirtyAll || m_image.isNull())
        return;
    if (m_dirty.size() >= kMostDirty) {
        m_dirtyAll = true;
        m_dirty.clear();
        return;
    }
    m_dirty.append({link->fromPoint(), link->toPoint(), link->labelRect()});
}

void LinkLayer::paint(QPainter *painter, const QRectF &exposed, const LinkMap &links, const LiveLinks &live,
                      quint64 version, const NodePainter &np)
{
    const QPaintDevice *dev = painter->device();
    const QTransform wt = painter->worldTransform();
    const qreal dpr = dev->devicePixelRatioF();
    const QSize px(int(std::ceil(dev->width() * dpr)), int(std::ceil(dev->height() * dpr)));
    const QPainter::RenderHints hints = painter->renderHints();
    bool full = m_dirtyAll || m_device != dev || m_version != version || m_image.size() != px
                || m_image.devicePixelRatio() != dpr || hints != m_paintedHints;
    if (!full && wt == m_transform) {
        m_last = Update::Reused;
    } else if (!full && sameZoom(wt, m_transform)) {
        // A scroll: whole device pixels only, or everything is repainted.
        const double fx = (wt.dx() - m_transform.dx()) * dpr, fy = (wt.dy() - m_transform.dy()) * dpr;
        const int dx = int(std::lround(fx)), dy = int(std::lround(fy));
        full = !(std::abs(fx - dx) < 1e-6 && std::abs(fy - dy) < 1e-6 && std::abs(dx) < px.width() / 2
                 && std::abs(dy) < px.height() / 2);
        if (!full) {
            shiftPixels(m_image, dx, dy);
            m_transform = wt;
            if (dx > 0)
                repaintRect(QRect(0, 0, dx, px.height()), links, !live.empty(), np);
            else if (dx < 0)
                repaintRect(QRect(px.width() + dx, 0, -dx, px.height()), links, !live.empty(), np);
            if (dy > 0)
                repaintRect(QRect(0, 0, px.width(), dy), links, !live.empty(), np);
            else if (dy < 0)
                repaintRect(QRect(0, px.height() + dy, px.width(), -dy), links, !live.empty(), np);
            m_last = Update::Scrolled;
        }
    } else {
        full = true;
    }
    if (full) {
        if (m_image.size() != px)
            m_image = QImage(px, QImage::Format_ARGB32_Premultiplied);
        m_image.setDevicePixelRatio(dpr);
        m_device = dev;
        m_version = version;
        m_transform = wt;
        m_paintedHints = hints;
        m_last = Update::Repainted;
        repaintRect(m_image.rect(), links, !live.empty(), np);
    } else if (!m_dirty.isEmpty()) {
        // Only along the links that changed (after a scroll: in the new place).
        const QVector<QRect> tiles = dirtyTiles(np);
        const int scrolledTiles = m_last == Update::Scrolled ? m_tiles : 0;
        repaintTiles(tiles, links, !live.empty(), np);
        m_tiles += scrolledTiles;
        if (m_last == Update::Reused)
            m_last = Update::Patched;
    }
    m_dirty.clear();
    m_dirtyAll = false;
    painter->save();
    painter->resetTransform();
    painter->drawImage(QPointF(0, 0), m_image);
    painter->restore();
    if (!live.empty()) {
        // The links of dragged nodes, straight on top: a drag step paints these only.
        paintLinksWith(painter, exposed, live, np, true, m_labels, m_version);
    }
}

QVector<QRect> LinkLayer::dirtyTiles(const NodePainter &np) const
{
    const qreal dpr = m_image.devicePixelRatio();
    const QTransform toDevice = m_transform * QTransform::fromScale(dpr, dpr);
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(m_transform);
    // Wider than any pen, arrowhead or aliased step (as prepare()'s margin).
    const double m = std::ceil((marginFor(lod) + np.arrowSize() + 2) * lod * dpr) + 2;
    const QRect image = m_image.rect();
    const QRectF grown = QRectF(image).adjusted(-m, -m, m, m);
    // Rows of kTileRows pixels: in each, the columns (and rows) to paint again.
    struct Band {
        std::vector<std::pair<int, int>> spans; // columns
        int top = INT_MAX, bottom = INT_MIN;
    };
    std::vector<Band> bands(size_t((image.height() + kTileRows - 1) / kTileRows));
    auto add = [&](const QRectF &r) {
        const QRect px = r.toAlignedRect().intersected(image);
        if (px.isEmpty())
            return;
        for (int b = px.top() / kTileRows; b <= px.bottom() / kTileRows; ++b) {
            Band &band = bands[size_t(b)];
            band.spans.emplace_back(px.left(), px.right());
            band.top = std::min(band.top, std::max(px.top(), b * kTileRows));
            band.bottom = std::max(band.bottom, std::min(px.bottom(), b * kTileRows + kTileRows - 1));
        }
    };
    for (const Dirty &d : m_dirty) {
        add(toDevice.mapRect(d.label).adjusted(-2, -2, 2, 2));
        QPointF a = toDevice.map(d.a), b = toDevice.map(d.b);
        if (!clipSegment(grown, a, b))
            continue;
        const int pieces = std::max(1, int(std::ceil(std::max(std::abs(b.x() - a.x()), std::abs(b.y() - a.y()))
                                                     / kPieceLength)));
        for (int i = 0; i < pieces; ++i) {
            const QPointF p = a + (b - a) * (double(i) / pieces), q = a + (b - a) * (double(i + 1) / pieces);
            add(QRectF(p, q).normalized().adjusted(-m, -m, m, m));
        }
    }
    QVector<QRect> tiles;
    for (Band &band : bands) {
        if (band.spans.empty())
            continue;
        // Spans closer than a tile's height are painted as one.
        std::sort(band.spans.begin(), band.spans.end());
        int left = band.spans.front().first, right = band.spans.front().second;
        for (const auto &[l, r] : band.spans) {
            if (l > right + kTileRows) {
                tiles.append(QRect(QPoint(left, band.top), QPoint(right, band.bottom)));
                left = l;
            }
            right = std::max(right, r);
        }
        tiles.append(QRect(QPoint(left, band.top), QPoint(right, band.bottom)));
    }
    return tiles;
}

QRectF LinkLayer::sceneRectOf(const QRect &pixels) const
{
    const qreal dpr = m_image.devicePixelRatio();
    return m_transform.inverted().mapRect(QRectF(pixels.x() / dpr, pixels.y() / dpr, pixels.width() / dpr,
                                                 pixels.height() / dpr));
}

void LinkLayer::repaintRect(const QRect &area, const LinkMap &links, bool skipLive, const NodePainter &np)
{
    if (area.isEmpty())
        return;
    QVector<QRect> tiles;
    for (int y = area.top(); y <= area.bottom(); y += kTileRows)
        tiles.append(QRect(area.left(), y, area.width(), std::min(kTileRows, area.bottom() + 1 - y)));
    repaintTiles(tiles, links, skipLive, np);
}

void LinkLayer::repaintTiles(const QVector<QRect> &tiles, const LinkMap &links, bool skipLive,
                             const NodePainter &np)
{
    m_tiles = int(tiles.size());
    if (tiles.isEmpty())
        return;
    // Sorted once for all the tiles, then painted tile by tile (rows of
    // kTileRows device pixels), on two threads when there is enough to do.
    QRect area;
    for (const QRect &t : tiles)
        area = area.united(t);
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(m_transform);
    PreparedLinks prep = prepare(lod, sceneRectOf(area), links, skipLive, np, true);
    useSprites(prep, m_labels, m_transform, m_image.devicePixelRatio(), m_paintedHints, m_version, np);
    uchar *bits = m_image.bits(); // (detaches: once, here, not from two threads)
    std::atomic<int> next{0};
    auto work = [&] {
        for (int i = next++; i < tiles.size(); i = next++)
            repaintTile(bits, tiles[i], prep, np);
    };
    if (links.size() < kThreadedLinks || tiles.size() < 2) {
        work();
        return;
    }
    std::thread other(work);
    work();
    other.join();
}

void LinkLayer::repaintTile(uchar *bits, const QRect &tile, const PreparedLinks &prepared, const NodePainter &np)
{
    // A QImage over the tile's pixels (sharing them): painting cannot leave it.
    const qsizetype bpl = m_image.bytesPerLine();
    uchar *first = bits + tile.y() * bpl + tile.x() * 4;
    for (int y = 0; y < tile.height(); ++y)
        std::memset(first + y * bpl, 0, size_t(tile.width()) * 4);
    QImage part(first, tile.width(), tile.height(), bpl, m_image.format());
    const qreal dpr = m_image.devicePixelRatio();
    part.setDevicePixelRatio(dpr);
    const QTransform t = m_transform * QTransform::fromTranslate(-tile.x() / dpr, -tile.y() / dpr);
    QPainter p(&part);
    p.setRenderHints(m_paintedHints);
    p.setWorldTransform(t);
    paintPrepared(&p, t.inverted().mapRect(QRectF(0, 0, tile.width() / dpr, tile.height() / dpr)),
                  prepared, np, false);
}

} // namespace sw
