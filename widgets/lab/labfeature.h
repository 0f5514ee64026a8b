// Tools > Run as Lab: the open design stood up for real on this machine
// (LabSession, worker threads), its live state on the canvas (LabLayer),
// failing and healing servers from the canvas (right-click a server, or
// select it and press F8) in step with the what-if panel's failure set, real
// requests from the request-flow panel (LabRequestsPanel, LabFlowLayer), and
// the Lab dock (LabProgressView). The lab stops when the design is closed or
// the application quits.
#pragma once

#include "widgets/canvas/editorcontext.h"
#include "widgets/lab/labpaths.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <memory>

class QAction;
class QDockWidget;
class QMenu;

namespace sw {

class AnalysisFeature;
class LabFlowLayer;
class LabLayer;
class LabProgressView;
class LabRequestsPanel;
class LabSession;

void attachLab(EditorContext &ctx);

class LabFeature : public QObject {
    Q_OBJECT
public:
    explicit LabFeature(const EditorContext &ctx, QObject *parent = nullptr);
    ~LabFeature() override;

    LabSession *session() const { return m_session.get(); }
    LabProgressView *progressView() const { return m_progress; }
    LabRequestsPanel *requestsPanel() const { return m_requests; }
    LabLayer *layer() const;
    LabFlowLayer *flowLayer() const;
    QDockWidget *dock() const { return m_dock; }
    QAction *runAction() const { return m_run; }
    QAction *stopAction() const { return m_stop; }
    QAction *failHealAction() const { return m_failHeal; }

    // Checks first (root, packages, the design), then starts; false (the
    // reason shown in the Lab dock) when it cannot start.
    bool runLab(bool replaceExisting = false);
    void stopLab();
    // The server a scene position is on (a server, or a service in it), or empty.
    QString serverAt(const QPointF &scenePos) const;
    // The lab's name of a design server ("lb-01"), or empty.
    QString labName(const QString &serverId) const;
    // Fails the server in the lab when it is running there, heals it when failed.
    void toggleFailed(const QString &serverId);
    // The menu a right-click on this server shows while the lab runs.
    std::unique_ptr<QMenu> contextMenuFor(const QString &serverId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void updateActions();
    void onStatusChanged();
    void onOperationFinished(const QString &op, const QString &node, bool ok, const QString &error);
    void showMessage(const QString &text, bool error = false);
    // The what-if failure set and the lab's, kept in step (labfeaturesync.cpp).
    void connectWhatIf();
    void whatIfChanged();
    void labFailuresChanged();
    QSet<QString> labServerIds() const;
    QSet<QString> whatIfServers() const;
    void setFailedInLab(const QString &serverId, bool failed);

    EditorContext m_ctx;
    std::unique_ptr<LabSession> m_session;
    QPointer<LabLayer> m_layer;
    QPointer<LabFlowLayer> m_flow;
    QDockWidget *m_dock = nullptr;
    LabProgressView *m_progress = nullptr;
    LabRequestsPanel *m_requests = nullptr;
    QPointer<AnalysisFeature> m_analysis;
    QAction *m_run = nullptr, *m_stop = nullptr, *m_failHeal = nullptr;
    QHash<QString, bool> m_asked;     // lab name -> fail (true) or heal (false) asked, not yet answered
    bool m_syncing = false;
    bool m_closed = false;            // its design was closed: the canvas shows nothing of it
    QVector<RequestPath> m_lastPaths; // the last batch of real requests
};

} // namespace sw
