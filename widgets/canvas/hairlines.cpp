#include "widgets/canvas/hairlines.h"

#include "look/flatboxes.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace sw {

bool canDrawHairlines(const QPainter *p)
{
    return directImage(p) != nullptr;
}

namespace {
// Steps along the major axis `u` (columns for a flat line, rows for a steep
// one): one pixel per step, the minor coordinate `v` nearest the line there.
// `u0..u1` and `v0..v1` are the line's ends; `nu`, `nv` the image's extent.
template <typename Put>
void walk(double u0, double v0, double u1, double v1, int nu, int nv, Put put)
{
    if (u0 > u1) {
        std::swap(u0, u1);
        std::swap(v0, v1);
    }
    const double slope = u1 > u0 ? (v1 - v0) / (u1 - u0) : 0.0;
    // Pixels whose centre lies on the line's span, inside the image, where
    // the line is inside the image along v too (long lines): in doubles,
    // clamped before they become ints.
    double lo = std::max(std::ceil(u0 - 0.5), 0.0), hi = std::min(std::floor(u1 - 0.5), double(nu - 1));
    if (slope != 0) {
        const double a = u0 + (0 - v0) / slope - 0.5, b = u0 + (nv - v0) / slope - 0.5;
        lo = std::max(lo, std::floor(std::min(a, b)));
        hi = std::min(hi, std::ceil(std::max(a, b)));
    } else if (v0 < 0 || v0 >= nv) {
        return;
    }
    if (!(lo <= hi))
        return;
    const int first = int(lo), last = int(hi);
    // v in 32.32 fixed point, stepped: no floor() per pixel.
    constexpr double one = 4294967296.0;
    qint64 v = qint64(std::floor((v0 + slope * (first + 0.5 - u0)) * one));
    const qint64 dv = qint64(std::llround(slope * one));
    for (int u = first; u <= last; ++u, v += dv) {
        const qint64 row = v >> 32; // (arithmetic shift: floor for negative v too)
        if (row >= 0 && row < nv)
            put(u, int(row));
    }
}
} // namespace

void drawHairlines(QPainter *p, const QVector<QLineF> &lines, QRgb colour, const QRectF &only)
{
    const bool filter = !only.isNull();
    auto *img = static_cast<QImage *>(p->device());
    const QTransform t = p->deviceTransform();
    const int w = img->width(), h = img->height();
    const qsizetype stride = img->bytesPerLine() / 4;
    // (no detach: canDrawHairlines() checked that the painter's image owns its pixels alone)
    auto *bits = reinterpret_cast<QRgb *>(const_cast<uchar *>(img->constBits()));
    const QRgb c = colour | 0xff000000u;
    for (const QLineF &line : lines) {
        if (filter
            && (std::max(line.x1(), line.x2()) < only.left() || std::min(line.x1(), line.x2()) > only.right()
                || std::max(line.y1(), line.y2()) < only.top() || std::min(line.y1(), line.y2()) > only.bottom()))
            continue;
        const QPointF a = t.map(line.p1()), b = t.map(line.p2());
        if (std::abs(b.x() - a.x()) >= std::abs(b.y() - a.y()))
            walk(a.x(), a.y(), b.x(), b.y(), w, h, [&](int x, int y) { bits[y * stride + x] = c; });
        else
            walk(a.y(), a.x(), b.y(), b.x(), h, w, [&](int y, int x) { bits[y * stride + x] = c; });
    }
}

} // namespace sw
