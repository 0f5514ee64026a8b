// The minimap's picture: drawn whole, or in the cells an edit touched (see
// minimap.h); what was drawn is kept as a flat list of boxes and lines, so a
// partial redraw reads the untouched ones there, not from their items.
#include "widgets/canvas/minimap.h"

#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/hairlines.h"
#include "core/model/stacking.h"
#include "widgets/items/linkitem.h"
#include "widgets/items/nodeitem.h"
#include "look/flatboxes.h"

#include <QPainter>
#include <algorithm>
#include <cstring>
#include <map>
#include <vector>

namespace sw {

namespace {

// Where each id's entry is in `entries` (nodes or links as last drawn), made
// again after the entries were compacted.
template <typename Entries, typename Index>
void ensureIndex(const Entries &entries, Index &index, bool &indexed)
{
    if (indexed)
        return;
    index.clear();
    index.reserve(int(entries.size()));
    for (size_t i = 0; i < entries.size(); ++i)
        index.insert(entries[i].id, int(i));
    indexed = true;
}

// Many dead entries (replaced or removed since they were drawn): kept out.
template <typename Entries>
void dropDead(Entries &entries, bool &indexed)
{
    auto isDead = [](const auto &d) { return !d.live; };
    const auto dead = std::count_if(entries.begin(), entries.end(), isDead);
    if (dead > 64 && dead * 2 > qsizetype(entries.size())) {
        entries.erase(std::remove_if(entries.begin(), entries.end(), isDead), entries.end());
        indexed = false;
    }
}

} // namespace

void Minimap::drawAll(QImage &image, bool remember) const
{
    drawInto(image, QPoint(0, 0), m_area, remember, false);
}

QImage Minimap::freshPicture() const
{
    QImage image(m_picture.size(), m_picture.format());
    image.setDevicePixelRatio(m_picture.devicePixelRatio());
    drawAll(image, false);
    return image;
}

void Minimap::drawTouched()
{
    // The touched cells' bounds are drawn into a scratch image (everything
    // that meets them, in order), then only the touched cells are copied.
    int x0 = m_cellsX, y0 = m_cellsY, x1 = -1, y1 = -1;
    for (int y = 0; y < m_cellsY; ++y)
        for (int x = 0; x < m_cellsX; ++x)
            if (m_touched[size_t(y) * size_t(m_cellsX) + size_t(x)]) {
                x0 = std::min(x0, x);
                y0 = std::min(y0, y);
                x1 = std::max(x1, x);
                y1 = std::max(y1, y);
            }
    if (x1 < 0)
        return;
    QRect bound = QRect(x0 * kCell, y0 * kCell, (x1 - x0 + 1) * kCell, (y1 - y0 + 1) * kCell)
                      .intersected(m_picture.rect());
    // A dashed outline (a cluster) cut by the scratch image's edge would start
    // its dashes elsewhere: the scratch holds every such outline it meets whole.
    const QTransform t = sceneToPicture();
    for (const QString &id : std::as_const(m_clusters))
        if (const NodeItem *n = m_scene->nodeItem(id)) {
            const QRect px = t.mapRect(n->sceneRectOfNode()).toAlignedRect().adjusted(-2, -2, 2, 2);
            if (px.intersects(bound))
                bound = bound.united(px).intersected(m_picture.rect());
        }
    QImage scratch(bound.size(), m_picture.format());
    scratch.setDevicePixelRatio(m_picture.devicePixelRatio());
    drawInto(scratch, bound.topLeft(), sceneToPicture().inverted().mapRect(QRectF(bound)), true, true);
    for (int cy = y0; cy <= y1; ++cy)
        for (int cx = x0; cx <= x1; ++cx) {
            if (!m_touched[size_t(cy) * size_t(m_cellsX) + size_t(cx)])
                continue;
            const QRect cell = QRect(cx * kCell, cy * kCell, kCell, kCell).intersected(m_picture.rect());
            for (int y = cell.top(); y <= cell.bottom(); ++y)
                std::memcpy(m_picture.scanLine(y) + cell.left() * 4,
                            scratch.constScanLine(y - bound.top()) + (cell.left() - bound.left()) * 4,
                            size_t(cell.width()) * 4);
        }
}

QRectF Minimap::drawnRect(const QString &id) const
{
    ensureIndex(m_entries, m_index, m_indexed);
    const auto i = m_index.constFind(id);
    return i == m_index.constEnd() ? QRectF() : m_entries[size_t(*i)].box.rect;
}

Minimap::Drawn Minimap::drawnOf(const NodeItem *n)
{
    int depth = 0;
    for (const QGraphicsItem *a = n->parentItem(); a; a = a->parentItem())
        ++depth;
    const NodeLook &look = n->look();
    return {{n->sceneRectOfNode(), depth * 8 + Stacking::layer(n->kind()), n->kind(), n->isSelected(),
             look.highlighted, look.failed},
            n->id(),
            true};
}

void Minimap::updateEntries() const
{
    // The touched nodes as they are now (their old entries stay, dead, for their rect).
    ensureIndex(m_entries, m_index, m_indexed);
    for (const QString &id : std::as_const(m_moved)) {
        const auto i = m_index.constFind(id);
        if (i != m_index.constEnd())
            m_entries[size_t(*i)].live = false;
        const NodeItem *n = m_scene->nodeItem(id);
        if (!n || !n->isVisible())
            continue;
        m_index.insert(id, int(m_entries.size()));
        m_entries.push_back(drawnOf(n));
        if (n->kind() == Kind::Cluster)
            m_clusters.insert(id);
    }
    for (const QString &id : std::as_const(m_removed)) {
        const auto i = m_index.constFind(id);
        if (i != m_index.constEnd() && !m_scene->nodeItem(id))
            m_entries[size_t(*i)].live = false;
    }
    dropDead(m_entries, m_indexed);
    // The links alike.
    ensureIndex(m_linkEntries, m_linkIndex, m_linksIndexed);
    const NodePainter &np = m_scene->nodePainter();
    for (const QString &id : std::as_const(m_touchedLinks)) {
        const auto i = m_linkIndex.constFind(id);
        if (i != m_linkIndex.constEnd())
            m_linkEntries[size_t(*i)].live = false;
        const LinkItem *l = m_scene->linkItem(id);
        if (!l || !l->isVisible())
            continue;
        m_linkIndex.insert(id, int(m_linkEntries.size()));
        m_linkEntries.push_back({QLineF(l->fromPoint(), l->toPoint()), colourOf(l, np), id, true});
    }
    dropDead(m_linkEntries, m_linksIndexed);
}

QRgb Minimap::colourOf(const LinkItem *l, const NodePainter &np)
{
    if (l->look().selected == l->isSelected())
        return np.linkColor(l->look()).rgba();
    LinkLook look = l->look();
    look.selected = l->isSelected();
    return np.linkColor(look).rgba();
}

void Minimap::drawInto(QImage &image, const QPoint &origin, const QRectF &area, bool remember, bool part) const
{
    const NodePainter &np = m_scene->nodePainter();
    image.fill(np.style().background);
    const double s = m_target.width() / m_area.width();
    const qreal dpr = image.devicePixelRatio();
    QPainter p(&image);
    p.setWorldTransform(QTransform::fromTranslate(-m_area.left(), -m_area.top()) * QTransform::fromScale(s, s)
                        * QTransform::fromTranslate(-origin.x() / dpr, -origin.y() / dpr));
    const QTransform t = sceneToPicture();
    // Boxes under what they hold (zones, clusters, servers, then the rest), as on the canvas.
    std::vector<FlatBox> boxes;
    if (part) {
        // As drawn before (what was not touched is as it was), in the touched cells.
        updateEntries();
        for (const Drawn &d : m_entries)
            if (d.live && d.box.rect.intersects(area) && touchedIn(t.mapRect(d.box.rect)))
                boxes.push_back(d.box);
    } else {
        if (remember) {
            m_entries.clear();
            m_entries.reserve(size_t(m_scene->nodeItemCount()));
            m_indexed = false;
        }
        for (const NodeItem *n : m_scene->nodeItems()) {
            if (!n->isVisible())
                continue;
            Drawn d = drawnOf(n);
            boxes.push_back(d.box);
            if (remember) {
                if (n->kind() == Kind::Cluster)
                    m_clusters.insert(d.id);
                m_entries.push_back(std::move(d));
            }
        }
    }
    paintFlatBoxes(&p, boxes, np.style());
    // Links: hairlines, one batch per colour.
    std::map<QRgb, QVector<QLineF>> lines;
    if (part) {
        for (const DrawnLink &d : m_linkEntries) {
            const QLineF &l = d.line;
            if (d.live && std::max(l.x1(), l.x2()) >= area.left() && std::min(l.x1(), l.x2()) <= area.right()
                && std::max(l.y1(), l.y2()) >= area.top() && std::min(l.y1(), l.y2()) <= area.bottom()
                && touchedAlong(t.map(l.p1()), t.map(l.p2())))
                lines[d.rgb].append(l);
        }
    } else {
        if (remember) {
            m_linkEntries.clear();
            m_linkEntries.reserve(m_scene->linkItems().size());
            m_linksIndexed = false;
        }
        for (const LinkItem *l : m_scene->linkItems()) {
            if (!l->isVisible())
                continue;
            const QLineF line(l->fromPoint(), l->toPoint());
            const QRgb rgb = colourOf(l, np);
            lines[rgb].append(line);
            if (remember)
                m_linkEntries.push_back({line, rgb, l->id(), true});
        }
    }
    const bool direct = canDrawHairlines(&p);
    for (const auto &[rgb, batch] : lines) {
        if (direct && qAlpha(rgb) == 255) {
            drawHairlines(&p, batch, rgb);
            continue;
        }
        p.setPen(QPen(QColor::fromRgba(rgb), 0));
        p.drawLines(batch.constData(), int(batch.size()));
    }
}

} // namespace sw
