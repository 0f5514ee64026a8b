// View > Presentation: full screen, panels hidden, the canvas fitted to the
// screen, the request-flow caption in large type at the bottom; arrow keys
// (and a presenter's Page Up / Page Down) step the animation, Space plays
// and pauses, Escape leaves. Sets the view's "presentation" property so the
// canvas may draw thicker lines.
#pragma once

#include "widgets/canvas/editorcontext.h"

#include <QAction>
#include <QLabel>
#include <QObject>
#include <QPointer>
#include <QTransform>
#include <memory>
#include <vector>

class QShortcut;
class QWidget;

namespace sw {

class FlowPlayer;

class PresentationMode : public QObject {
    Q_OBJECT
public:
    PresentationMode(const EditorContext &ctx, FlowPlayer *player, QObject *parent = nullptr);
    ~PresentationMode() override;

    bool isActive() const { return m_active; }
    QLabel *captionLabel() const { return m_caption; }

public slots:
    void setActive(bool on);

signals:
    void activeChanged(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enter();
    void leave();
    void updateCaption();
    void placeCaption();

    EditorContext m_ctx;
    FlowPlayer *m_player;
    bool m_active = false;
    QPointer<QLabel> m_caption;
    std::vector<std::unique_ptr<QShortcut>> m_shortcuts;
    // What to restore.
    QList<QPointer<QWidget>> m_hidden;
    Qt::WindowStates m_windowState;
    QTransform m_viewTransform;
    QPointer<QAction> m_highContrast;   // the main window's high-contrast look, if any
    bool m_highContrastWasOn = false;
};

} // namespace sw
