#include "widgets/canvas/linklayer.h"

#include "widgets/canvas/hairlines.h"
#include "widgets/items/linkitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <thread>
#include <vector>

namespace sw {

namespace {
// On screen, a link longer than this (device pixels) is drawn as a hairline.
constexpr double kLongLink = 3000;
// Fewer links than this: no second thread for a full repaint.
constexpr int kThreadedLinks = 400;

// Lines of one look, drawn with one call.
struct PenKey {
    QRgb rgb;
    int width100; // pen width x 100; 0 = hairline
    bool operator<(const PenKey &o) const { return rgb != o.rgb ? rgb < o.rgb : width100 < o.width100; }
};

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
} // namespace

void paintLinks(QPainter *p, const QRectF &exposed, const LinkMap &links, const NodePainter &np, bool screen)
{
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform());
    const Detail detail = detailForScale(lod);
    // What meets the exposed rect and a margin wider than any pen is drawn;
    // the painter's clip (or the image's edge) does the exact cut.
    const double margin = 12 + 2 / std::max(lod, 1e-6);
    const QRectF clip = exposed.adjusted(-margin, -margin, margin, margin);
    const double arrow = np.arrowSize() + 2;

    std::map<PenKey, QVector<QLineF>> hairlines, lines;
    std::vector<const LinkItem *> special, arrows, labels;
    for (const LinkItem *l : links) {
        if (!l->boundingRect().intersects(exposed) || !l->isVisible())
            continue;
        const QPointF a = l->fromPoint(), b = l->toPoint();
        LinkLook look = l->look();
        look.selected = l->isSelected();
        if (detail == Detail::Full && !look.text.isEmpty() && l->labelRect().intersects(exposed)
            && NodePainter::labelFits(a, b, l->labelRect()))
            labels.push_back(l);
        if (detail != Detail::Low && QRectF(b - QPointF(arrow, arrow), b + QPointF(arrow, arrow)).intersects(exposed))
            arrows.push_back(l);
        const bool hair = detail == Detail::Low
                          || (screen && !look.selected && !look.highlighted && QLineF(a, b).length() * lod > kLongLink);
        if (!hair && (look.highlighted || look.failed)) {
            special.push_back(l); // a wide underlay or dashes: one by one
            continue;
        }
        const QLineF line(a, hair ? b : np.arrowBase(a, b)); // (as paintLinkLine())
        // Only what meets the exposed rect; the line itself is not cut here:
        // the rasteriser cuts it, the same way for a strip as for a whole frame.
        QPointF xa = line.p1(), xb = line.p2();
        if (!clipSegment(clip, xa, xb))
            continue;
        const PenKey key{np.linkColor(look).rgba(), hair ? 0 : int(std::lround(np.linkPenWidth(look) * 100))};
        (hair ? hairlines : lines)[key].append(line);
    }

    const bool aa = p->testRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::Antialiasing, false);
    const bool direct = canDrawHairlines(p); // the layer's image: seven times faster than QPainter
    for (const auto &[key, batch] : hairlines) {
        if (direct && qAlpha(key.rgb) == 255) {
            drawHairlines(p, batch, key.rgb);
            continue;
        }
        p->setPen(QPen(QColor::fromRgba(key.rgb), 0));
        p->drawLines(batch.constData(), int(batch.size()));
    }
    p->setRenderHint(QPainter::Antialiasing, aa);
    for (const auto &[key, batch] : lines) {
        // Flat caps: batched round caps cost fifty times more in Qt's stroker.
        p->setPen(QPen(QColor::fromRgba(key.rgb), key.width100 / 100.0, Qt::SolidLine, Qt::FlatCap));
        p->drawLines(batch.constData(), int(batch.size()));
    }
    auto byId = [](const LinkItem *x, const LinkItem *y) { return x->id() < y->id(); };
    std::sort(special.begin(), special.end(), byId);
    for (const LinkItem *l : special) {
        LinkLook look = l->look();
        look.selected = l->isSelected();
        np.paintLinkLine(p, l->fromPoint(), l->toPoint(), look, clip);
    }
    for (const LinkItem *l : arrows) {
        LinkLook look = l->look();
        look.selected = l->isSelected();
        np.paintLinkArrow(p, l->fromPoint(), l->toPoint(), look);
    }
    std::sort(labels.begin(), labels.end(), byId);
    for (const LinkItem *l : labels) {
        LinkLook look = l->look();
        look.selected = l->isSelected();
        np.paintLinkLabel(p, l->labelRect(), look);
    }
}

void LinkLayer::clear()
{
    m_image = QImage();
    m_device = nullptr;
}

void LinkLayer::paint(QPainter *painter, const QRectF &exposed, const LinkMap &links, const LinkMap &live,
                      quint64 version, const NodePainter &np)
{
    const QPaintDevice *dev = painter->device();
    const QTransform wt = painter->worldTransform();
    const qreal dpr = dev->devicePixelRatioF();
    const QSize px(int(std::ceil(dev->width() * dpr)), int(std::ceil(dev->height() * dpr)));
    const QPainter::RenderHints hints = painter->renderHints();
    const bool same = m_device == dev && m_version == version && m_image.size() == px
                      && m_image.devicePixelRatio() == dpr && hints == m_paintedHints;
    if (same && wt == m_transform) {
        m_last = Update::Reused;
    } else if (same && sameZoom(wt, m_transform)) {
        // A scroll: whole device pixels only, or everything is repainted.
        const double fx = (wt.dx() - m_transform.dx()) * dpr, fy = (wt.dy() - m_transform.dy()) * dpr;
        const int dx = int(std::lround(fx)), dy = int(std::lround(fy));
        if (std::abs(fx - dx) < 1e-6 && std::abs(fy - dy) < 1e-6 && std::abs(dx) < px.width() / 2
            && std::abs(dy) < px.height() / 2) {
            shiftPixels(m_image, dx, dy);
            m_transform = wt;
            if (dx > 0)
                repaintStrip(m_image.bits(), QRect(0, 0, dx, px.height()), links, np);
            else if (dx < 0)
                repaintStrip(m_image.bits(), QRect(px.width() + dx, 0, -dx, px.height()), links, np);
            if (dy > 0)
                repaintStrip(m_image.bits(), QRect(0, 0, px.width(), dy), links, np);
            else if (dy < 0)
                repaintStrip(m_image.bits(), QRect(0, px.height() + dy, px.width(), -dy), links, np);
            m_last = Update::Scrolled;
        } else {
            m_transform = wt;
            repaintAll(links, np);
        }
    } else {
        if (m_image.size() != px)
            m_image = QImage(px, QImage::Format_ARGB32_Premultiplied);
        m_image.setDevicePixelRatio(dpr);
        m_device = dev;
        m_version = version;
        m_transform = wt;
        m_paintedHints = hints;
        repaintAll(links, np);
    }
    painter->save();
    painter->resetTransform();
    painter->drawImage(QPointF(0, 0), m_image);
    painter->restore();
    if (!live.isEmpty())
        paintLinks(painter, exposed, live, np, true);
}

void LinkLayer::repaintAll(const LinkMap &links, const NodePainter &np)
{
    m_last = Update::Repainted;
    const int h = m_image.height();
    if (links.size() < kThreadedLinks || h < 64) {
        repaintStrip(m_image.bits(), m_image.rect(), links, np);
        return;
    }
    // Two halves at once: each only paints (and clips to) its own rows.
    // (bits() detaches: once, here, not from two threads)
    uchar *bits = m_image.bits();
    std::thread top([&] { repaintStrip(bits, QRect(0, 0, m_image.width(), h / 2), links, np); });
    repaintStrip(bits, QRect(0, h / 2, m_image.width(), h - h / 2), links, np);
    top.join();
}

void LinkLayer::repaintStrip(uchar *bits, const QRect &strip, const LinkMap &links, const NodePainter &np)
{
    // A QImage over the strip's pixels (sharing them): painting cannot leave it.
    const qsizetype bpl = m_image.bytesPerLine();
    uchar *first = bits + strip.y() * bpl + strip.x() * 4;
    for (int y = 0; y < strip.height(); ++y)
        std::memset(first + y * bpl, 0, size_t(strip.width()) * 4);
    QImage part(first, strip.width(), strip.height(), bpl, m_image.format());
    const qreal dpr = m_image.devicePixelRatio();
    part.setDevicePixelRatio(dpr);
    const QTransform t = m_transform * QTransform::fromTranslate(-strip.x() / dpr, -strip.y() / dpr);
    QPainter p(&part);
    p.setRenderHints(m_paintedHints);
    p.setWorldTransform(t);
    paintLinks(&p, t.inverted().mapRect(QRectF(0, 0, strip.width() / dpr, strip.height() / dpr)), links, np, true);
}

} // namespace sw
