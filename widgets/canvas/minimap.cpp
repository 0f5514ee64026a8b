#include "widgets/canvas/minimap.h"

#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "core/model/designmodel.h"
#include "core/model/overlay.h"
#include "core/model/selection.h"
#include "core/model/stacking.h"
#include "widgets/items/linkitem.h"
#include "widgets/items/nodeitem.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>
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
    connect(model, &DesignModel::nodeMoved, this, &Minimap::touchNode);
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
    if (m_all || id.isEmpty())
        return;
    m_touched = m_touched.united(m_drawn.value(id));
    NodeItem *item = m_scene->nodeItem(id);
    if (!item)
        return;
    std::function<void(NodeItem *)> touch = [&](NodeItem *n) {
        m_touched = m_touched.united(n->sceneRectOfNode()).united(m_drawn.value(n->id()));
        for (const LinkItem *l : std::as_const(n->links()))
            touchLink(l->id());
        const auto children = n->childItems();
        for (QGraphicsItem *c : children)
            if (c->type() == NodeItem::Type)
                touch(static_cast<NodeItem *>(c));
    };
    touch(item);
}

void Minimap::touchLink(const QString &id)
{
    const LinkItem *l = m_all ? nullptr : m_scene->linkItem(id);
    if (!l)
        return;
    // Where it is, and where it was: within the rects its ends were drawn at.
    const QRectF was = m_drawn.value(l->fromItem()->id()).united(m_drawn.value(l->toItem()->id()));
    m_touched = m_touched.united(QRectF(l->fromPoint(), l->toPoint()).normalized().adjusted(-1, -1, 1, 1)).united(was);
}

void Minimap::refresh()
{
    m_refresh.stop();
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
        m_drawn.clear();
        m_drawn.reserve(m_scene->nodeItemCount());
        draw(m_area);
        m_lastRedraw = Redraw::All;
        m_all = false;
    } else if (!m_touched.isNull()) {
        draw(m_touched.intersected(m_area));
        m_lastRedraw = Redraw::Part;
    } else {
        m_lastRedraw = Redraw::Nothing;
    }
    m_touched = QRectF();
    m_dirty = !m_wanted;
    if (!m_wanted)
        m_all = true; // (not painted for nobody: all of it when wanted again)
    updateVisibility();
    update();
}

void Minimap::draw(const QRectF &area)
{
    if (area.isEmpty())
        return;
    const double s = m_target.width() / m_area.width();
    const QTransform t = QTransform::fromScale(s, s) * QTransform::fromTranslate(-m_area.left() * s, -m_area.top() * s);
    // Whole pixels of the picture around the area, cleared and drawn anew.
    const QRectF onPicture = QTransform::fromTranslate(-m_area.left() * s, -m_area.top() * s).mapRect(
        QRectF(area.topLeft() * s, area.size() * s));
    const QRect pixels = onPicture.toAlignedRect().adjusted(-1, -1, 1, 1).intersected(
        QRect(QPoint(0, 0), (QSizeF(m_picture.size()) / m_picture.devicePixelRatio()).toSize()));
    const QRectF redrawn = t.inverted().mapRect(QRectF(pixels));
    // A QImage over those pixels only (sharing them): no clip to set, so the
    // links are drawn as direct hairlines (hairlines.h) and nothing leaves it.
    const qreal dpr = m_picture.devicePixelRatio();
    const QRect device(QPoint(int(pixels.x() * dpr), int(pixels.y() * dpr)),
                       QSize(int(pixels.width() * dpr), int(pixels.height() * dpr)));
    const QRect inside = device.intersected(m_picture.rect());
    if (inside.isEmpty())
        return;
    uchar *first = m_picture.bits() + inside.y() * m_picture.bytesPerLine() + inside.x() * 4;
    QImage part(first, inside.width(), inside.height(), m_picture.bytesPerLine(), m_picture.format());
    part.setDevicePixelRatio(dpr);
    part.fill(m_scene->nodePainter().style().background);
    QPainter p(&part);
    p.setWorldTransform(t * QTransform::fromTranslate(-inside.x() / dpr, -inside.y() / dpr));
    // Boxes under what they hold (zones, clusters, servers, then the rest), as on the canvas.
    std::vector<std::pair<int, NodeItem *>> nodes;
    for (NodeItem *n : m_scene->nodeItems()) {
        const QRectF r = n->sceneRectOfNode();
        if (!n->isVisible() || !r.intersects(redrawn))
            continue;
        int depth = 0;
        for (const QGraphicsItem *a = n->parentItem(); a; a = a->parentItem())
            ++depth;
        nodes.emplace_back(depth * 8 + Stacking::layer(n->kind()), n);
    }
    std::stable_sort(nodes.begin(), nodes.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const NodePainter &np = m_scene->nodePainter();
    for (const auto &[order, n] : nodes) {
        NodeLook look = n->look();
        look.selected = n->isSelected();
        const QRectF r = n->sceneRectOfNode();
        np.paintNode(&p, r, look, Detail::Low);
        m_drawn.insert(n->id(), r);
    }
    paintLinks(&p, redrawn, m_scene->linkItems(), np, true);
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

