// The mouse and keyboard edits of the canvas: moving the selection (one
// merged undo step per drag), dropping into and out of containers, drawing
// links from a node's handle, adding nodes from the palette, nudging with the
// arrow keys. Every edit is an undo command on the scene's QUndoStack; the
// scene then follows the model.
#pragma once

#include "core/model/kinds.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QRectF>
#include <functional>
#include <memory>
#include <optional>

class QGraphicsSceneMouseEvent;
class QGraphicsLineItem;
class QMenu;

namespace sw {

class CanvasScene;
class NodeItem;

class CanvasEditor {
    Q_DECLARE_TR_FUNCTIONS(sw::CanvasEditor)
public:
    explicit CanvasEditor(CanvasScene *scene);
    ~CanvasEditor();

    // MIME type of a kind dragged from the palette (data: the kind's name).
    static QString kindMimeType() { return QStringLiteral("application/x-stackwright-kind"); }

    // Adds a node of `kind` centred at `scenePos`: inside the container under
    // that point when one may hold it; a service dropped on empty canvas gets
    // a new server of its own. Returns the new node's id (empty if refused).
    QString addNode(Kind kind, const QPointF &scenePos);
    // Links two nodes with `protocol`, or the one that fits best. Returns the link id.
    QString connectNodes(const QString &from, const QString &to, std::optional<Protocol> protocol = {});
    // Moves the selected nodes by `delta`; repeated nudges merge into one undo step.
    void nudgeSelection(const QPointF &delta);
    // Asked when a service is dragged out of every server: returns the index
    // of the chosen option, or -1. Default: a popup menu at the cursor.
    using Chooser = std::function<int(const QString &question, const QStringList &options)>;
    void setChooser(Chooser chooser) { m_chooser = std::move(chooser); }
    // The default chooser's menu: the whole question is shown, never cut.
    static std::unique_ptr<QMenu> questionMenu(const QString &question, const QStringList &options);

    // "Make cluster": one cluster of the load balancers among `ids` (or on
    // the servers among them). Returns the cluster's id (empty if fewer than two).
    QString makeCluster(const QStringList &ids);
    // "Link selected": links the two selected nodes, the direction and the
    // protocol asked through `chooser` (default: the editor's chooser).
    QString linkSelected(const Chooser &chooser = {});
    // Sets a certificate's installed_on to include a service (one undo step).
    void installCertificate(const QString &certId, const QString &serviceId);

    // Called by CanvasScene's mouse handlers. Return true when consumed.
    bool mousePress(QGraphicsSceneMouseEvent *event);
    void afterPress(QGraphicsSceneMouseEvent *event);
    bool mouseMove(QGraphicsSceneMouseEvent *event);
    void mouseRelease(QGraphicsSceneMouseEvent *event);
    bool isDragging() const { return m_dragging; }

private:
    struct Root {
        QString id;
        QPointF start;   // position in its parent before the drag
    };
    QVector<Root> dragRoots() const;
    void finishDrag();
    void undoDrag();
    void endLinkDrag(const QPointF &scenePos);
    // A free place (parent coordinates) for a `kind` node in `box`, `wanted`
    // if no other child of `box` (but `exclude`) is there.
    QPointF freeSpot(const NodeItem *box, Kind kind, const QPointF &wanted, const QString &exclude = {}) const;
    // The load balancers a dragged node stands for: itself, or those on a server.
    QStringList loadBalancersIn(const QString &id) const;
    struct Membership {
        QString cluster;
        QStringList members;
    };
    void rememberClusters();
    // The clusters a finished drag joins or leaves.
    QVector<Membership> clusterChanges() const;
    // The service a dragged certificate was dropped on, if any.
    QString certificateTarget() const;

    CanvasScene *m_scene;
    Chooser m_chooser;
    // Moving.
    bool m_dragging = false;
    bool m_moved = false;
    QPointF m_pressPos;
    QPointF m_lastDelta;
    QVector<Root> m_roots;
    int m_dragId = 0;
    int m_startIndex = -1;
    int m_nudgeId = 0;
    QStringList m_nudgeIds;
    QHash<QString, QRectF> m_clusterRects; // clusters' rects when the drag began
    // Linking.
    QString m_linkFrom;
    std::unique_ptr<QGraphicsLineItem> m_linkLine; // in the scene while shown
};

} // namespace sw
