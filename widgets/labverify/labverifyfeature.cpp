#include "widgets/labverify/labverifyfeature.h"

#include "widgets/canvas/dialogaction.h"
#include "widgets/canvas/editorcontext.h"
#include "widgets/labverify/labverifydialog.h"

#include <QMainWindow>

namespace sw {

void attachLabVerify(EditorContext &context)
{
    if (!context.toolsMenu || !context.model)
        return;
    QWidget *parent = context.window;
    DesignModel *model = context.model;
    addDialogAction<LabVerifyDialog>(
        context.toolsMenu, LabVerifyDialog::tr("Check Predictions in the &Lab..."), QStringLiteral("labVerifyAction"),
        LabVerifyDialog::tr("Fail every server of the design in a lab on this machine, one at a time, and compare "
                            "what happens with what the validator and the what-if analysis predict"),
        [model, parent] { return new LabVerifyDialog(model, parent); });
}

} // namespace sw
