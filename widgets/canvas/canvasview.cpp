#include "widgets/canvas/canvasview.h"

#include "widgets/canvas/canvaseditor.h"
#include "widgets/canvas/canvasscene.h"
#include "core/model/designmodel.h"
#include "core/model/geometry.h"
#include "widgets/canvas/minimap.h"
#include "core/model/selection.h"
#include "widgets/items/nodeitem.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

namespace sw {

namespace {
constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 4.0;
} // namespace

CanvasView::CanvasView(CanvasScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_canvas(scene)
{
    setObjectName(QStringLiteral("canvasView"));
    setAccessibleName(tr("Design canvas"));
    setAccessibleDescription(tr("Drag nodes to move them, drag from a node's blue handle to connect it, "
                                "arrow keys move the selection"));
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setCacheMode(CacheBackground);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    viewport()->grabGesture(Qt::PinchGesture);
    updateRenderHints();
    m_minimap = new Minimap(this, scene);
    // The empty canvas's words come and go with the first node: repaint it all.
    auto hint = [this] {
        if (m_canvas->nodeItemCount() <= 1)
            viewport()->update();
    };
    connect(scene->model(), &DesignModel::nodeAdded, this, hint);
    connect(scene->model(), &DesignModel::nodeAboutToBeRemoved, this, hint);
    connect(scene->model(), &DesignModel::designReset, this, [this] { viewport()->update(); });
}

void CanvasView::updateRenderHints()
{
    // Antialiasing costs a lot with thousands of items and shows little when
    // zoomed out: only on from half size up.
    const bool aa = zoom() >= 0.5;
    setRenderHint(QPainter::Antialiasing, aa);
    setRenderHint(QPainter::TextAntialiasing, true);
    setRenderHint(QPainter::SmoothPixmapTransform, aa);
    m_canvas->setNodeCaching(aa);
    m_canvas->setViewScale(zoom());
}

void CanvasView::setZoom(double z, const QPointF &anchor)
{
    z = std::clamp(z, kMinZoom, kMaxZoom);
    const QPointF viewAnchor = mapFromScene(anchor);
    const ViewportAnchor old = transformationAnchor();
    setTransformationAnchor(NoAnchor);
    setTransform(QTransform::fromScale(z, z));
    // Keep the anchor point under the same place of the viewport.
    const QPointF now = mapFromScene(anchor);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(now.x() - viewAnchor.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(now.y() - viewAnchor.y()));
    setTransformationAnchor(old);
    updateRenderHints();
    emit zoomChanged(z);
}

void CanvasView::zoomIn() { setZoom(zoom() * 1.25, mapToScene(viewport()->rect().center())); }
void CanvasView::zoomOut() { setZoom(zoom() / 1.25, mapToScene(viewport()->rect().center())); }
void CanvasView::resetZoom() { setZoom(1.0, mapToScene(viewport()->rect().center())); }

void CanvasView::zoomToFit()
{
    QRectF r = m_canvas->designBounds();
    if (r.isNull()) {
        // An empty design: a fixed canvas at 100 %, so the view does not jump
        // while the scene grows around the first boxes dropped on it.
        setSceneRect(QRectF(-2000, -2000, 6000, 5000));
        setZoom(1.0, QPointF());
        centerOn(QPointF(500, 300));
        return;
    }
    r.adjust(-30, -30, 30, 30);
    // Scroll range: everything, with room around it to place more.
    setSceneRect(r.adjusted(-2000, -2000, 2000, 2000));
    fitInView(r, Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setZoom(1.0, r.center());
    centerOn(r.center());
    updateRenderHints();
    emit zoomChanged(zoom());
}

void CanvasView::showSelection()
{
    QRectF r;
    for (QGraphicsItem *item : scene()->selectedItems())
        r = r.isNull() ? item->sceneBoundingRect() : r.united(item->sceneBoundingRect());
    if (!r.isNull())
        ensureVisible(r, 40, 40);
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(1.15, steps), mapToScene(event->position().toPoint()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

bool CanvasView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        auto *ge = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(ge->gesture(Qt::PinchGesture))) {
            if (pinch->state() == Qt::GestureStarted)
                m_pinchStart = zoom();
            const QPointF anchor = mapToScene(viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
            setZoom(m_pinchStart * pinch->totalScaleFactor(), anchor);
            ge->accept(pinch);
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceDown)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint d = event->position().toPoint() - m_panLast;
        m_panLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceDown ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceDown = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QPointF delta;
    const double step = (event->modifiers() & Qt::ShiftModifier) ? Geo::kGrid * 5 : Geo::kGrid;
    switch (event->key()) {
    case Qt::Key_Left: delta = QPointF(-step, 0); break;
    case Qt::Key_Right: delta = QPointF(step, 0); break;
    case Qt::Key_Up: delta = QPointF(0, -step); break;
    case Qt::Key_Down: delta = QPointF(0, step); break;
    default: break;
    }
    if (!delta.isNull() && !m_canvas->selectedItems().isEmpty()) {
        m_canvas->editor()->nudgeSelection(delta);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceDown = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

QString CanvasView::emptyHint()
{
    return tr("An empty design. To begin, drag a box from the palette on the left onto the canvas "
              "(Users, a DNS record, a load balancer, a web server…), or press Ctrl+Shift+A to add one by name. "
              "Drag from a box's blue handle to another box to link them. "
              "File > New from Template starts from a finished design.");
}

void CanvasView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (m_canvas->nodeItemCount() > 0)
        return;
    // In viewport pixels, whatever the zoom.
    painter->save();
    painter->resetTransform();
    const QRect area = viewport()->rect().adjusted(60, 0, -60, 0);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    painter->setFont(f);
    painter->setPen(palette().color(QPalette::PlaceholderText));
    const QRect box(area.left(), area.center().y() - 100, area.width(), 200);
    painter->drawText(box, Qt::AlignCenter | Qt::TextWordWrap, emptyHint());
    painter->restore();
}

void CanvasView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    viewport()->update();
}

void CanvasView::focusOutEvent(QFocusEvent *event)
{
    m_spaceDown = false;
    QGraphicsView::focusOutEvent(event);
    viewport()->update();
}

} // namespace sw
