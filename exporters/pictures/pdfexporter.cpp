#include "exporters/pictures/pdfexporter.h"

#include "exporters/pictures/diagramrenderer.h"
#include "exporters/pictures/markup.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

namespace sw {

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
    renderer.paint(&p, QRectF(QPointF(0, 0), page.size()), true);
    p.end();
    return true;
}

} // namespace sw
