#include "exporters/pictures/pdfexporter.h"

#include "exporters/pictures/diagramrenderer.h"
#include "exporters/pictures/markup.h"
#include "exporters/pictures/pdfdeflate.h"

#include "look/nodepainter.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>

namespace sw {

namespace {

// A kind's icon as a picture of kIconPixels, the same QImage every time.
QImage iconPicture(Kind kind)
{
    static QMutex mutex;
    static QHash<int, QImage> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(int(kind));
    if (it != cache.constEnd())
        return *it;
    QImage img(PdfExporter::kIconPixels, PdfExporter::kIconPixels, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QSvgRenderer svg(NodePainter::iconPath(kind));
    if (svg.isValid()) {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        svg.render(&p, QRectF(0, 0, img.width(), img.height()));
    }
    cache.insert(int(kind), img);
    return img;
}

} // namespace

NodePainter::IconSink PdfExporter::sharedIcons()
{
    // QPdfEngine writes an image once per QImage (by its cache key) and
    // refers to it after that.
    return [](QPainter *p, Kind kind, const QRectF &rect) {
        p->drawImage(rect, iconPicture(kind));
        return true;
    };
}

bool PdfExporter::sharesIcons(const DiagramRenderer &renderer)
{
    int nodes = 0;
    for (const QString &id : renderer.geometry().paintOrder())
        nodes += renderer.scope().hasNode(id) ? 1 : 0;
    return nodes > kVectorIconNodes;
}

QPageSize PdfExporter::pageSize(PaperSize paper)
{
    return QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

QPageLayout PdfExporter::pageLayoutFor(const QSizeF &diagram, PaperSize paper)
{
    const auto orientation = diagram.width() > diagram.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
    return QPageLayout(pageSize(paper), orientation, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
}

bool PdfExporter::writeTo(const Design &design, QIODevice *device, const PictureOptions &options, QString *error) const
{
    const FastPdfDeflate fastDeflate; // before the writer: it compresses in its destructor too
    const DiagramRenderer renderer(design, options);
    QPdfWriter writer(device);
    writer.setCreator(QStringLiteral("Stackwright"));
    writer.setTitle(markup::plain(design.name));
    writer.setResolution(300);
    writer.setPageLayout(pageLayoutFor(renderer.sceneRect().size(), options.paper));
    QPainter p;
    if (!p.begin(&writer)) {
        if (error)
            *error = QCoreApplication::translate("sw::PdfExporter", "the PDF could not be started");
        return false;
    }
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    renderer.paint(&p, QRectF(QPointF(0, 0), page.size()), true, sharesIcons(renderer) ? sharedIcons() : NodePainter::IconSink());
    p.end();
    return true;
}

} // namespace sw
