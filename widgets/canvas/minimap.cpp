#include "widgets/canvas/minimap.h"

#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "core/model/designmodel.h"
#include "core/model/overlay.h"
#include "core/model/selection.h"
#include "widgets/items/linkitem.h"
#include "widgets/items/nodeitem.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace sw {

namespace {
constexpr int kMargin = 12;   // from the view's corner
constexpr int kInset = 6;     // picture inside the frame
constexpr double kRoom = 40;  // scene units shown around the design
} // namespace

Minimap::Minimap(CanvasView *view, CanvasScene *scene) : QWidget(view), m_view(view), m_scene(scene)
{
    setObjectName(QStringLiteral("minimap"));
    setAccessibleName(tr("Minimap"));
    setToolTip(tr("The whole design: click or drag to move the view"));
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(350);
    connect(&m_refresh, &QTimer::timeout, this, &Minimap::refresh);
    const DesignModel *model = scene->model();
    connect(model, &DesignModel::changed, this, &Minimap::changedLater);
    connect(model, &DesignModel::designReset, this, &Minimap::touchAll);
    // (The scene follows the model first: the items are where the edit put them.)
    connect(model, &DesignModel::nodeAdded, this, &Minimap::touchNode);
    connect(model, &DesignModel::nodeAboutToBeRemoved, this, &Minimap::touchNode);
    connect(model, &DesignModel::nodeMoved, this, &Minimap::movedLater);
    connect(model, &DesignModel::nodeChanged, this, &Minimap::touchNode);
    connect(model, &DesignModel::nodeReparented, this, [this](const QString &id, const QString &old) {
        touchNode(id);
        touchNode(old);
    });
    connect(model, &DesignModel::linkAdded, this, &Minimap::touchLink);
    connect(model, &DesignModel::linkAboutToBeRemoved, this, &Minimap::touchLink);
    connect(model, &DesignModel::linkChanged, this, &Minimap::touchLink);
    if (Selection *sel = scene->selectionModel())
        connect(sel, &Selection::changed, this, [this, sel] {
            for (const QStringList &ids : {m_selected, sel->ids()})
                for (const QString &id : ids) {
                    touchNode(id);
                    touchLink(id);
                }
            m_selected = sel->ids();
            changedLater();
        });
    if (Overlay *overlay = scene->overlay())
        connect(overlay, &Overlay::changed, this, [this](const QStringList &ids) {
            if (ids.isEmpty())
                touchAll();
            for (const QString &id : ids) {
                touchNode(id);
                touchLink(id);
            }
            changedLater();
        });
    connect(scene, &CanvasScene::styleChanged, this, &Minimap::touchAll);
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, &Minimap::updateVisibility);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &Minimap::updateVisibility);
    connect(view, &CanvasView::zoomChanged, this, &Minimap::updateVisibility);
    view->installEventFilter(this);
    place();
    refresh();
}

void Minimap::setWanted(bool wanted)
{
    m_wanted = wanted;
    updateVisibility();
}

bool Minimap::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        place();
        updateVisibility();
    }
    return QWidget::eventFilter(watched, event);
}

void Minimap::place()
{
    // A fifth of the view's width, between 160 and 280 wide, 3:2.
    const QRect vp = m_view->viewport()->geometry();
    const int w = std::clamp(vp.width() / 5, 160, 280);
    const int h = w * 2 / 3;
    const QRect r(vp.right() - w - kMargin, vp.bottom() - h - kMargin, w, h);
    if (r != geometry()) {
        setGeometry(r);
        m_dirty = true;
        refresh();
    }
}

void Minimap::changedLater()
{
    m_dirty = true;
    m_refresh.start();
}

void Minimap::touchAll()
{
    m_all = true;
    changedLater();
}

void Minimap::touchNode(const QString &id)
{
    if (m_all || id.isEmpty() || m_touched.empty())
        return;
    touchRect(drawnRect(id));
    NodeItem *item = m_scene->nodeItem(id);
    if (!item) {
        m_removed.insert(id);
        return;
    }
    // The boxes around it may grow or shrink with it: compared before the redraw.
    for (QGraphicsItem *a = item->parentItem(); a; a = a->parentItem())
        if (a->type() == NodeItem::Type)
            m_watch.insert(static_cast<NodeItem *>(a)->id());
    std::function<void(NodeItem *)> touch = [&](NodeItem *n) {
        touchOne(n);
        const auto children = n->childItems();
        for (QGraphicsItem *c : children)
            if (c->type() == NodeItem::Type)
                touch(static_cast<NodeItem *>(c));
    };
    touch(item);
}

void Minimap::movedLater(const QString &id)
{
    if (!m_all && !id.isEmpty() && !m_touched.empty())
        m_movedLater.insert(id);
}

void Minimap::touchOne(NodeItem *n)
{
    m_moved.insert(n->id());
    touchRect(n->sceneRectOfNode());
    touchRect(drawnRect(n->id()));
    for (const LinkItem *l : std::as_const(n->links()))
        touchLink(l->id());
}

void Minimap::touchLink(const QString &id)
{
    if (m_all || m_touched.empty())
        return;
    m_touchedLinks.insert(id);
    // Where it is, and where it was: between the rects its ends were drawn at
    // (the model's ends: a removed link's item is gone already).
    if (const LinkItem *l = m_scene->linkItem(id))
        touchBetween(QRectF(l->fromPoint(), QSizeF(0, 0)), QRectF(l->toPoint(), QSizeF(0, 0)));
    if (const Link *link = m_scene->model()->link(id)) {
        const QRectF from = drawnRect(link->from), to = drawnRect(link->to);
        if (!from.isNull() && !to.isNull())
            touchBetween(from, to);
    }
}

void Minimap::touchResized()
{
    for (const QString &id : std::as_const(m_clusters))
        m_watch.insert(id);
    for (const QString &id : std::as_const(m_watch))
        if (NodeItem *n = m_scene->nodeItem(id); n && n->sceneRectOfNode() != drawnRect(id))
            touchOne(n);
    m_watch.clear();
}

QTransform Minimap::sceneToPicture() const
{
    const double k = m_target.width() / m_area.width() * m_picture.devicePixelRatio();
    return QTransform::fromTranslate(-m_area.left(), -m_area.top()) * QTransform::fromScale(k, k);
}

void Minimap::touchRect(const QRectF &r)
{
    if (!r.isNull() && !m_touched.empty())
        touchPixels(sceneToPicture().mapRect(r));
}

QRect Minimap::cellsUnder(const QRectF &r) const
{
    // A pixel more around it: an aliased edge or hairline lies within half a pixel.
    const QRectF px = r.adjusted(-1, -1, 1, 1);
    const int x0 = std::max(0, int(std::floor(px.left() / kCell)));
    const int y0 = std::max(0, int(std::floor(px.top() / kCell)));
    const int x1 = std::min(m_cellsX - 1, int(std::floor(px.right() / kCell)));
    const int y1 = std::min(m_cellsY - 1, int(std::floor(px.bottom() / kCell)));
    return QRect(QPoint(x0, y0), QPoint(x1, y1)); // empty when outside the picture
}

void Minimap::touchPixels(const QRectF &r)
{
    const QRect cells = cellsUnder(r);
    for (int y = cells.top(); y <= cells.bottom(); ++y)
        for (int x = cells.left(); x <= cells.right(); ++x) {
            m_touched[size_t(y) * size_t(m_cellsX) + size_t(x)] = 1;
            m_anyTouched = true;
        }
}

bool Minimap::touchedIn(const QRectF &r) const
{
    const QRect cells = cellsUnder(r);
    for (int y = cells.top(); y <= cells.bottom(); ++y)
        for (int x = cells.left(); x <= cells.right(); ++x)
            if (m_touched[size_t(y) * size_t(m_cellsX) + size_t(x)])
                return true;
    return false;
}

bool Minimap::touchedAlong(const QPointF &a, const QPointF &b) const
{
    // Samples half a cell apart, each with the pixel around it.
    const int steps = std::max(1, int(std::ceil(QLineF(a, b).length() / (kCell / 2.0))));
    for (int i = 0; i <= steps; ++i) {
        const QPointF p = a + (b - a) * (double(i) / steps);
        if (touchedIn(QRectF(p, QSizeF(0, 0))))
            return true;
    }
    return false;
}

void Minimap::touchBetween(const QRectF &from, const QRectF &to)
{
    if (m_touched.empty())
        return;
    // A point of `from` to a point of `to`: at f along the way, inside the
    // rect between the two (its corners moved by f); in steps of half a cell.
    const QTransform t = sceneToPicture();
    const QRectF a = t.mapRect(from), b = t.mapRect(to);
    const double length = QLineF(a.center(), b.center()).length();
    const int steps = std::max(1, int(std::ceil(length / (kCell / 2.0))));
    auto corner = [&](const QPointF &p, const QPointF &q, int i) { return p + (q - p) * (double(i) / steps); };
    for (int i = 0; i < steps; ++i) {
        const QPointF tl0 = corner(a.topLeft(), b.topLeft(), i), tl1 = corner(a.topLeft(), b.topLeft(), i + 1);
        const QPointF br0 = corner(a.bottomRight(), b.bottomRight(), i);
        const QPointF br1 = corner(a.bottomRight(), b.bottomRight(), i + 1);
        touchPixels(QRectF(QPointF(std::min(tl0.x(), tl1.x()), std::min(tl0.y(), tl1.y())),
                           QPointF(std::max(br0.x(), br1.x()), std::max(br0.y(), br1.y()))));
    }
}

void Minimap::refresh()
{
    m_refresh.stop();
    for (const QString &id : std::as_const(m_movedLater))
        touchNode(id);
    m_movedLater.clear();
    QRectF bounds = m_scene->designBounds();
    if (bounds.isNull())
        bounds = QRectF(0, 0, 100, 100);
    const QRectF area = bounds.adjusted(-kRoom, -kRoom, kRoom, kRoom);
    const QRectF inner = QRectF(rect()).adjusted(kInset, kInset, -kInset, -kInset);
    const double s = std::min(inner.width() / area.width(), inner.height() / area.height());
    const QSizeF size = area.size() * s;
    const QRectF target(inner.center() - QPointF(size.width(), size.height()) / 2, size);
    const qreal dpr = devicePixelRatioF();
    const QSize px = (target.size() * dpr).toSize().expandedTo(QSize(1, 1));
    // The same extent and size: only what changed is drawn again.
    if (!m_wanted) {
        m_lastRedraw = Redraw::Nothing;
    } else if (m_all || area != m_area || target != m_target || m_picture.size() != px
               || m_picture.devicePixelRatio() != dpr) {
        m_area = area;
        m_target = target;
        m_picture = QImage(px, QImage::Format_ARGB32_Premultiplied);
        m_picture.setDevicePixelRatio(dpr);
        m_clusters.clear();
        m_watch.clear();
        drawAll(m_picture, true);
        m_cellsX = (px.width() + kCell - 1) / kCell;
        m_cellsY = (px.height() + kCell - 1) / kCell;
        m_lastRedraw = Redraw::All;
        m_all = false;
    } else if ((touchResized(), m_anyTouched)) {
        drawTouched();
        m_lastRedraw = Redraw::Part;
    } else {
        m_lastRedraw = Redraw::Nothing;
    }
    m_touched.assign(size_t(m_cellsX) * size_t(m_cellsY), 0);
    m_anyTouched = false;
    m_moved.clear();
    m_removed.clear();
    m_touchedLinks.clear();
    m_dirty = !m_wanted;
    if (!m_wanted)
        m_all = true; // (not painted for nobody: all of it when wanted again)
    updateVisibility();
    update();
}

void Minimap::updateVisibility()
{
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QRectF design = m_area.adjusted(kRoom, kRoom, -kRoom, -kRoom);
    const bool needed = m_wanted && !shown.contains(design);
    if (needed && m_dirty && !m_refresh.isActive())
        m_refresh.start();
    setVisible(needed);
    if (needed)
        update();
}

QPointF Minimap::toMinimap(const QPointF &scenePos) const
{
    const double s = m_target.width() / m_area.width();
    return m_target.topLeft() + (scenePos - m_area.topLeft()) * s;
}

QPointF Minimap::toScene(const QPointF &minimapPos) const
{
    const double s = m_target.width() / m_area.width();
    return m_area.topLeft() + (minimapPos - m_target.topLeft()) / s;
}

QRectF Minimap::viewOutline() const
{
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    return QRectF(toMinimap(shown.topLeft()), toMinimap(shown.bottomRight())).intersected(QRectF(rect()).adjusted(1, 1, -1, -1));
}

void Minimap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    p.drawImage(m_target.topLeft(), m_picture);
    const QRectF outline = viewOutline();
    QColor fill = pal.color(QPalette::Highlight);
    fill.setAlphaF(0.16);
    p.setBrush(fill);
    p.setPen(QPen(pal.color(QPalette::Highlight), 2));
    p.drawRect(outline);
}

void Minimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_view->centerOn(toScene(event->position()));
    event->accept();
}

void Minimap::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return QWidget::mouseMoveEvent(event);
    m_view->centerOn(toScene(event->position()));
    event->accept();
}

void Minimap::mouseReleaseEvent(QMouseEvent *event) { event->accept(); }

} // namespace sw

