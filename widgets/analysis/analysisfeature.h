// The analysis and classroom feature: the Analysis dock, what-if marking on
// the canvas (a click in what-if mode, or the context menu), the request-flow
// animation, View > Presentation and File > Save as Activity. Talks to the
// editor only through EditorContext: failures go to overlay->setFailed(), the
// animation's hop, the surviving paths and the bottleneck to
// overlay->setHighlighted().
#pragma once

#include "widgets/canvas/editorcontext.h"

#include <QObject>
#include <QPoint>
#include <QSet>

class QAction;
class QDockWidget;

namespace sw {

struct Activity;
class AnalysisPanel;
class AnalysisState;
class FlowPlayer;
class PresentationMode;

void attachAnalysis(EditorContext &ctx);

class AnalysisFeature : public QObject {
    Q_OBJECT
public:
    explicit AnalysisFeature(const EditorContext &ctx, QObject *parent = nullptr);

    AnalysisState *state() const { return m_state; }
    FlowPlayer *player() const { return m_player; }
    AnalysisPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    PresentationMode *presentation() const { return m_presentation; }
    QAction *presentationAction() const { return m_presentationAction; }

    // The node a click at this scene position marks (smallest failure
    // candidate, service or cluster there), or empty.
    QString nodeAt(const QPointF &scenePos) const;
    // Stores the activity in the design (undoable) and writes the design to `path`.
    bool saveAsActivity(const Activity &a, const QString &path, QString *error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void updateOverlay();
    void showMessage(const QString &text);
    void contextMenu(const QPoint &viewPos, const QPoint &globalPos);
    void askSaveAsActivity();

    EditorContext m_ctx;
    AnalysisState *m_state;
    FlowPlayer *m_player;
    PresentationMode *m_presentation;
    QDockWidget *m_dock = nullptr;
    AnalysisPanel *m_panel;
    QAction *m_presentationAction = nullptr;
    QAction *m_whatIfAction = nullptr;
    QSet<QString> m_lastFailed, m_lastHighlight;
    QPoint m_pressPos;
    bool m_pressed = false;
};

} // namespace sw
