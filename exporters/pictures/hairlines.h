// Far-away links (Detail::Low: one-pixel, not antialiased, opaque) written
// straight into the picture's pixels. A big design's PNG (and the picture in
// its report) crosses the same pixels with thousands of long links; Qt's
// cosmetic stroker blends each pixel through a span call, which was four
// fifths of the PNG export of 10k nodes. Used only where the result is the
// same thing Qt would draw: a QImage of 32-bit pixels, a painter with only
// scale and translation, no clip, full opacity, source-over, opaque colour.
#pragma once

#include <QColor>
#include <QPointF>
#include <QTransform>

class QImage;
class QPainter;

namespace sw {

class HairlineRaster {
public:
    // Ready when the painter's state allows drawing directly (see above).
    explicit HairlineRaster(QPainter *p);
    bool ready() const { return m_image != nullptr; }
    // The line from `a` to `b` (scene coordinates) in `color`; false (nothing
    // drawn) when the colour is not opaque, for the caller to draw it.
    bool draw(const QPointF &a, const QPointF &b, const QColor &color) const;

private:
    QImage *m_image = nullptr;
    QTransform m_transform;
};

} // namespace sw
