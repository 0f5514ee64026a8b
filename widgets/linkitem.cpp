#include "linkitem.h"

#include "canvasscene.h"
#include "nodeitem.h"
#include "model/geometry.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>
#include <map>

namespace sw {


LinkItem::LinkItem(CanvasScene *scene, const QString &id, NodeItem *from, NodeItem *to)
    : m_scene(scene), m_id(id), m_from(from), m_to(to)
{
    // Painted by CanvasScene in one pass (paintAll), not item by item.
    setFlags(ItemIsSelectable | ItemHasNoContents);
    setZValue(10);
}

void LinkItem::setLook(const LinkLook &look)
{
    m_look = look;
    m_label0 = m_scene->nodePainter().linkLabelRect(QPointF(), QPointF(), m_look);
    m_bounds = QRectF(); // the label may have grown
    updateGeometry();
    m_scene->linkLookChanged(this);
    if (scene())
        m_scene->update(m_bounds);
}

void LinkItem::updateGeometry()
{
    const auto ends = DiagramGeometry::linkEnds(m_from->sceneRectOfNode(), m_to->sceneRectOfNode());
    if (ends.first == m_a && ends.second == m_b && !m_bounds.isNull())
        return;
    const QRectF old = m_bounds;
    prepareGeometryChange();
    m_a = ends.first;
    m_b = ends.second;
    m_scene->linkLookChanged(this);
    // As NodePainter::linkBounds(), without font metrics per call.
    const double m = m_scene->nodePainter().style().highContrast ? 16 : 12;
    m_bounds = QRectF(m_a, m_b).normalized().adjusted(-m, -m, m, m).united(labelRect().adjusted(-2, -2, 2, 2));
    if (scene()) {
        if (!old.isNull())
            m_scene->update(old);
        m_scene->update(m_bounds);
    }
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_a);
    path.lineTo(m_b);
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath s = stroker.createStroke(path);
    s.addRect(labelRect());
    return s;
}

bool LinkItem::collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const
{
    // Hit tests (a click is a 1x1 rect, a rubber band a rect) without building
    // a stroked path per link: the line widened by 4 on each side, or the label.
    const QRectF r = path.boundingRect();
    if (mode == Qt::ContainsItemShape || mode == Qt::ContainsItemBoundingRect)
        return r.contains(m_a) && r.contains(m_b);
    if (mode == Qt::IntersectsItemBoundingRect)
        return r.intersects(m_bounds);
    if (r.intersects(labelRect()))
        return true;
    QPointF a = m_a, b = m_b;
    if (r.width() > 8 || r.height() > 8)
        return clipSegment(r, a, b);
    // A click: within 4 of the line (the 8 wide stroke of shape()).
    const QPointF c = r.center();
    const QPointF v = m_b - m_a;
    const double len2 = QPointF::dotProduct(v, v);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(c - m_a, v) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = c - (m_a + v * t);
    return QPointF::dotProduct(d, d) <= 4.5 * 4.5;
}

bool LinkItem::contains(const QPointF &point) const
{
    if (!m_bounds.contains(point))
        return false;
    if (labelRect().contains(point))
        return true;
    const QPointF v = m_b - m_a;
    const double len2 = QPointF::dotProduct(v, v);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(point - m_a, v) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = point - (m_a + v * t);
    return QPointF::dotProduct(d, d) <= 4.0 * 4.0;
}

void LinkItem::paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Never called (ItemHasNoContents): see paintAll().
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if ((change == ItemSelectedHasChanged || change == ItemVisibleHasChanged) && scene()) {
        m_scene->linkLookChanged(this);
        m_scene->update(m_bounds);
    }
    return QGraphicsItem::itemChange(change, value);
}

void LinkItem::paintAll(QPainter *p, const QRectF &exposed, const QHash<QString, LinkItem *> &links,
                        const NodePainter &np)
{
    const QTransform &wt = p->worldTransform();
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(wt);
    const Detail detail = detailForScale(lod);
    // What of the scene the device shows: long links are only drawn there.
    QRectF visible;
    if (const QPaintDevice *dev = p->device())
        visible = wt.inverted().mapRect(QRectF(0, 0, dev->width(), dev->height()));
    const QRectF clip = visible.isNull() ? QRectF() : visible.adjusted(-20, -20, 20, 20);
    const Style &st = np.style();
    // Hairlines (far zoomed out, or only passing through the view) batched
    // per colour; the others painted one by one in id order.
    std::map<QRgb, QVector<QLineF>> hairlines;
    QVarLengthArray<const LinkItem *, 256> full;
    for (const LinkItem *l : links) {
        if (!l->isVisible() || !l->m_bounds.intersects(exposed))
            continue;
        QPointF ca = l->m_a, cb = l->m_b;
        if (!clip.isNull() && !clipSegment(clip, ca, cb))
            continue;
        const LinkLook &look = l->m_look;
        const bool passing = !clip.isNull() && !clip.contains(l->m_a) && !clip.contains(l->m_b) && !look.highlighted;
        if (detail == Detail::Low || passing) {
            const QColor c = l->isSelected() ? st.selection : look.failed ? st.failed : st.protocolColor(look.protocol);
            hairlines[c.rgba()].append(QLineF(ca, cb));
        } else {
            full.append(l);
        }
    }
    const bool aa = p->testRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::Antialiasing, false);
    for (const auto &[rgb, lines] : hairlines) {
        p->setPen(QPen(QColor::fromRgba(rgb), 0));
        p->drawLines(lines.constData(), int(lines.size()));
    }
    // Very many full links in view (a wall of long lines): antialiasing
    // costs ten times more than it shows. A normal view keeps it.
    p->setRenderHint(QPainter::Antialiasing, aa && full.size() <= 100);
    std::sort(full.begin(), full.end(), [](const LinkItem *a, const LinkItem *b) { return a->m_id < b->m_id; });
    for (const LinkItem *l : full) {
        LinkLook look = l->m_look;
        look.selected = l->isSelected();
        np.paintLink(p, l->m_a, l->m_b, look, detail, visible);
    }
    p->setRenderHint(QPainter::Antialiasing, aa);
}

void LinkItem::paintCached(QPainter *painter, const QRectF &exposed, const QHash<QString, LinkItem *> &links,
                           const QHash<QString, LinkItem *> &live, quint64 version, LinkLayerCache &c,
                           const NodePainter &np)
{
    const QPaintDevice *dev = painter->device();
    const QTransform wt = painter->worldTransform();
    const qreal dpr = dev->devicePixelRatioF();
    const QSize px(int(std::ceil(dev->width() * dpr)), int(std::ceil(dev->height() * dpr)));
    if (c.device != dev || c.transform != wt || c.version != version || c.pixmap.size() != px) {
        if (c.pixmap.size() != px)
            c.pixmap = QPixmap(px);
        c.pixmap.setDevicePixelRatio(dpr);
        c.pixmap.fill(Qt::transparent);
        QPainter p(&c.pixmap);
        p.setRenderHints(painter->renderHints());
        p.setWorldTransform(wt);
        paintAll(&p, wt.inverted().mapRect(QRectF(0, 0, dev->width(), dev->height())), links, np);
        c.device = dev;
        c.transform = wt;
        c.version = version;
    }
    painter->save();
    painter->resetTransform();
    painter->drawPixmap(QPointF(0, 0), c.pixmap);
    painter->restore();
    if (!live.isEmpty())
        paintAll(painter, exposed, live, np);
}

} // namespace sw
