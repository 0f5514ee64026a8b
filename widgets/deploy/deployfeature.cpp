#include "widgets/deploy/deployfeature.h"

#include "widgets/canvas/dialogaction.h"
#include "widgets/canvas/editorcontext.h"
#include "widgets/deploy/deploydialog.h"

#include <QCoreApplication>
#include <QMainWindow>

namespace sw {

void attachDeploy(EditorContext &context)
{
    if (!context.toolsMenu || !context.model)
        return;
    QWidget *parent = context.window;
    DesignModel *model = context.model;
    Overlay *overlay = context.overlay;
    addDialogAction<DeployDialog>(
        context.toolsMenu, QCoreApplication::translate("sw::DeployDialog", "&Deploy..."), QStringLiteral("deployAction"),
        QCoreApplication::translate(
            "sw::DeployDialog", "Run the design's deploy scripts on its servers over ssh, dry-run them, or check the servers"),
        [model, overlay, parent] { return new DeployDialog(model, overlay, parent); });
}

} // namespace sw
