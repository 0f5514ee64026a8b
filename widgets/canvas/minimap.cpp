#include "widgets/canvas/minimap.h"

#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "core/model/designmodel.h"
#include "core/model/overlay.h"
#include "core/model/selection.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

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
    auto later = [this] {
        m_dirty = true;
        m_refresh.start();
    };
    connect(scene->model(), &DesignModel::changed, this, later);
    connect(scene->model(), &DesignModel::designReset, this, later);
    if (Selection *sel = scene->selectionModel())
        connect(sel, &Selection::changed, this, later);
    if (Overlay *overlay = scene->overlay())
        connect(overlay, &Overlay::changed, this, later);
    connect(scene, &CanvasScene::styleChanged, this, later);
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

void Minimap::refresh()
{
    m_refresh.stop();
    QRectF bounds = m_scene->designBounds();
    if (bounds.isNull())
        bounds = QRectF(0, 0, 100, 100);
    m_area = bounds.adjusted(-kRoom, -kRoom, kRoom, kRoom);
    const QRectF inner = QRectF(rect()).adjusted(kInset, kInset, -kInset, -kInset);
    const double s = std::min(inner.width() / m_area.width(), inner.height() / m_area.height());
    const QSizeF size = m_area.size() * s;
    m_target = QRectF(inner.center() - QPointF(size.width(), size.height()) / 2, size);
    const qreal dpr = devicePixelRatioF();
    m_picture = QImage((m_target.size() * dpr).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    m_picture.setDevicePixelRatio(dpr);
    m_picture.fill(Qt::transparent);
    if (m_wanted) { // (not painted for nobody)
        QPainter p(&m_picture);
        m_scene->render(&p, QRectF(QPointF(0, 0), m_target.size()), m_area, Qt::KeepAspectRatio);
    }
    m_dirty = !m_wanted;
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

