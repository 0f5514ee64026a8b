// One node on the canvas. The item only shows the model: its position, size
// and look are set by CanvasScene from the DesignModel and the Overlay; it
// never edits the model itself. Services are child items of their server,
// servers of their zone, so a moved container carries its children.
#pragma once

#include "look/nodepainter.h"

#include <QGraphicsItem>
#include <QVector>

namespace sw {

class CanvasScene;
class LinkItem;

class NodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 0x5701 };
    NodeItem(CanvasScene *scene, const QString &id, Kind kind);

    int type() const override { return Type; }
    const QString &id() const { return m_id; }
    Kind kind() const { return m_kind; }
    bool isContainer() const;

    QSizeF size() const { return m_size; }
    void setSize(const QSizeF &size);
    // The node's rect in scene coordinates.
    QRectF sceneRectOfNode() const { return QRectF(scenePos(), m_size); }

    const NodeLook &look() const { return m_look; }
    void setLook(const NodeLook &look);

    // The handle links are dragged from (item coordinates).
    QPointF handlePos() const;
    bool onHandle(const QPointF &itemPos) const;
    // The handle's radius in item coordinates: larger when zoomed out.
    double handleRadius() const;
    // Called by the scene when the view's zoom changed the handle's size.
    void viewScaleChanged();

    QVector<LinkItem *> &links() { return m_links; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    // Tells the scene this node and every node inside it moved on the scene.
    void scenePositionChanged();

    CanvasScene *m_scene;
    QString m_id;
    Kind m_kind;
    QSizeF m_size;
    NodeLook m_look;
    bool m_hover = false;
    QVector<LinkItem *> m_links;
};

} // namespace sw
