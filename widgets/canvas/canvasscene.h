// The canvas scene: shows a DesignModel (it is not the model). It creates one
// NodeItem per node and one LinkItem per link, follows every model signal,
// keeps containers sized around their children and clusters around their
// members, mirrors the Selection both ways and repaints on Overlay changes.
// Edits made with the mouse (drag, drop, connect) go through CanvasEditor,
// which pushes undo commands; the scene then follows the model.
#pragma once

#include "widgets/canvas/canvasitems.h"
#include "widgets/canvas/linklayer.h"
#include "core/model/geometry.h"
#include "look/nodepainter.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <functional>
#include <memory>

class QUndoStack;

namespace sw {

class DesignModel;
class Selection;
class Overlay;
class NodeItem;
class LinkItem;
class CanvasEditor;

class CanvasScene : public QGraphicsScene {
    Q_OBJECT
public:
    CanvasScene(DesignModel *model, QUndoStack *undo, Selection *selection, Overlay *overlay,
                QObject *parent = nullptr);
    ~CanvasScene() override;

    DesignModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    Selection *selectionModel() const { return m_selection; }
    Overlay *overlay() const { return m_overlay; }
    const NodePainter &nodePainter() const { return m_painter; }
    void setStyle(const Style &style);
    CanvasEditor *editor() const { return m_editor.get(); }

    NodeItem *nodeItem(const QString &id) const { return m_items.node(id); }
    LinkItem *linkItem(const QString &id) const { return m_items.link(id); }
    int nodeItemCount() const { return int(m_items.nodes().size()); }
    // Every item by id (views of the one owner; for painting and tests).
    const QHash<QString, NodeItem *> &nodeItems() const { return m_items.nodes(); }
    const LinkMap &linkItems() const { return m_items.links(); }
    // The topmost node item under `scenePos` that may contain a node of `kind`,
    // ignoring `exclude` and its descendants.
    NodeItem *containerAt(const QPointF &scenePos, Kind kind, const QString &exclude = {}) const;
    NodeItem *nodeAt(const QPointF &scenePos) const;
    // The rects of the nodes inside `box` (but `exclude`), in its coordinates.
    static QVector<QRectF> childRects(const NodeItem *box, const QString &exclude = {});
    // The on-screen link layer (how the last frame got its links).
    const LinkLayer &linkLayer() const { return m_linkLayer; }
    // Rect around every node (cached; cheap).
    QRectF designBounds() const;

    // A big design's items are made in batches after a reset (the top-level
    // boxes first, then what they hold, then the links; see
    // canvasscenebuild.cpp): true until all are there. Edits, clicks and
    // drops finish the build first.
    bool isBuilding() const { return m_build != nullptr; }
    // Makes every item still missing now.
    void finishBuilding();

    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool on) { m_snap = on; }
    QPointF snapped(const QPointF &p) const;

    // Called by the items.
    void nodeGeometryChanged(NodeItem *item);
    // While frozen (a drag is under way), containers do not grow around their
    // children, so a service can be dragged out of its server.
    void setContainersFrozen(bool frozen);
    // Nodes being dragged: their links (and their descendants') are painted
    // live, every other link comes from a cached layer (see drawForeground).
    void setLiveNodes(const QStringList &ids);
    // Node items painted through a pixmap cache per item (on by default;
    // CanvasView turns it off far zoomed out, where it costs more than it saves).
    void setNodeCaching(bool on);
    // The zoom of the view (link handles keep a size on screen).
    double viewScale() const { return m_viewScale; }
    void setViewScale(double scale);
    // Called by LinkItem before and after anything it paints changes (where
    // it is drawn is painted again by the link layer).
    void linkLookChanged(const LinkItem *link);

signals:
    // After setStyle() (light/dark, high contrast).
    void styleChanged();
    // Every item of the design is there (after a reset, once built).
    void built();
    // A short message for the status bar ("A web server must be inside a server").
    void statusMessage(const QString &text);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    // Every link, in one pass (linklayer.h): above the nodes.
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    // A big design's build under way: the node ids in the order their items
    // are made (parents before children), how far it got.
    struct Build {
        DiagramGeometry geo;
        QStringList nodes;
        int nextNode = 0;
        int nextLink = 0;
    };
    void buildBatch(int count);
    void buildLater();
    NodeItem *createNodeItem(const QString &id);
    void attachToParent(NodeItem *item);
    void removeNodeItem(const QString &id);
    void addLinkItem(const QString &id);
    void removeLinkItem(const QString &id);
    void refreshLook(const QString &id);
    void updateContainerSize(NodeItem *item);
    void updateClusterRect(NodeItem *cluster);
    void rebuildClusterIndex();
    void onNodeMoved(const QString &id);
    void onNodeReparented(const QString &id, const QString &oldParent);
    void onOverlayChanged(const QStringList &ids);
    void onSceneSelectionChanged();
    void onSelectionModelChanged();

    DesignModel *m_model;
    QUndoStack *m_undo;
    Selection *m_selection;
    Overlay *m_overlay;
    NodePainter m_painter;
    std::unique_ptr<CanvasEditor> m_editor;
    // Every item, owned once, by id (the other containers below hold ids).
    CanvasItems m_items;
    std::unique_ptr<Build> m_build;               // while built in batches
    QHash<QString, QStringList> m_clustersOf;   // server or member id -> cluster ids around it
    bool m_rebuilding = false;
    bool m_syncingSelection = false;
    bool m_snap = true;
    bool m_frozen = false;
    bool m_nodeCaching = true;
    double m_viewScale = 1;
    QSet<QString> m_deferredResize;              // containers to size once unfrozen
    QMultiHash<QString, QString> m_orphans;      // missing parent id -> child ids waiting for it
    // The link layer of the last frame, painted once per change of view or
    // links: a frame with thousands of long links then costs one blit.
    QSet<QString> m_liveLinks;                    // links of dragged nodes (only while dragging)
    // The items of m_liveLinks (made by setLiveNodes, only used while
    // m_liveLinks is not empty; marked stale when a link item goes or comes).
    LiveLinks m_liveItems;
    bool m_liveItemsStale = false;
    QStringList m_openBoxes;                      // boxes whose children are dragged (see setLiveNodes)
    quint64 m_linkVersion = 1;
    LinkLayer m_linkLayer;
};

} // namespace sw
