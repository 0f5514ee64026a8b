#include "reportexporter.h"

#include "diagramrenderer.h"
#include "pdfexporter.h"
#include "reportcontent.h"
#include "svgexporter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace sw {

namespace {

const char *kCss =
    "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#1f2937;max-width:62em;margin:2em auto;line-height:1.45}"
    "h1{font-size:1.7em;margin-bottom:.2em}h2{font-size:1.3em;border-bottom:1px solid #cbd5e1;margin-top:1.6em}"
    "h3{font-size:1.05em;margin-bottom:.2em}.facts{color:#64748b;font-weight:normal}"
    "h3.error{color:#b91c1c}h3.warning{color:#b45309}h3.info{color:#1d4ed8}"
    ".diagram{border:1px solid #e2e8f0;padding:.5em;overflow:auto}.diagram svg{max-width:100%;height:auto}";

QString tr(const char *s) { return QCoreApplication::translate("sw::Report", s); }

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
    QString svg = QString::fromUtf8(SvgExporter::render(design, options));
    if (const int start = svg.indexOf(QLatin1String("<svg")); start > 0)
        svg = svg.mid(start); // drop the XML prolog: the SVG sits inside HTML
    QString out;
    out.reserve(c.bodyHtml.size() + svg.size() + 2000);
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>%1</title>\n"
                          "<meta name=\"generator\" content=\"Stackwright\">\n<style>%2</style></head><body>\n")
               .arg(c.title.toHtmlEscaped(), QLatin1String(kCss));
    out += QStringLiteral("<h1>%1</h1>\n").arg(c.title.toHtmlEscaped()) + c.summaryHtml;
    out += QStringLiteral("<h2>%1</h2>\n<div class=\"diagram\">\n").arg(tr("The diagram")) + svg
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
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    return true;
}

bool ReportExporter::writePdf(const Design &design, QIODevice *device, const PictureOptions &options,
                              const ReportFindings &findings, QString *error) const
{
    const ReportContent c = ReportContent::build(design, options, findings);
    QPdfWriter writer(device);
    writer.setCreator(QStringLiteral("Stackwright"));
    writer.setTitle(c.title);
    writer.setResolution(144);
    const DiagramRenderer renderer(design, options);
    writer.setPageLayout(PdfExporter::pageLayoutFor(renderer.sceneRect().size(), options.paper));
    QPainter p;
    if (!p.begin(&writer)) {
        if (error)
            *error = tr("the PDF could not be started");
        return false;
    }
    // Page 1: title, summary and the diagram as vector.
    QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    page.moveTopLeft(QPointF(0, 0));
    QTextDocument head;
    head.setDefaultStyleSheet(QLatin1String(kCss));
    head.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    head.documentLayout()->setPaintDevice(&writer);
    head.setHtml(QStringLiteral("<h1>%1</h1>").arg(c.title.toHtmlEscaped()) + c.summaryHtml);
    head.setTextWidth(page.width());
    head.drawContents(&p);
    const double headHeight = head.size().height() + 10;
    renderer.paint(&p, page.adjusted(0, headHeight, 0, 0), true);

    // Then the text, portrait, page after page.
    QPageLayout textLayout(PdfExporter::pageSize(options.paper), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                           QPageLayout::Millimeter);
    writer.setPageLayout(textLayout);
    writer.newPage();
    page = writer.pageLayout().paintRectPixels(writer.resolution());
    page.moveTopLeft(QPointF(0, 0));
    QTextDocument doc;
    doc.setDefaultStyleSheet(QLatin1String(kCss));
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setHtml(c.bodyHtml);
    doc.setPageSize(page.size());
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        p.save();
        p.translate(0, -i * page.height());
        const QRectF clip(0, i * page.height(), page.width(), page.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        p.setClipRect(clip);
        doc.documentLayout()->draw(&p, ctx);
        p.restore();
    }
    p.end();
    return true;
}

} // namespace sw
