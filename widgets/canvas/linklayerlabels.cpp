#include "widgets/canvas/linklayerlabels.h"

#include <algorithm>
#include <cmath>

namespace sw {

namespace {
// Device pixels around the label's rect in its sprite: room for the outline's
// antialiased edge.
constexpr int kPad = 2;
// Sprites kept at most (a few kB each): a design whose links carry thousands
// of different labels starts again rather than growing without bound.
constexpr size_t kMostSprites = 2048;
} // namespace

void LinkLabelSprites::use(double zoom, qreal dpr, QPainter::RenderHints hints, quint64 version)
{
    if (zoom == m_zoom && dpr == m_dpr && hints == m_hints && version == m_version)
        return;
    m_sprites.clear();
    m_zoom = zoom;
    m_dpr = dpr;
    m_hints = hints;
    m_version = version;
}

QPoint LinkLabelSprites::placeAt(const QPointF &deviceTopLeft)
{
    return QPoint(int(std::lround(deviceTopLeft.x())) - kPad, int(std::lround(deviceTopLeft.y())) - kPad);
}

QImage LinkLabelSprites::sprite(const NodePainter &np, const QSizeF &size, const LinkLook &look)
{
    // Everything the painted label depends on (the style's part: m_version).
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(np.linkColor(look).rgba())
                            .arg(size.width())
                            .arg(size.height())
                            .arg(look.text);
    const auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return it->second;
    const double scale = m_zoom * m_dpr; // device pixels per scene unit
    const int w = int(std::ceil(size.width() * scale)) + 2 * kPad;
    const int h = int(std::ceil(size.height() * scale)) + 2 * kPad;
    QImage img(std::max(w, 1), std::max(h, 1), QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    {
        QPainter p(&img);
        p.setRenderHints(m_hints);
        p.translate(kPad, kPad);
        p.scale(scale, scale);
        np.paintLinkLabel(&p, QRectF(QPointF(0, 0), size), look);
    }
    img.setDevicePixelRatio(m_dpr); // (drawn at its size in device pixels)
    if (m_sprites.size() >= kMostSprites)
        m_sprites.clear();
    m_sprites.emplace(key, img);
    return img;
}

} // namespace sw
