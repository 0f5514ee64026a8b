// The minimap: the whole design, small, in the bottom-right corner of the
// canvas view, with the part the view shows outlined. Click or drag in it to
// move the view there. It hides itself while the whole design is in view.
//
// The picture is the design drawn small (flat boxes batched per look,
// look/flatboxes.h, and hairlines) into an image, kept between redraws: an
// edit marks the cells of the picture it touched (where the nodes were and
// are, and the pixels along their links), and once the design has been
// still for a moment only those cells are drawn again. A new design, look or
// extent redraws it all. Following the view (scroll, zoom) only moves the
// outline, drawn over the picture.
#pragma once

#include <QHash>
#include <QImage>
#include <QLineF>
#include <QSet>
#include <QTimer>
#include <QTransform>
#include <QWidget>

#include "look/flatboxes.h"
#include <vector>

namespace sw {

class CanvasScene;
class CanvasView;
class NodeItem;
class LinkItem;
class NodePainter;

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
    // The cached picture (device pixels) and the same picture drawn anew
    // from scratch (for tests: the two are the same after any edit).
    const QImage &picture() const { return m_picture; }
    QImage freshPicture() const;

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
    void touchOne(NodeItem *node); // (without what it holds)
    // A move is marked when the picture is next drawn, not at every step of
    // a drag: the cells of where it was and where it is then.
    void movedLater(const QString &id);
    // Touches the watched boxes (around edited nodes, clusters) whose rect changed.
    void touchResized();
    void touchAll();
    void changedLater();
    // Marks the cells under `r` (scene coordinates), or along the segments
    // from a point of `from` to a point of `to` (every one of them).
    void touchRect(const QRectF &r);
    void touchBetween(const QRectF &from, const QRectF &to);
    void touchPixels(const QRectF &devicePixels);
    // The cells under `devicePixels` (a pixel more around), clipped to the picture.
    QRect cellsUnder(const QRectF &devicePixels) const;
    // Whether a touched cell is under `devicePixels` (a pixel more around), or along a to b.
    bool touchedIn(const QRectF &devicePixels) const;
    bool touchedAlong(const QPointF &a, const QPointF &b) const;
    // Draws the whole design into `image` (the size and scale of m_picture).
    void drawAll(QImage &image, bool remember) const;
    // Draws the touched cells anew.
    void drawTouched();
    // Draws what meets `area` (scene coordinates) into `image`, whose top
    // left is the device pixel `origin` of the picture.
    // `part`: only what was drawn there before and what was touched since.
    void drawInto(QImage &image, const QPoint &origin, const QRectF &area, bool remember, bool part) const;
    QTransform sceneToPicture() const; // scene -> device pixels of m_picture

    static constexpr int kCell = 8; // device pixels: the picture is redrawn in cells this big

    CanvasView *m_view;
    CanvasScene *m_scene;
    QImage m_picture;
    QRectF m_area;           // scene rect drawn in m_picture
    QRectF m_target;         // where m_picture lies in the widget
    QTimer m_refresh;        // after the design changed
    bool m_wanted = true;
    bool m_dirty = true;
    bool m_all = true;       // the whole picture is to be drawn
    // Else the cells (kCell device pixels square) of the picture to draw anew.
    std::vector<char> m_touched;
    int m_cellsX = 0, m_cellsY = 0;
    bool m_anyTouched = false;
    QSet<QString> m_movedLater; // nodes moved since the last drawing, not yet touched
    // Each node as last drawn (a touched node's old entry stays, not live, for
    // where it was), and where to find each id (made when first needed).
    struct Drawn {
        FlatBox box;
        QString id;
        bool live = true;
    };
    static Drawn drawnOf(const NodeItem *node);
    QRectF drawnRect(const QString &id) const; // null: never drawn
    void updateEntries() const;                // the touched ones as they are now
    struct DrawnLink {
        QLineF line;
        QRgb rgb;
        QString id;
        bool live = true;
    };
    static QRgb colourOf(const LinkItem *link, const NodePainter &np);
    mutable std::vector<DrawnLink> m_linkEntries;
    mutable QHash<QString, int> m_linkIndex;
    mutable bool m_linksIndexed = false;
    QSet<QString> m_touchedLinks;              // links touched since the last redraw
    mutable std::vector<Drawn> m_entries;
    mutable QHash<QString, int> m_index;
    mutable bool m_indexed = false;
    mutable QSet<QString> m_clusters;       // clusters drawn (their rect follows their members)
    QSet<QString> m_watch;                  // boxes whose rect may have changed
    QSet<QString> m_moved;                  // nodes touched since the last redraw
    QSet<QString> m_removed;                // ids touched without an item
    QStringList m_selected;  // the selection as last drawn
    Redraw m_lastRedraw = Redraw::All;
};

} // namespace sw
