// One link on the canvas: a line with an arrowhead from one node's border to
// the other's, re-routed by CanvasScene whenever either end moves or grows.
//
// The item itself paints nothing (ItemHasNoContents): it is there for
// selection and hit tests. CanvasScene paints every link in one pass
// (linklayer.h), so thousands of long links crossing the view cost one loop
// and, on screen, mostly one blit.
#pragma once

#include "look/nodepainter.h"

#include <QGraphicsItem>
#include <QHash>

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
    const LinkLook &look() const { return m_look; }
    // Recomputes the ends from the nodes' scene rects (cached: only when an end moved).
    void updateGeometry();
    QPointF fromPoint() const { return m_a; }
    QPointF toPoint() const { return m_b; }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    bool collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const override;
    // As shape().contains(), without building the stroked path (scene->items(point)).
    bool contains(const QPointF &point) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // Where the label is drawn (NodePainter::linkLabelRect(), cached).
    QRectF labelRect() const { return m_label0.translated((m_a + m_b) / 2); }
    // A link of a dragged node, painted straight on top of the cached link
    // layer (set by CanvasScene::setLiveNodes; a flag, so that a frame asks
    // no set of ids per link).
    bool isLive() const { return m_live; }
    void setLive(bool live) { m_live = live; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    CanvasScene *m_scene;
    QString m_id;
    NodeItem *m_from;
    NodeItem *m_to;
    LinkLook m_look;
    QRectF m_label0;   // the label rect centred on (0, 0): font metrics once per look
    QPointF m_a, m_b;
    QRectF m_bounds;
    bool m_live = false;
};

} // namespace sw
