#include "widgets/bundle/bundleexportaction.h"

#include "exporters/formats/exportformat.h"
#include "widgets/bundle/bundleexport.h"
#include "widgets/canvas/editorcontext.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace sw {

BundleExportActions::BundleExportActions(const EditorContext &ctx, QObject *parent)
    : QObject(parent)
    , m_model(ctx.model)
    , m_window(ctx.window)
{
    for (const ExportFormat &format : ExportFormats::all()) {
        if (!format.folder)
            continue; // the pictures and documents: widgets/export
        auto *a = new QAction(format.displayMenuText(), this);
        a->setObjectName(QStringLiteral("export-%1").arg(format.id));
        a->setStatusTip(format.displayStatusTip());
        const QString id = format.id;
        connect(a, &QAction::triggered, this, [this, id] { run(id); });
        m_actions << a;
    }
}

QAction *BundleExportActions::action(const QString &formatId) const
{
    for (QAction *a : m_actions)
        if (a->objectName() == QStringLiteral("export-%1").arg(formatId))
            return a;
    return nullptr;
}

bool BundleExportActions::exportTo(const QString &formatId, const QString &dir, QString *error) const
{
    const ExportFormat *format = ExportFormats::find(formatId);
    if (!m_model || !format) {
        *error = !m_model ? tr("there is no design to export") : tr("there is no export format \"%1\"").arg(formatId);
        return false;
    }
    return format->write(m_model->design(), dir, PictureOptions(), error);
}

void BundleExportActions::run(const QString &formatId)
{
    const ExportFormat *format = ExportFormats::find(formatId);
    if (!format)
        return;
    const QString title = tr("Export %1").arg(format->displayName());
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("%1: choose an empty folder").arg(title), QDir::homePath());
    if (dir.isEmpty())
        return;
    QString error;
    if (!exportTo(formatId, dir, &error)) {
        QMessageBox::warning(m_window, title, tr("The bundle was not written: %1").arg(error));
        return;
    }
    if (auto *mw = qobject_cast<QMainWindow *>(m_window))
        mw->statusBar()->showMessage(tr("Wrote the deploy bundle to %1").arg(QDir::toNativeSeparators(dir)), 8000);
}

void attachBundleExport(EditorContext &ctx)
{
    if (!ctx.exportMenu)
        return;
    QObject *owner = ctx.window ? static_cast<QObject *>(ctx.window) : static_cast<QObject *>(ctx.exportMenu);
    auto *actions = new BundleExportActions(ctx, owner);
    actions->setObjectName(QStringLiteral("bundleExportActions"));
    ctx.exportMenu->addActions(actions->actions());
}

} // namespace sw
