// The canvas view: zoom (Ctrl+wheel, pinch, zoomIn/zoomOut/fit), pan (middle
// button or Space+drag), rubber-band selection, arrow keys to move the
// selection, antialiasing only when zoomed in far enough to matter.
#pragma once

#include <QGraphicsView>

namespace sw {

class CanvasScene;
class Minimap;

class CanvasView : public QGraphicsView {
    Q_OBJECT
public:
    explicit CanvasView(CanvasScene *scene, QWidget *parent = nullptr);

    double zoom() const { return transform().m11(); }
    // The overview in the bottom-right corner (a child of the view).
    Minimap *minimap() const { return m_minimap; }
    void setZoom(double zoom, const QPointF &anchorScenePos);
    // What the empty canvas says (how to begin); drawn only while the design is empty.
    static QString emptyHint();

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    // Scrolls so the selected nodes are visible.
    void showSelection();

signals:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void updateRenderHints();
    CanvasScene *m_canvas;
    Minimap *m_minimap = nullptr;
    bool m_panning = false;
    bool m_spaceDown = false;
    QPoint m_panLast;
    double m_pinchStart = 1;
};

} // namespace sw
