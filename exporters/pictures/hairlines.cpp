#include "exporters/pictures/hairlines.h"

#include "look/nodepainter.h"

#include <QImage>
#include <QPaintDevice>
#include <QPainter>
#include <cmath>

namespace sw {

HairlineRaster::HairlineRaster(QPainter *p)
{
    QPaintDevice *device = p ? p->device() : nullptr;
    if (!device || device->devType() != QInternal::Image || p->hasClipping() || p->opacity() < 1.0
        || p->compositionMode() != QPainter::CompositionMode_SourceOver
        || p->worldTransform().type() > QTransform::TxScale)
        return;
    auto *img = static_cast<QImage *>(device);
    if (img->format() != QImage::Format_RGB32 && img->format() != QImage::Format_ARGB32_Premultiplied)
        return;
    if (img->devicePixelRatio() != 1.0)
        return;
    m_image = img;
    m_transform = p->worldTransform();
}

bool HairlineRaster::draw(const QPointF &sceneA, const QPointF &sceneB, const QColor &color) const
{
    if (!m_image || color.alpha() != 255)
        return false;
    QPointF a = m_transform.map(sceneA), b = m_transform.map(sceneB);
    // Qt's cosmetic pen has square caps: half a pixel more at each end.
    const double len = std::hypot(b.x() - a.x(), b.y() - a.y());
    if (len > 0) {
        const QPointF half = (b - a) * (0.5 / len);
        a -= half;
        b += half;
    }
    const int w = m_image->width(), h = m_image->height();
    if (!clipSegment(QRectF(0, 0, w, h), a, b))
        return true; // entirely outside: nothing to draw
    const QRgb rgb = color.rgba(); // opaque: premultiplied == straight
    uchar *bits = m_image->bits();
    const qsizetype stride = m_image->bytesPerLine();
    auto plot = [&](int x, int y) {
        if (x >= 0 && x < w && y >= 0 && y < h)
            reinterpret_cast<QRgb *>(bits + y * stride)[x] = rgb;
    };
    // One pixel per row (mostly vertical) or per column, from the rounded
    // start up to the rounded end, the other coordinate sampled where Qt's
    // aliased stroker samples it.
    const bool vertical = std::abs(b.x() - a.x()) < std::abs(b.y() - a.y());
    if (vertical ? a.y() > b.y() : a.x() > b.x())
        std::swap(a, b);
    const double major0 = vertical ? a.y() : a.x(), major1 = vertical ? b.y() : b.x();
    const double minor0 = vertical ? a.x() : a.y(), minor1 = vertical ? b.x() : b.y();
    const double slope = major1 > major0 ? (minor1 - minor0) / (major1 - major0) : 0;
    const double round = slope > 0 ? 0.5 : 0;
    const int first = int(std::floor(major0 + 0.5)), last = int(std::floor(major1 + 0.5));
    for (int m = first; m < last; ++m) {
        const int n = int(std::floor(minor0 + (m + round - major0) * slope));
        if (vertical)
            plot(n, m);
        else
            plot(m, n);
    }
    return true;
}

} // namespace sw
