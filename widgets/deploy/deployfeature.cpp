#include "widgets/deploy/deployfeature.h"

#include "widgets/deploy/deploydialog.h"
#include "widgets/canvas/editorcontext.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>

namespace sw {

void attachDeploy(EditorContext &context)
{
    if (!context.toolsMenu || !context.model)
        return;
    QWidget *parent = context.window;
    DesignModel *model = context.model;
    Overlay *overlay = context.overlay;
    QAction *action = context.toolsMenu->addAction(QCoreApplication::translate("sw::DeployDialog", "&Deploy..."));
    action->setObjectName(QStringLiteral("deployAction"));
    action->setStatusTip(QCoreApplication::translate(
        "sw::DeployDialog", "Run the design's deploy scripts on its servers over ssh, dry-run them, or check the servers"));
    auto dialog = std::make_shared<QPointer<DeployDialog>>();
    QObject::connect(action, &QAction::triggered, action, [=] {
        if (!*dialog)
            *dialog = new DeployDialog(model, overlay, parent);
        (*dialog)->show();
        (*dialog)->raise();
        (*dialog)->activateWindow();
    });
}

} // namespace sw
