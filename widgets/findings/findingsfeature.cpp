#include "widgets/findings/findingsfeature.h"

#include "widgets/findings/findingspanel.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace sw {

void attachFindings(EditorContext &ctx)
{
    if (!ctx.window || !ctx.model)
        return;
    auto *dock = new QDockWidget(FindingsPanel::tr("Findings"), ctx.window);
    dock->setObjectName(QStringLiteral("findingsDock"));
    dock->setWidget(new FindingsPanel(ctx, dock));
    ctx.window->addDockWidget(Qt::RightDockWidgetArea, dock);
    if (ctx.viewMenu)
        ctx.viewMenu->addAction(dock->toggleViewAction());
}

} // namespace sw
