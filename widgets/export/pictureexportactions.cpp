#include "widgets/export/pictureexportactions.h"

#include "exporters/pictures/diagramrenderer.h"
#include "core/model/geometry.h"
#include "exporters/pictures/dotexporter.h"
#include "exporters/pictures/pdfexporter.h"
#include "exporters/pictures/pngexporter.h"
#include "exporters/pictures/reportexporter.h"
#include "exporters/pictures/svgexporter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

namespace sw {

PictureExportActions::PictureExportActions(const EditorContext &ctx, QObject *parent) : QObject(parent), m_ctx(ctx)
{
    const struct {
        Format format;
        QString text;
    } items[] = {
        {Format::Png, tr("&PNG Image...")},
        {Format::Svg, tr("&SVG Image...")},
        {Format::Pdf, tr("P&DF Document...")},
        {Format::Dot, tr("&Graphviz DOT...")},
        {Format::ReportHtml, tr("&Report (HTML or PDF)...")},
    };
    for (const auto &item : items) {
        auto *a = new QAction(item.text, this);
        a->setObjectName(QStringLiteral("exportPicture%1").arg(int(item.format)));
        const Format f = item.format;
        connect(a, &QAction::triggered, this, [this, f] { exportInteractively(f); });
        m_exports.insert(int(f), a);
        if (m_ctx.exportMenu)
            m_ctx.exportMenu->addAction(a);
    }
    m_copy = new QAction(tr("Copy as &Image"), this);
    m_copy->setObjectName(QStringLiteral("copyAsImage"));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setStatusTip(tr("Copy the selection (or the whole design) to the clipboard as a picture"));
    connect(m_copy, &QAction::triggered, this, [this] { copyAsImage(); });
    if (m_ctx.editMenu)
        m_ctx.editMenu->addAction(m_copy);
    m_print = new QAction(tr("&Print..."), this);
    m_print->setObjectName(QStringLiteral("printDesign"));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &PictureExportActions::print);
    if (m_ctx.fileMenu)
        m_ctx.fileMenu->addAction(m_print);
    m_last.scale = 2;
}

QAction *PictureExportActions::action(Format format) const { return m_exports.value(int(format)); }

QWidget *PictureExportActions::dialogParent() const { return m_ctx.window; }

QStringList PictureExportActions::selectedIds() const
{
    return m_ctx.selection ? m_ctx.selection->ids() : QStringList();
}

QString PictureExportActions::exportTo(Format format, const QString &path, const PictureOptions &options) const
{
    if (!m_ctx.model)
        return tr("There is no design to export.");
    std::unique_ptr<PictureExporter> exporter;
    switch (format) {
    case Format::Png: exporter = std::make_unique<PngExporter>(); break;
    case Format::Svg: exporter = std::make_unique<SvgExporter>(); break;
    case Format::Pdf: exporter = std::make_unique<PdfExporter>(); break;
    case Format::Dot: exporter = std::make_unique<DotExporter>(); break;
    case Format::ReportHtml:
    case Format::ReportPdf: exporter = std::make_unique<ReportExporter>(ReportExporter::formatForPath(path)); break;
    }
    PictureOptions o = options;
    if (m_ctx.overlay && !o.overlay)
        o.overlay = m_ctx.overlay;
    QString error;
    Design design = m_ctx.model->design();
    placeUnpositioned(design);
    return exporter->write(design, path, o, &error) ? QString() : error;
}

void PictureExportActions::exportInteractively(Format format)
{
    if (!m_ctx.model)
        return;
    QString filter;
    QString suffix;
    switch (format) {
    case Format::Png: filter = tr("PNG images (*.png)"); suffix = QStringLiteral("png"); break;
    case Format::Svg: filter = tr("SVG images (*.svg)"); suffix = QStringLiteral("svg"); break;
    case Format::Pdf: filter = tr("PDF documents (*.pdf)"); suffix = QStringLiteral("pdf"); break;
    case Format::Dot: filter = tr("Graphviz files (*.dot *.gv)"); suffix = QStringLiteral("dot"); break;
    case Format::ReportHtml:
    case Format::ReportPdf:
        filter = tr("HTML report (*.html);;PDF report (*.pdf)");
        suffix = QStringLiteral("html");
        break;
    }
    const QString base = m_ctx.model->design().name.isEmpty() ? tr("design") : m_ctx.model->design().name;
    QString safe = base;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString chosenFilter;
    QString path = QFileDialog::getSaveFileName(dialogParent(), tr("Export"), dir + QLatin1Char('/') + safe
                                                + QLatin1Char('.') + suffix, filter, &chosenFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += chosenFilter.contains(QLatin1String("*.pdf")) ? QStringLiteral(".pdf") : QLatin1Char('.') + suffix;
    if (format == Format::ReportHtml && ReportExporter::formatForPath(path) == ReportExporter::Format::Pdf)
        format = Format::ReportPdf;
    const bool hasSelection = !selectedIds().isEmpty();
    PictureOptions options = m_last;
    if (ExportOptionsDialog::hasOptions(format, hasSelection)) {
        ExportOptionsDialog dialog(format, hasSelection, dialogParent());
        dialog.setOptions(m_last);
        if (dialog.exec() != QDialog::Accepted)
            return;
        options = dialog.options();
        m_last = options;
        if (dialog.selectionOnly())
            options.selection = selectedIds();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = exportTo(format, path, options);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(dialogParent(), tr("Export failed"), error);
}

QImage PictureExportActions::copyAsImage()
{
    if (!m_ctx.model)
        return {};
    PictureOptions o;
    o.scale = 2;
    o.selection = selectedIds();
    o.overlay = m_ctx.overlay;
    Design design = m_ctx.model->design();
    placeUnpositioned(design);
    const QImage img = PngExporter::render(design, o);
    if (QClipboard *cb = QGuiApplication::clipboard())
        cb->setImage(img);
    return img;
}

bool PictureExportActions::printTo(QPrinter *printer, QString *error) const
{
    if (!m_ctx.model)
        return false;
    PictureOptions o;
    o.selection = selectedIds();
    o.overlay = m_ctx.overlay;
    Design design = m_ctx.model->design();
    placeUnpositioned(design);
    const DiagramRenderer renderer(design, o);
    const QSizeF s = renderer.sceneRect().size();
    printer->setPageOrientation(s.width() > s.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPainter p;
    if (!p.begin(printer)) {
        if (error)
            *error = tr("The printer could not be started.");
        return false;
    }
    renderer.paint(&p, QRectF(QPointF(0, 0), printer->pageLayout().paintRectPixels(printer->resolution()).size()), true);
    p.end();
    return true;
}

void PictureExportActions::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, dialogParent());
    dialog.setWindowTitle(tr("Print Design"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!printTo(&printer, &error))
        QMessageBox::warning(dialogParent(), tr("Print failed"), error);
}

} // namespace sw
