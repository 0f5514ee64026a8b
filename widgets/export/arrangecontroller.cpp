#include "widgets/export/arrangecontroller.h"

#include "exporters/pictures/arrange.h"
#include "exporters/pictures/layoutworker.h"

#include <QAction>
#include <QGraphicsView>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QUndoStack>

namespace sw {

ArrangeController::ArrangeController(const EditorContext &ctx, QObject *parent)
    : QObject(parent), m_ctx(ctx), m_worker(new LayoutWorker(this))
{
    m_arrange = new QAction(tr("&Arrange"), this);
    m_arrange->setObjectName(QStringLiteral("arrangeDesign"));
    m_arrange->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_arrange->setStatusTip(tr("Lay out the whole design with Graphviz (undoable)"));
    connect(m_arrange, &QAction::triggered, this, [this] { arrange(false); });
    m_arrangeNew = new QAction(tr("Arrange &New Nodes"), this);
    m_arrangeNew->setObjectName(QStringLiteral("arrangeNewNodes"));
    m_arrangeNew->setStatusTip(tr("Place only the nodes that have no position yet"));
    connect(m_arrangeNew, &QAction::triggered, this, [this] { arrange(true); });
    QMenu *menu = m_ctx.toolsMenu ? m_ctx.toolsMenu : m_ctx.viewMenu;
    if (menu) {
        menu->addSeparator();
        menu->addAction(m_arrange);
        menu->addAction(m_arrangeNew);
    }
    connect(m_worker, &LayoutWorker::finished, this, &ArrangeController::onFinished);
    connect(m_worker, &LayoutWorker::cancelled, this, &ArrangeController::onEnded);
    connect(m_worker, &LayoutWorker::failed, this, [this](int job, const QString &message) {
        const bool mine = job == m_job;
        onEnded(job);
        if (mine && m_ctx.window && m_showProgress)
            QMessageBox::warning(m_ctx.window, tr("Arrange failed"), message);
    });
    connect(m_worker, &LayoutWorker::progress, this, [this](int job, int percent, const QString &stage) {
        if (job == m_job && m_progress) {
            m_progress->setLabelText(stage);
            m_progress->setValue(percent);
        }
    });
    if (m_ctx.model)
        connect(m_ctx.model, &DesignModel::designReset, this, &ArrangeController::arrangeUnplacedOnOpen);
    m_showProgress = m_ctx.window != nullptr;
}

ArrangeController::~ArrangeController() { closeProgress(); }

int ArrangeController::arrange(bool incremental)
{
    if (!m_ctx.model)
        return 0;
    if (m_job)
        m_worker->cancel(m_job); // the newer request wins
    LayoutOptions o;
    o.mode = incremental ? LayoutOptions::Mode::Incremental : LayoutOptions::Mode::Full;
    m_job = m_worker->submit(m_ctx.model->design(), o);
    m_jobIncremental = incremental;
    if (m_showProgress && m_ctx.window) {
        closeProgress();
        m_progress = new QProgressDialog(tr("Laying out the design..."), tr("Cancel"), 0, 100, m_ctx.window);
        m_progress->setWindowTitle(incremental ? tr("Arrange New Nodes") : tr("Arrange"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(400);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &ArrangeController::cancel);
    }
    return m_job;
}

void ArrangeController::cancel()
{
    if (m_job)
        m_worker->cancel(m_job);
}

void ArrangeController::closeProgress()
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->close();
        m_progress->deleteLater();
    }
    m_progress = nullptr;
}

void ArrangeController::onEnded(int job)
{
    if (job != m_job)
        return;
    m_job = 0;
    closeProgress();
    emit done(false);
}

void ArrangeController::onFinished(int job, const LayoutResult &result)
{
    if (job != m_job)
        return; // an older job the user replaced
    m_job = 0;
    closeProgress();
    std::unique_ptr<QUndoCommand> cmd = makeArrangeCommand(
        m_ctx.model, result, m_jobIncremental ? tr("Arrange new nodes") : tr("Arrange"));
    if (!cmd) {
        emit done(false);
        return;
    }
    if (m_ctx.undo)
        m_ctx.undo->push(cmd.release());
    else
        cmd->redo();
    // The view ends on the design, not on the empty canvas it left behind.
    if (m_ctx.view)
        QMetaObject::invokeMethod(m_ctx.view, "zoomToFit");
    emit done(true);
}

void ArrangeController::arrangeUnplacedOnOpen()
{
    bool unplaced = false;
    for (const Node &n : m_ctx.model->design().nodes())
        unplaced = unplaced || !n.hasPos;
    if (!unplaced)
        return;
    // After the opener has finished (it may clear the undo stack).
    QTimer::singleShot(0, this, [this] { arrange(true); });
}

} // namespace sw
