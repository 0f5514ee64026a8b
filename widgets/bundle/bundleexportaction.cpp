#include "widgets/bundle/bundleexportaction.h"

#include "exporters/bundle/ansiblebundle.h"
#include "widgets/bundle/bundleexport.h"
#include "widgets/canvas/editorcontext.h"
#include "exporters/bundle/shellbundle.h"

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
    m_shell = new QAction(tr("Shell scripts..."), this);
    m_shell->setObjectName(QStringLiteral("exportShellBundle"));
    m_shell->setStatusTip(tr("Write one idempotent provisioning script per server and a deploy.sh"));
    m_ansible = new QAction(tr("Ansible project..."), this);
    m_ansible->setObjectName(QStringLiteral("exportAnsibleBundle"));
    m_ansible->setStatusTip(tr("Write an Ansible inventory, site.yml and one role per concern"));
    connect(m_shell, &QAction::triggered, this, [this] { run(Format::Shell); });
    connect(m_ansible, &QAction::triggered, this, [this] { run(Format::Ansible); });
}

bool BundleExportActions::exportTo(Format format, const QString &dir, QString *error) const
{
    if (!m_model) {
        *error = tr("there is no design to export");
        return false;
    }
    const Design &design = m_model->design();
    return format == Format::Shell ? bundle::writeShellBundle(design, dir, error)
                                   : bundle::writeAnsibleBundle(design, dir, error);
}

void BundleExportActions::run(Format format)
{
    const QString title = format == Format::Shell ? tr("Export shell scripts") : tr("Export Ansible project");
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("%1: choose an empty folder").arg(title), QDir::homePath());
    if (dir.isEmpty())
        return;
    QString error;
    if (!exportTo(format, dir, &error)) {
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
    ctx.exportMenu->addAction(actions->shellAction());
    ctx.exportMenu->addAction(actions->ansibleAction());
}

} // namespace sw
