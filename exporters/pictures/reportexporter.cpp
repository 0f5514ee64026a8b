#include "exporters/pictures/reportexporter.h"

#include "exporters/pictures/diagramrenderer.h"
#include "exporters/pictures/pdfdeflate.h"
#include "exporters/pictures/pdfexporter.h"
#include "exporters/pictures/pngexporter.h"
#include "exporters/pictures/reportcontent.h"
#include "exporters/pictures/reportblocks.h"
#include "exporters/pictures/reportpages.h"
#include "exporters/pictures/reporttext.h"
#include "exporters/pictures/svgexporter.h"
#include "core/io/savefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <cmath>
#include <memory>

namespace sw {

using report::esc;
using report::Tr;

namespace {

const char *kCss =
    "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#1f2937;max-width:62em;margin:2em auto;line-height:1.45}"
    "h1{font-size:1.7em;margin-bottom:.2em}h2{font-size:1.3em;border-bottom:1px solid #cbd5e1;margin-top:1.6em}"
    "h3{font-size:1.05em;margin-bottom:.2em}.facts{color:#64748b;font-weight:normal}"
    "h3.error{color:#b91c1c}h3.warning{color:#b45309}h3.info{color:#1d4ed8}"
    ".diagram{border:1px solid #e2e8f0;padding:.5em;overflow:auto}.diagram svg,.diagram img{max-width:100%;height:auto}";


// Pixels of the diagram picture in a report of a big design.
constexpr double kReportPicturePixels = 6'000'000;

bool vectorDiagram(const DiagramRenderer &renderer)
{
    int nodes = 0;
    for (const QString &id : renderer.geometry().paintOrder())
        nodes += renderer.scope().hasNode(id) ? 1 : 0;
    return nodes <= ReportExporter::kVectorDiagramNodes;
}

// The diagram as a picture of at most kReportPicturePixels.
QImage diagramPicture(const Design &design, const PictureOptions &options, const DiagramRenderer &renderer)
{
    PictureOptions o = options;
    o.dpi = 0;
    const QRectF scene = renderer.sceneRect();
    o.scale = std::min(1.0, std::sqrt(kReportPicturePixels / std::max(1.0, scene.width() * scene.height())));
    return PngExporter::render(design, o);
}

QString diagramImgTag(const QImage &img)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setQuality(85); // zlib level 1: quick
    writer.write(img);
    QString tag;
    tag.reserve(png.size() * 4 / 3 + 200);
    tag += QStringLiteral("<img alt=\"%1\" width=\"%2\" height=\"%3\" src=\"data:image/png;base64,")
               .arg(Tr::tr("The diagram")).arg(img.width()).arg(img.height());
    tag += QLatin1String(png.toBase64());
    tag += QStringLiteral("\"/>");
    return tag;
}

} // namespace

ReportExporter::Format ReportExporter::formatForPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0 ? Format::Pdf : Format::Html;
}

void ReportExporter::setFindings(const ReportFindings &findings)
{
    m_findings = findings;
    m_haveFindings = true;
}

QString ReportExporter::html(const Design &design, const PictureOptions &options, const ReportFindings &findings)
{
    const ReportContent c = ReportContent::build(design, options, findings);
    const DiagramRenderer renderer(design, options);
    QString svg;
    if (vectorDiagram(renderer)) {
        svg = QString::fromUtf8(SvgExporter::render(design, options));
        if (const int start = svg.indexOf(QLatin1String("<svg")); start > 0)
            svg = svg.mid(start); // drop the XML prolog: the SVG sits inside HTML
    } else {
        svg = diagramImgTag(diagramPicture(design, options, renderer));
    }
    QString out;
    out.reserve(c.bodyHtml.size() + svg.size() + 2000);
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>\n<title>%1</title>\n"
                          "<meta name=\"generator\" content=\"Stackwright\"/>\n<style>%2</style></head><body>\n")
               .arg(esc(c.title), QLatin1String(kCss));
    out += QStringLiteral("<h1>%1</h1>\n").arg(esc(c.title)) + c.summaryHtml;
    out += QStringLiteral("<h2>%1</h2>\n<div class=\"diagram\">\n").arg(Tr::tr("The diagram")) + svg
           + QStringLiteral("\n</div>\n");
    out += c.bodyHtml;
    out += QStringLiteral("</body></html>\n");
    return out;
}

bool ReportExporter::writeTo(const Design &design, QIODevice *device, const PictureOptions &options, QString *error) const
{
    const ReportFindings findings = m_haveFindings ? m_findings : collectFindings(design);
    if (m_format == Format::Pdf)
        return writePdf(design, device, options, findings, error);
    const QByteArray bytes = html(design, options, findings).toUtf8();
    QString why;
    if (!writeFully(device, bytes, &why)) {
        if (error)
            *error = why;
        return false;
    }
    return true;
}

bool ReportExporter::writePdf(const Design &design, QIODevice *device, const PictureOptions &options,
                              const ReportFindings &findings, QString *error) const
{
    const ReportContent c = ReportContent::build(design, options, findings);
    const FastPdfDeflate fastDeflate; // before the writer: it compresses in its destructor too
    QPdfWriter writer(device);
    writer.setCreator(QStringLiteral("Stackwright"));
    writer.setTitle(markup::plain(c.title));
    writer.setResolution(144);
    const DiagramRenderer renderer(design, options);
    writer.setPageLayout(PdfExporter::pageLayoutFor(renderer.sceneRect().size(), options.paper));
    QPainter p;
    if (!p.begin(&writer)) {
        if (error)
            *error = Tr::tr("the PDF could not be started");
        return false;
    }
    // Page 1: title, summary and the diagram as vector. Every text is laid
    // out straight onto the pages (ReportPages), none through QTextDocument.
    QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    page.moveTopLeft(QPointF(0, 0));
    const QVector<ReportBlock> body = parseReportHtml(c.bodyHtml);
    double headHeight = 0;
    {
        ReportPages head(&p, &writer, page.size());
        ReportBlock title;
        title.kind = ReportBlock::Kind::Title;
        title.text = markup::plain(c.title).simplified();
        head.add(title);
        head.add(parseReportHtml(c.summaryHtml));
        head.finishPage();
        headHeight = head.y() + 10;
    }
    const QRectF diagramArea = page.adjusted(0, headHeight, 0, 0);
    const QPageLayout textLayout(PdfExporter::pageSize(options.paper), QPageLayout::Portrait,
                                 QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    if (vectorDiagram(renderer)) {
        renderer.paint(&p, diagramArea, true);
    } else {
        // A big design: a picture at the page's resolution (the vector drawing
        // would be unreadable at this size anyway and slow to write).
        const QRectF src = renderer.sceneRect();
        const double s = std::min(diagramArea.width() / src.width(), diagramArea.height() / src.height()) * 2;
        QImage img(std::max(1, int(src.width() * s)), std::max(1, int(src.height() * s)), QImage::Format_RGB32);
        img.fill(Qt::white);
        {
            QPainter ip(&img);
            renderer.paint(&ip, QRectF(QPointF(0, 0), img.size()));
        }
        const QSizeF shown = QSizeF(img.size()).scaled(diagramArea.size(), Qt::KeepAspectRatio);
        p.drawImage(QRectF(QPointF(diagramArea.center().x() - shown.width() / 2, diagramArea.top()), shown), img);
    }
    writer.setPageLayout(textLayout);
    writer.newPage();
    ReportPages text(&p, &writer, textLayout.paintRectPixels(writer.resolution()).size());
    text.add(body);
    text.finishPage();
    p.end();
    return true;
}

} // namespace sw
