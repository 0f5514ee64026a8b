// Tools > Arrange and Arrange New Nodes: runs the Graphviz layout on the
// worker thread with a progress dialog that can cancel it, then pushes the
// result as one undoable step. A design that arrives with unplaced nodes
// (opened from a file without positions) gets them arranged the same way.
#pragma once

#include "widgets/canvas/editorcontext.h"
#include "exporters/pictures/graphvizlayout.h"

#include <QObject>
#include <QPointer>

class QAction;
class QProgressDialog;

namespace sw {

class LayoutWorker;

class ArrangeController : public QObject {
    Q_OBJECT
public:
    ArrangeController(const EditorContext &ctx, QObject *parent = nullptr);
    ~ArrangeController() override;

    // Starts a layout of the current design; returns the job id (0: nothing to do).
    int arrange(bool incremental);
    // Cancels the running layout; its result is discarded.
    void cancel();
    bool isRunning() const { return m_job != 0; }
    // Progress dialogs are shown only with a window (not in tests).
    void setShowProgress(bool on) { m_showProgress = on; }
    LayoutWorker *worker() const { return m_worker; }

    QAction *arrangeAction() const { return m_arrange; }
    QAction *arrangeNewAction() const { return m_arrangeNew; }

signals:
    // After a job ends: applied (an undo step was pushed), or not (cancelled,
    // failed, nothing moved).
    void done(bool applied);

private:
    void onFinished(int job, const LayoutResult &result);
    void onEnded(int job);
    void arrangeUnplacedOnOpen();
    void closeProgress();

    EditorContext m_ctx;
    LayoutWorker *m_worker = nullptr;
    QAction *m_arrange = nullptr;
    QAction *m_arrangeNew = nullptr;
    QPointer<QProgressDialog> m_progress;
    int m_job = 0;
    bool m_jobIncremental = false;
    bool m_showProgress = true;
};

} // namespace sw
