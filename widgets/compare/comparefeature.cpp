#include "widgets/compare/comparefeature.h"

#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/compare/comparemarks.h"
#include "widgets/compare/comparepanel.h"
#include "widgets/compare/comparesession.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

namespace sw {

CompareFeature::CompareFeature(EditorContext &ctx)
    : QObject(ctx.window), m_ctx(ctx), m_session(new CompareSession(ctx.model, this))
{
    setObjectName(QStringLiteral("compareFeature"));
    if (auto *scene = qobject_cast<CanvasScene *>(ctx.scene))
        m_marks = new CompareMarks(scene, m_session, this);
    auto *dock = new QDockWidget(ComparePanel::tr("Comparison"), ctx.window);
    dock->setObjectName(QStringLiteral("compareDock"));
    m_panel = new ComparePanel(m_session, ctx.selection, dock);
    dock->setWidget(m_panel);
    ctx.window->addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    m_dock = dock;
    connect(m_panel, &ComparePanel::closeRequested, this, &CompareFeature::stop);
    connect(m_panel, &ComparePanel::showRequested, this, [this](const QStringList &ids) {
        QStringList present;
        for (const QString &id : ids)
            if (m_ctx.model->design().hasId(id))
                present << id;
        if (present.isEmpty())
            return;
        m_ctx.selection->set(present);
        if (auto *view = qobject_cast<CanvasView *>(m_ctx.view))
            view->showSelection();
    });

    auto *action = new QAction(ComparePanel::tr("Compare &With…"), ctx.window);
    action->setObjectName(QStringLiteral("actionCompareWith"));
    connect(action, &QAction::triggered, this, &CompareFeature::chooseFile);
    ctx.window->addAction(action);
    if (ctx.fileMenu)
        ctx.fileMenu->insertAction(ctx.exportMenu ? ctx.exportMenu->menuAction() : nullptr, action);
}

void CompareFeature::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(m_ctx.window, ComparePanel::tr("Compare With"), QString(),
                                                      ComparePanel::tr("Designs (*.stackwright *.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!compareWith(path, &error))
        QMessageBox::warning(m_ctx.window, ComparePanel::tr("Cannot compare"), error);
}

bool CompareFeature::compareWith(const QString &path, QString *error)
{
    if (!m_session->start(path, error))
        return false;
    shown();
    return true;
}

void CompareFeature::compareWith(const Design &other, const QString &name)
{
    m_session->start(other, name);
    shown();
}

void CompareFeature::shown()
{
    // The whole right column: a tab beside the properties, the list needs the height.
    auto *dock = static_cast<QDockWidget *>(m_dock);
    auto *properties = m_ctx.window->findChild<QDockWidget *>(QStringLiteral("propertiesDock"));
    if (properties && properties != dock && !m_ctx.window->tabifiedDockWidgets(properties).contains(dock)
        && m_ctx.window->dockWidgetArea(properties) == m_ctx.window->dockWidgetArea(dock))
        m_ctx.window->tabifyDockWidget(properties, dock);
    m_dock->show();
    m_dock->raise();
}

void CompareFeature::stop()
{
    m_session->stop();
    m_dock->hide();
}

void attachCompare(EditorContext &ctx)
{
    if (ctx.window && ctx.model)
        new CompareFeature(ctx);   // a child of the window
}

} // namespace sw
