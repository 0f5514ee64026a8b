#include "widgets/export/pictureexportactions.h"

#include "core/model/geometry.h"
#include "exporters/formats/exportformat.h"
#include "exporters/pictures/diagramrenderer.h"
#include "exporters/pictures/pngexporter.h"

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
    for (const ExportFormat &format : ExportFormats::all()) {
        if (format.folder)
            continue; // the bundles: widgets/bundle
        auto *a = new QAction(format.displayMenuText(), this);
        a->setObjectName(QStringLiteral("export-%1").arg(format.id));
        a->setStatusTip(format.displayStatusTip());
        const QString id = format.id;
        connect(a, &QAction::triggered, this, [this, id] { exportInteractively(id); });
        m_exports.insert(id, a);
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

QAction *PictureExportActions::action(const QString &formatId) const { return m_exports.value(formatId); }

QWidget *PictureExportActions::dialogParent() const { return m_ctx.window; }

QStringList PictureExportActions::selectedIds() const
{
    return m_ctx.selection ? m_ctx.selection->ids() : QStringList();
}

QString PictureExportActions::exportTo(const QString &formatId, const QString &path, const PictureOptions &options) const
{
    if (!m_ctx.model)
        return tr("There is no design to export.");
    const ExportFormat *format = ExportFormats::find(formatId);
    if (!format)
        return tr("There is no export format \"%1\".").arg(formatId);
    PictureOptions o = options;
    if (m_ctx.overlay && !o.overlay)
        o.overlay = m_ctx.overlay;
    QString error;
    Design design = m_ctx.model->design();
    placeUnpositioned(design);
    return format->write(design, path, o, &error) ? QString() : error;
}

void PictureExportActions::exportInteractively(const QString &formatId)
{
    const ExportFormat *found = ExportFormats::find(formatId);
    if (!m_ctx.model || !found)
        return;
    const ExportFormat format = *found; // the registry may change while the dialogs are open
    const QString suffix = format.suffixes.value(0);
    const QString base = m_ctx.model->design().name.isEmpty() ? tr("design") : m_ctx.model->design().name;
    QString safe = base;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString chosenFilter;
    QString path = QFileDialog::getSaveFileName(dialogParent(), tr("Export"), dir + QLatin1Char('/') + safe
                                                + QLatin1Char('.') + suffix, format.displayFilter(), &chosenFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) {
        // The suffix of the filter chosen ("PDF report (*.pdf)"), else the format's default.
        static const QRegularExpression pattern(QStringLiteral("\\*\\.([A-Za-z0-9]+)"));
        const QRegularExpressionMatch m = pattern.match(chosenFilter);
        path += QLatin1Char('.') + (m.hasMatch() ? m.captured(1) : suffix);
    }
    const bool hasSelection = !selectedIds().isEmpty();
    PictureOptions options = m_last;
    if (ExportOptionsDialog::hasOptions(format, path, hasSelection)) {
        ExportOptionsDialog dialog(format, path, hasSelection, dialogParent());
        dialog.setOptions(m_last);
        if (dialog.exec() != QDialog::Accepted)
            return;
        options = dialog.options();
        m_last = options;
        if (dialog.selectionOnly())
            options.selection = selectedIds();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = exportTo(format.id, path, options);
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
