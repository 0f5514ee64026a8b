#include "exporters/pictures/pngexporter.h"

#include "exporters/pictures/diagramrenderer.h"

#include <QCoreApplication>
#include <QImageWriter>
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
    // Opaque pictures without alpha: quicker to paint and to encode (RGB).
    QImage img(sizeFor(scene, s), options.transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (img.isNull())
        return img;
    img.fill(options.transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    const int dpm = int(std::lround(s * 96 / 0.0254));
    img.setDotsPerMeterX(dpm);
    img.setDotsPerMeterY(dpm);
    QPainter p(&img);
    p.scale(s, s);
    p.translate(-scene.topLeft());
    renderer.paintScene(&p, s);
    p.end();
    return img;
}

bool PngExporter::writeTo(const Design &design, QIODevice *device, const PictureOptions &options, QString *error) const
{
    const QImage img = render(design, options);
    if (img.isNull()) {
        if (error)
            *error = QCoreApplication::translate("sw::PngExporter", "the picture is too large to create");
        return false;
    }
    QImageWriter writer(device, "png");
    // Big pictures: zlib level 1 (Qt maps quality 0..100 to level 9..0;
    // the file is a little larger, written several times faster).
    writer.setQuality(img.width() * qint64(img.height()) > 4'000'000 ? 85 : -1);
    if (!writer.write(img)) {
        if (error)
            *error = writer.errorString();
        return false;
    }
    return true;
}

} // namespace sw
