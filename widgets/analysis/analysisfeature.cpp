#include "widgets/analysis/analysisfeature.h"

#include "core/analysis/activity.h"
#include "widgets/analysis/activitydialog.h"
#include "widgets/analysis/activitypanel.h"
#include "widgets/analysis/analysispanel.h"
#include "widgets/analysis/analysisstate.h"
#include "core/commands/designmetacommand.h"
#include "widgets/analysis/flowplayer.h"
#include "core/io/designfile.h"
#include "core/model/geometry.h"
#include "widgets/analysis/presentationmode.h"
#include "widgets/analysis/whatifpanel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QGraphicsView>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QStatusBar>
#include <QUndoStack>

namespace sw {

void attachAnalysis(EditorContext &ctx)
{
    QObject *owner = ctx.window ? static_cast<QObject *>(ctx.window) : static_cast<QObject *>(ctx.model);
    new AnalysisFeature(ctx, owner);   // owned by the window
}

AnalysisFeature::AnalysisFeature(const EditorContext &ctx, QObject *parent) : QObject(parent), m_ctx(ctx)
{
    m_state = new AnalysisState(ctx.model, this);
    m_player = new FlowPlayer(this);
    m_presentation = new PresentationMode(ctx, m_player, this);
    if (ctx.window) {
        m_dock = new QDockWidget(tr("Analysis"), ctx.window);
        m_dock->setObjectName(QStringLiteral("analysisDock"));
        m_panel = new AnalysisPanel(m_state, m_player, ctx, m_dock);
        m_dock->setWidget(m_panel);
        ctx.window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
        connect(m_dock, &QDockWidget::visibilityChanged, this, &AnalysisFeature::updateOverlay);
    } else {
        m_panel = new AnalysisPanel(m_state, m_player, ctx);
        connect(this, &QObject::destroyed, m_panel, &QObject::deleteLater);
    }
    m_player->setHops(m_state->flow());
    connect(m_state, &AnalysisState::changed, this, [this] {
        m_player->setHops(m_state->flow());
        if (m_whatIfAction)
            m_whatIfAction->setChecked(m_state->whatIfMode());
        updateOverlay();
    });
    connect(m_player, &FlowPlayer::stepChanged, this, &AnalysisFeature::updateOverlay);
    connect(m_panel, &AnalysisPanel::highlightRequestChanged, this, &AnalysisFeature::updateOverlay);
    connect(m_panel, &AnalysisPanel::message, this, &AnalysisFeature::showMessage);
    connect(m_presentation, &PresentationMode::activeChanged, this, [this](bool on) {
        if (m_presentationAction)
            m_presentationAction->setChecked(on);
        updateOverlay();
    });
    if (ctx.view && ctx.view->viewport())
        ctx.view->viewport()->installEventFilter(this);
    createActions();
    updateOverlay();
}

void AnalysisFeature::createActions()
{
    if (m_ctx.viewMenu) {
        m_ctx.viewMenu->addSeparator();
        if (m_dock) {
            QAction *dockAction = m_dock->toggleViewAction();
            dockAction->setText(tr("&Analysis Panel"));
            m_ctx.viewMenu->addAction(dockAction);
        }
        m_whatIfAction = m_ctx.viewMenu->addAction(tr("&What-if Mode"));
        m_whatIfAction->setCheckable(true);
        m_whatIfAction->setToolTip(tr("Mark nodes as failed and see what still works"));
        connect(m_whatIfAction, &QAction::toggled, m_state, &AnalysisState::setWhatIfMode);
        QAction *flow = m_ctx.viewMenu->addAction(tr("Request &Flow"));
        connect(flow, &QAction::triggered, this, [this] {
            if (m_dock)
                m_dock->show();
            m_panel->showTab(AnalysisPanel::FlowTab);
            if (m_player->index() < 0)
                m_player->stepForward();
        });
        m_presentationAction = m_ctx.viewMenu->addAction(tr("&Presentation"));
        m_presentationAction->setCheckable(true);
        m_presentationAction->setShortcut(QKeySequence(Qt::Key_F5));
        m_presentationAction->setToolTip(tr("Full screen with large captions; arrow keys step the request flow"));
        connect(m_presentationAction, &QAction::toggled, m_presentation, &PresentationMode::setActive);
    }
    if (m_ctx.fileMenu) {
        QAction *save = m_ctx.fileMenu->addAction(tr("Save as Acti&vity..."));
        connect(save, &QAction::triggered, this, &AnalysisFeature::askSaveAsActivity);
    }
    if (m_ctx.toolsMenu) {
        QAction *fail = m_ctx.toolsMenu->addAction(tr("Fail Selected Nodes (What-if)"));
        connect(fail, &QAction::triggered, m_panel->whatIfPanel(), &WhatIfPanel::failSelected);
    }
}

void AnalysisFeature::showMessage(const QString &text)
{
    if (m_ctx.window)
        m_ctx.window->statusBar()->showMessage(text, 6000);
}

void AnalysisFeature::updateOverlay()
{
    if (!m_ctx.overlay)
        return;
    const QSet<QString> failed = m_state->failedForDisplay();
    if (failed != m_lastFailed) {
        m_lastFailed = failed;
        m_ctx.overlay->setFailed(failed);
    }
    QSet<QString> hi;
    const bool panelShown = !m_dock || !m_dock->isHidden();   // hidden: closed by the user
    const bool flowShown = m_presentation->isActive() || (panelShown && m_panel->currentTab() == AnalysisPanel::FlowTab);
    if (flowShown && m_player->currentHop()) {
        const FlowHop *h = m_player->currentHop();
        for (const QString &id : h->nodes + h->links)
            hi.insert(id);
    } else if (m_state->whatIfMode() && !m_state->marked().isEmpty()) {
        hi = m_state->current().survivingNodes;
        hi.unite(m_state->current().survivingLinks);
    } else if (panelShown && m_panel->currentTab() == AnalysisPanel::CapacityTab && m_panel->highlightBottleneck()) {
        for (const QString &id : m_state->capacity().bottleneckIds)
            hi.insert(id);
    }
    if (hi != m_lastHighlight) {
        m_lastHighlight = hi;
        m_ctx.overlay->setHighlighted(hi);
    }
}

QString AnalysisFeature::nodeAt(const QPointF &scenePos) const
{
    const Design &d = m_ctx.model->design();
    const DiagramGeometry geo(d);
    const QStringList &order = geo.paintOrder();
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        const Node *n = d.node(*it);
        if (!n || !geo.rect(*it).contains(scenePos))
            continue;
        QSet<QString> units;
        if (m_state->whatIf().resolve({*it}, &units, nullptr))
            return *it;
        if (n->kind == Kind::Server)
            return {};
    }
    return {};
}

void AnalysisFeature::contextMenu(const QPoint &viewPos, const QPoint &globalPos)
{
    const QString id = nodeAt(m_ctx.view->mapToScene(viewPos));
    QMenu menu;
    if (!id.isEmpty()) {
        const Node *n = m_ctx.model->node(id);
        const bool failed = m_state->marked().contains(id);
        QAction *a = menu.addAction(failed ? tr("Bring \"%1\" back").arg(n->displayLabel())
                                           : tr("Fail \"%1\"").arg(n->displayLabel()));
        connect(a, &QAction::triggered, this, [this, id] {
            QString error;
            if (!m_state->toggleMarked(id, &error))
                showMessage(error);
        });
    }
    QAction *sel = menu.addAction(tr("Fail Selected Nodes"));
    sel->setEnabled(m_ctx.selection && !m_ctx.selection->ids().isEmpty());
    connect(sel, &QAction::triggered, m_panel->whatIfPanel(), &WhatIfPanel::failSelected);
    QAction *all = menu.addAction(tr("Restore All"));
    all->setEnabled(!m_state->marked().isEmpty());
    connect(all, &QAction::triggered, m_panel->whatIfPanel(), &WhatIfPanel::restoreAll);
    menu.addSeparator();
    QAction *leave = menu.addAction(tr("Leave What-if Mode"));
    connect(leave, &QAction::triggered, this, [this] { m_state->setWhatIfMode(false); });
    menu.exec(globalPos);
}

bool AnalysisFeature::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_state->whatIfMode() || !m_ctx.view || watched != m_ctx.view->viewport())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::ContextMenu: {
        auto *e = static_cast<QContextMenuEvent *>(event);
        contextMenu(e->pos(), e->globalPos());
        return true;
    }
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        m_pressed = e->button() == Qt::LeftButton;
        m_pressPos = e->position().toPoint();
        break;
    }
    case QEvent::MouseButtonRelease: {
        auto *e = static_cast<QMouseEvent *>(event);
        // A click (not a drag) on a node fails it or brings it back.
        if (m_pressed && e->button() == Qt::LeftButton
            && (e->position().toPoint() - m_pressPos).manhattanLength() < 4) {
            const QString id = nodeAt(m_ctx.view->mapToScene(e->position().toPoint()));
            if (!id.isEmpty()) {
                QString error;
                if (!m_state->toggleMarked(id, &error))
                    showMessage(error);
            }
        }
        m_pressed = false;
        break;
    }
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

bool AnalysisFeature::saveAsActivity(const Activity &a, const QString &path, QString *error)
{
    QString err;
    if (!checkActivity(a, m_ctx.model->design(), &err)) {
        if (error)
            *error = err;
        return false;
    }
    auto cmd = std::make_unique<DesignMetaCommand>(m_ctx.model, DesignMetaCommand::Extension,
                                                   a.toJson().toVariantMap(), QStringLiteral("activity"));
    cmd->setText(tr("Save as activity"));
    if (m_ctx.undo)
        m_ctx.undo->push(cmd.release());   // the stack owns it
    else
        cmd->redo();
    m_panel->activityPanel()->takeSnapshot();
    return saveDesignFile(m_ctx.model->design(), path, error);
}

void AnalysisFeature::askSaveAsActivity()
{
    ActivityDialog dialog(m_ctx.model->design(), m_ctx.selection ? m_ctx.selection->ids() : QStringList(),
                          m_ctx.window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(m_ctx.window, tr("Save as Activity"), QString(),
                                                      tr("Stackwright designs (*.stackwright *.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveAsActivity(dialog.activity(), path, &error))
        QMessageBox::warning(m_ctx.window, tr("Save as Activity"), error);
    else
        showMessage(tr("Saved the activity to %1").arg(path));
}

} // namespace sw
