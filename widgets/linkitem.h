// One link on the canvas: a line with an arrowhead from one node's border to
// the other's, re-routed by CanvasScene whenever either end moves or grows.
//
// The item itself paints nothing (ItemHasNoContents): it is there for
// selection and hit tests. CanvasScene paints every link in one pass with
// paintAll() (culled to the exposed rect, hairlines batched per colour), so
// thousands of long links crossing the view cost one loop, not thousands of
// item paints.
#pragma once

#include "nodepainter.h"

#include <QGraphicsItem>
#include <QHash>
#include <QPixmap>
#include <QTransform>

namespace sw {

class CanvasScene;
class NodeItem;

// The link layer of the last on-screen frame (LinkItem::paintCached).
struct LinkLayerCache {
    QPixmap pixmap;
    const QPaintDevice *device = nullptr;
    QTransform transform;
    quint64 version = 0;
};

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

    // Paints every link of `links` whose bounds meet `exposed`, as the items
    // would one by one, in one pass.
    static void paintAll(QPainter *painter, const QRectF &exposed, const QHash<QString, LinkItem *> &links,
                         const NodePainter &np);

    // On screen: `links` from `cache`, repainted (the whole device) only when
    // the device, its transform (zoom, scroll) or `version` changed, then
    // `live` (the links of dragged nodes) painted on top. A frame with
    // thousands of long links then costs one blit.
    static void paintCached(QPainter *painter, const QRectF &exposed, const QHash<QString, LinkItem *> &links,
                            const QHash<QString, LinkItem *> &live, quint64 version, LinkLayerCache &cache,
                            const NodePainter &np);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QRectF labelRect() const { return m_label0.translated((m_a + m_b) / 2); }

    CanvasScene *m_scene;
    QString m_id;
    NodeItem *m_from;
    NodeItem *m_to;
    LinkLook m_look;
    QRectF m_label0;   // the label rect centred on (0, 0): font metrics once per look
    QPointF m_a, m_b;
    QRectF m_bounds;
};

} // namespace sw
