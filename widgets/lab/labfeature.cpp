#include "widgets/lab/labfeature.h"

#include "core/model/geometry.h"
#include "deploy/lab/labpreflight.h"
#include "widgets/analysis/analysisfeature.h"
#include "widgets/analysis/analysispanel.h"
#include "widgets/analysis/flowpanel.h"
#include "widgets/lab/labflowlayer.h"
#include "widgets/lab/lablayer.h"
#include "widgets/lab/labpaths.h"
#include "widgets/lab/labprogressview.h"
#include "widgets/lab/labrequestspanel.h"
#include "widgets/lab/labsession.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLayout>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace sw {

void attachLab(EditorContext &ctx)
{
    QObject *owner = ctx.window ? static_cast<QObject *>(ctx.window) : static_cast<QObject *>(ctx.model);
    new LabFeature(ctx, owner);   // owned by the window
}

LabFeature::LabFeature(const EditorContext &ctx, QObject *parent)
    : QObject(parent), m_ctx(ctx), m_session(std::make_unique<LabSession>())
{
    setObjectName(QStringLiteral("labFeature"));
    if (ctx.scene) {
        m_layer = new LabLayer(ctx.model);
        m_flow = new LabFlowLayer(ctx.model);
        ctx.scene->addItem(m_layer);
        ctx.scene->addItem(m_flow);
    }
    m_progress = new LabProgressView(m_session.get());
    m_requests = new LabRequestsPanel;
    if (ctx.window) {
        m_dock = new QDockWidget(tr("Lab"), ctx.window);
        m_dock->setObjectName(QStringLiteral("labDock"));
        m_dock->setWidget(m_progress);
        ctx.window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
        m_dock->hide();
        m_analysis = ctx.window->findChild<AnalysisFeature *>();
    }
    if (m_analysis && m_analysis->panel() && m_analysis->panel()->flowPanel())
        m_analysis->panel()->flowPanel()->addSection(m_requests);
    else
        static_cast<QWidget *>(m_progress)->layout()->addWidget(m_requests);
    if (!m_dock)
        connect(this, &QObject::destroyed, m_progress, &QObject::deleteLater);

    connect(m_progress, &LabProgressView::runRequested, this, [this] { runLab(); });
    connect(m_progress, &LabProgressView::stopRequested, this, &LabFeature::stopLab);
    connect(m_session.get(), &LabSession::statusChanged, this, &LabFeature::onStatusChanged);
    connect(m_session.get(), &LabSession::phaseChanged, this, [this] {
        updateActions();
        m_requests->setLabRunning(m_session->phase() == LabSession::Phase::Running);
    });
    connect(m_session.get(), &LabSession::operationFinished, this, &LabFeature::onOperationFinished);
    connect(m_requests, &LabRequestsPanel::sendRequested, this, [this](int count) {
        m_requests->setBusy(true);
        m_session->sendRequests(count, 100);
    });
    connect(m_session.get(), &LabSession::requestsFinished, this,
            [this](const QVector<lab::ProbeResult> &results, const QString &error) {
                m_requests->setBusy(false);
                QVector<RequestPath> paths;
                QVector<double> starts;
                const double t0 = results.isEmpty() ? 0 : results.first().at;
                for (const lab::ProbeResult &r : results) {
                    paths << requestPath(m_session->design(), m_session->plan(), r);
                    starts << r.at - t0;
                }
                m_lastPaths = paths;
                m_requests->setResults(paths, requestStats(results), error);
                if (m_flow)
                    m_flow->play(paths, starts);
            });
    connect(m_requests, &LabRequestsPanel::replayRequested, this, [this](int index) {
        if (m_flow && index >= 0 && index < m_lastPaths.size())
            m_flow->play({m_lastPaths[index]}, {0.0});
    });
    // The lab goes with its design: on New/Open, and when the application quits.
    connect(ctx.model, &DesignModel::designReset, this, [this] {
        m_closed = true;
        if (m_session->phase() != LabSession::Phase::Idle)
            stopLab();
        if (m_layer)
            m_layer->clear();
        if (m_flow)
            m_flow->clear();
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { m_session->stopAndWait(); });
    if (ctx.view && ctx.view->viewport())
        ctx.view->viewport()->installEventFilter(this);
    createActions();
    connectWhatIf();
    updateActions();
}

LabLayer *LabFeature::layer() const { return m_layer; }
LabFlowLayer *LabFeature::flowLayer() const { return m_flow; }

LabFeature::~LabFeature()
{
    m_session->stopAndWait();
    delete m_layer.data();
    delete m_flow.data();
}

void LabFeature::createActions()
{
    m_run = new QAction(tr("Run as &Lab"), this);
    m_run->setObjectName(QStringLiteral("actionRunLab"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_run->setToolTip(tr("Stand the design up for real on this machine, one network namespace per server"));
    m_run->setIcon(QApplication::style()->standardIcon(QStyle::SP_MediaPlay));
    connect(m_run, &QAction::triggered, this, [this] { runLab(); });
    m_stop = new QAction(tr("Stop the La&b"), this);
    m_stop->setObjectName(QStringLiteral("actionStopLab"));
    m_stop->setIcon(QApplication::style()->standardIcon(QStyle::SP_MediaStop));
    connect(m_stop, &QAction::triggered, this, &LabFeature::stopLab);
    m_failHeal = new QAction(tr("Fail or Heal Selected Server in the Lab"), this);
    m_failHeal->setObjectName(QStringLiteral("actionLabFailHeal"));
    m_failHeal->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_failHeal, &QAction::triggered, this, [this] {
        if (!m_ctx.selection)
            return;
        QSet<QString> servers;
        const Design &d = m_ctx.model->design();
        for (QString id : m_ctx.selection->ids()) {
            while (const Node *n = d.node(id)) {
                if (n->kind == Kind::Server) {
                    servers.insert(id);
                    break;
                }
                id = n->parent;
            }
        }
        for (const QString &id : servers)
            toggleFailed(id);
    });
    if (m_ctx.toolsMenu) {
        m_ctx.toolsMenu->addSeparator();
        m_ctx.toolsMenu->addAction(m_run);
        m_ctx.toolsMenu->addAction(m_stop);
        m_ctx.toolsMenu->addAction(m_failHeal);
    }
    if (m_ctx.toolBar) {
        m_ctx.toolBar->addSeparator();
        m_ctx.toolBar->addAction(m_run);
        m_ctx.toolBar->addAction(m_stop);
    }
    if (m_ctx.window) {
        m_ctx.window->addAction(m_failHeal);   // its key works without the menu open
        if (m_ctx.viewMenu && m_dock) {
            QAction *toggle = m_dock->toggleViewAction();
            toggle->setText(tr("&Lab Panel"));
            m_ctx.viewMenu->addAction(toggle);
        }
    }
}

void LabFeature::updateActions()
{
    const LabSession::Phase p = m_session->phase();
    m_run->setEnabled(p == LabSession::Phase::Idle);
    m_stop->setEnabled(p == LabSession::Phase::Starting || p == LabSession::Phase::Running);
    m_failHeal->setEnabled(p == LabSession::Phase::Running);
}

void LabFeature::showMessage(const QString &text, bool error)
{
    m_progress->showMessage(text, error);
    if (m_ctx.window)
        m_ctx.window->statusBar()->showMessage(text, 8000);
}

bool LabFeature::runLab(bool replaceExisting)
{
    if (m_session->phase() != LabSession::Phase::Idle)
        return m_session->isActive();
    if (m_dock) {
        m_dock->show();
        m_dock->raise();
    }
    const Design &design = m_ctx.model->design();
    const lab::Preflight pf = lab::preflight(design);
    if (!pf.ok) {
        m_progress->showBlocker(pf.why, pf.command);
        showMessage(tr("The lab did not start: %1").arg(pf.why), true);
        return false;
    }
    m_progress->showBlocker(QString(), QString());
    if (m_session->labExists() && !replaceExisting) {
        const auto answer = QMessageBox::question(
            m_ctx.window, tr("Run as Lab"),
            tr("A lab is already running on this machine (started from the command line, or left by a crash). "
               "Stop it and start this design instead?"));
        if (answer != QMessageBox::Yes)
            return false;
        replaceExisting = true;
    }
    QString error;
    m_closed = false;
    if (!m_session->start(design, replaceExisting, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Starting the lab of %1…").arg(design.name.isEmpty() ? tr("the design") : design.name));
    return true;
}

void LabFeature::stopLab()
{
    if (m_session->phase() == LabSession::Phase::Idle)
        return;
    showMessage(tr("Stopping the lab…"));
    m_session->stop();
}

void LabFeature::onStatusChanged()
{
    if (m_layer) {
        if (m_closed || m_session->status().nodes.isEmpty())
            m_layer->clear();
        else
            m_layer->setView(m_session->view());
    }
    labFailuresChanged();
}

void LabFeature::onOperationFinished(const QString &op, const QString &node, bool ok, const QString &error)
{
    if (op == QLatin1String("fail") || op == QLatin1String("heal"))
        m_asked.remove(node);
    if (!ok) {
        if (!error.isEmpty())
            showMessage(op == QLatin1String("up") ? tr("The lab did not come up: %1").arg(error) : error, true);
        return;
    }
    if (op == QLatin1String("up"))
        showMessage(tr("The lab is up (%1 s). Right-click a server (or select it and press F8) to fail or heal it.").arg(node));
    else if (op == QLatin1String("down"))
        showMessage(tr("The lab is stopped; nothing of it is left on this machine."));
    else if (op == QLatin1String("fail"))
        showMessage(tr("%1 failed in the lab: its daemons are stopped.").arg(node));
    else if (op == QLatin1String("heal"))
        showMessage(tr("%1 healed: its daemons run again.").arg(node));
}

QString LabFeature::serverAt(const QPointF &scenePos) const
{
    const Design &d = m_ctx.model->design();
    const DiagramGeometry geo(d);
    const QStringList &order = geo.paintOrder();
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        if (!geo.rect(*it).contains(scenePos))
            continue;
        QString id = *it;
        while (const Node *n = d.node(id)) {
            if (n->kind == Kind::Server)
                return id;
            id = n->parent;
        }
    }
    return QString();
}

QString LabFeature::labName(const QString &serverId) const
{
    for (const lab::LabNode &n : m_session->plan().nodes)
        if (n.nodeId == serverId && n.role == lab::LabNode::Role::Server)
            return n.name;
    return QString();
}

std::unique_ptr<QMenu> LabFeature::contextMenuFor(const QString &serverId)
{
    auto menu = std::make_unique<QMenu>();
    menu->setObjectName(QStringLiteral("labContextMenu"));
    const QString name = labName(serverId);
    const bool failed = m_session->failedServers().contains(name) || m_asked.value(name, false);
    QAction *a = menu->addAction(failed ? tr("Heal \"%1\" in the Lab").arg(name) : tr("Fail \"%1\" in the Lab").arg(name));
    a->setObjectName(failed ? QStringLiteral("labHeal") : QStringLiteral("labFail"));
    a->setEnabled(m_session->phase() == LabSession::Phase::Running && !name.isEmpty());
    connect(a, &QAction::triggered, this, [this, serverId] { toggleFailed(serverId); });
    menu->addSeparator();
    menu->addAction(m_stop);
    return menu;
}

bool LabFeature::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu && m_session->isActive() && m_ctx.view && watched == m_ctx.view->viewport()) {
        auto *e = static_cast<QContextMenuEvent *>(event);
        const QString id = serverAt(m_ctx.view->mapToScene(e->pos()));
        if (!id.isEmpty() && !labName(id).isEmpty()) {
            const std::unique_ptr<QMenu> menu = contextMenuFor(id);
            menu->exec(e->globalPos());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sw
