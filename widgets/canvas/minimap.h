// The minimap: the whole design, small, in the bottom-right corner of the
// canvas view, with the part the view shows outlined. Click or drag in it to
// move the view there. It hides itself while the whole design is in view.
//
// The picture is the design drawn small (flat boxes and hairlines) into an
// image, kept between redraws: an edit marks the part of the picture it
// touched (where the nodes were and are, and their links), and once the
// design has been still for a moment only that part is drawn again. A new
// design, look or extent redraws it all. Following the view (scroll, zoom)
// only moves the outline.
#pragma once

#include <QHash>
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
    // Redraws what changed of the picture now (otherwise done when the
    // design has been still for a moment).
    void refresh();
    // How the last refresh() drew: the whole picture, a part, or nothing.
    enum class Redraw { All, Part, Nothing };
    Redraw lastRedraw() const { return m_lastRedraw; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
    void updateVisibility();
    // Marks for redrawing where node `id` (and what is inside it) is and was drawn, with its links.
    void touchNode(const QString &id);
    void touchLink(const QString &id);
    void touchAll();
    void changedLater();
    // Draws the part `area` (scene coordinates) of the picture anew.
    void draw(const QRectF &area);

    CanvasView *m_view;
    CanvasScene *m_scene;
    QImage m_picture;
    QRectF m_area;           // scene rect drawn in m_picture
    QRectF m_target;         // where m_picture lies in the widget
    QTimer m_refresh;        // after the design changed
    bool m_wanted = true;
    bool m_dirty = true;
    bool m_all = true;       // the whole picture is to be drawn
    QRectF m_touched;        // else: the part to draw (scene coordinates)
    QHash<QString, QRectF> m_drawn; // each node's scene rect as last drawn
    QStringList m_selected;  // the selection as last drawn
    Redraw m_lastRedraw = Redraw::All;
};

} // namespace sw
