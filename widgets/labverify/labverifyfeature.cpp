#include "widgets/labverify/labverifyfeature.h"

#include "widgets/canvas/editorcontext.h"
#include "widgets/labverify/labverifydialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <memory>

namespace sw {

void attachLabVerify(EditorContext &context)
{
    if (!context.toolsMenu || !context.model)
        return;
    QWidget *parent = context.window;
    DesignModel *model = context.model;
    QAction *action = context.toolsMenu->addAction(LabVerifyDialog::tr("Check Predictions in the &Lab..."));
    action->setObjectName(QStringLiteral("labVerifyAction"));
    action->setStatusTip(LabVerifyDialog::tr("Fail every server of the design in a lab on this machine, one at a time, and compare "
                                             "what happens with what the validator and the what-if analysis predict"));
    auto dialog = std::make_shared<QPointer<LabVerifyDialog>>();
    QObject::connect(action, &QAction::triggered, action, [=] {
        if (!*dialog)
            *dialog = new LabVerifyDialog(model, parent);
        (*dialog)->show();
        (*dialog)->raise();
        (*dialog)->activateWindow();
    });
}

} // namespace sw
