// One link on the canvas: a line with an arrowhead from one node's border to
// the other's, re-routed by CanvasScene whenever either end moves or grows.
#pragma once

#include "nodepainter.h"

#include <QGraphicsItem>

namespace sw {

class CanvasScene;
class NodeItem;

class LinkItem : public QGraphicsItem {
public:
    enum { Type = UserType + 0x5702 };
    LinkItem(CanvasScene *scene, const QString &id, NodeItem *from, NodeItem *to);

    int type() const override { return Type; }
    const QString &id() const { return m_id; }
    NodeItem *fromItem() const { return m_from; }
    NodeItem *toItem() const { return m_to; }

    void setLook(const LinkLook &look);
    // Recomputes the ends from the nodes' scene rects.
    void updateGeometry();

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    CanvasScene *m_scene;
    QString m_id;
    NodeItem *m_from;
    NodeItem *m_to;
    LinkLook m_look;
    QPointF m_a, m_b;
    QRectF m_bounds;
};

} // namespace sw
