#include "exporters/pictures/pngexporter.h"

#include "exporters/pictures/diagramrenderer.h"
#include "exporters/pictures/pngrows.h"

#include <QCoreApplication>
#include <QPainter>
#include <cmath>

namespace sw {

namespace {
QSize sizeFor(const QRectF &scene, double scale)
{
    return QSize(std::max(1, int(std::ceil(scene.width() * scale))), std::max(1, int(std::ceil(scene.height() * scale))));
}

double fittedScale(const QRectF &scene, double wanted)
{
    double s = wanted > 0 ? wanted : 1.0;
    const double area = scene.width() * scene.height();
    if (area * s * s > double(PngExporter::kMaxPixels))
        s = std::sqrt(double(PngExporter::kMaxPixels) / area);
    const double side = std::max(scene.width(), scene.height());
    if (side * s > PngExporter::kMaxSide)
        s = PngExporter::kMaxSide / side;
    return s;
}

int dotsPerMeter(double scale) { return int(std::lround(scale * 96 / 0.0254)); }

// Rows [top, top + rows) of the picture at `scale`, painted with only what
// reaches them.
QImage paintBand(const DiagramRenderer &renderer, const QSize &size, double scale, int top, int rows, bool transparent)
{
    QImage img(size.width(), rows, transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (img.isNull())
        return img;
    img.fill(transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    const QRectF scene = renderer.sceneRect();
    QPainter p(&img);
    p.translate(0, -top);
    p.scale(scale, scale);
    p.translate(-scene.topLeft());
    const QRectF visible(scene.left(), scene.top() + top / scale, scene.width(), rows / scale);
    renderer.paintScene(&p, scale, false, {}, visible);
    p.end();
    return img;
}
} // namespace

QSize PngExporter::pixelSize(const Design &design, const PictureOptions &options, double *usedScale)
{
    const QRectF scene = DiagramRenderer(design, options).sceneRect();
    const double s = fittedScale(scene, options.effectiveScale());
    if (usedScale)
        *usedScale = s;
    return sizeFor(scene, s);
}

QImage PngExporter::render(const Design &design, const PictureOptions &options)
{
    const DiagramRenderer renderer(design, options);
    const QRectF scene = renderer.sceneRect();
    const double s = fittedScale(scene, options.effectiveScale());
    const QSize size = sizeFor(scene, s);
    // Opaque pictures without alpha: quicker to paint and to encode (RGB).
    QImage img = paintBand(renderer, size, s, 0, size.height(), options.transparent);
    if (img.isNull())
        return img;
    img.setDotsPerMeterX(dotsPerMeter(s));
    img.setDotsPerMeterY(dotsPerMeter(s));
    return img;
}

bool PngExporter::writeTo(const Design &design, QIODevice *device, const PictureOptions &options, QString *error) const
{
    const DiagramRenderer renderer(design, options);
    const QRectF scene = renderer.sceneRect();
    const double s = fittedScale(scene, options.effectiveScale());
    const QSize size = sizeFor(scene, s);
    // Big pictures: zlib level 1 (the file is a little larger, written
    // several times faster); painted and written band after band.
    PngRowWriter png(device, size, options.transparent, dotsPerMeter(s), qint64(size.width()) * size.height() > 4'000'000);
    const int bandRows = std::max(16, int(kBandPixels / std::max(1, size.width())));
    for (int top = 0; top < size.height(); top += bandRows) {
        const QImage band = paintBand(renderer, size, s, top, std::min(bandRows, size.height() - top), options.transparent);
        if (band.isNull()) {
            if (error)
                *error = QCoreApplication::translate("sw::PngExporter", "the picture is too large to create");
            return false;
        }
        if (!png.writeRows(band))
            break;
    }
    return png.finish(error);
}

} // namespace sw
