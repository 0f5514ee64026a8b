// The minimap: the whole design, small, in the bottom-right corner of the
// canvas view, with the part the view shows outlined. Click or drag in it to
// move the view there. It hides itself while the whole design is in view.
//
// The picture is the scene rendered once (cheap detail) into an image and
// redrawn only after the design has been still for a moment; following the
// view (scroll, zoom) only moves the outline.
#pragma once

#include <QImage>
#include <QTimer>
#include <QWidget>

namespace sw {

class CanvasScene;
class CanvasView;

class Minimap : public QWidget {
    Q_OBJECT
public:
    explicit Minimap(CanvasView *view, CanvasScene *scene);

    // Shown at all (the user's choice); even then hidden while the whole design is in view.
    void setWanted(bool wanted);
    bool isWanted() const { return m_wanted; }

    // Scene <-> minimap coordinates (for the outline, clicks and tests).
    QPointF toMinimap(const QPointF &scenePos) const;
    QPointF toScene(const QPointF &minimapPos) const;
    // The view's visible part, outlined in the minimap (minimap coordinates).
    QRectF viewOutline() const;
    // The part of the scene the minimap shows.
    QRectF sceneArea() const { return m_area; }
    // Redraws the picture now (otherwise done when the design has been still for a moment).
    void refresh();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
    void updateVisibility();

    CanvasView *m_view;
    CanvasScene *m_scene;
    QImage m_picture;
    QRectF m_area;           // scene rect drawn in m_picture
    QRectF m_target;         // where m_picture lies in the widget
    QTimer m_refresh;        // after the design changed
    bool m_wanted = true;
    bool m_dirty = true;
};

} // namespace sw
