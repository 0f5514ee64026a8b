#include "widgets/lab/labflowlayer.h"

#include "core/model/designmodel.h"

#include <QHash>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace sw {

namespace {
const QColor kServed(0x1e, 0x9e, 0x5a);
const QColor kFailed(0xd9, 0x30, 0x25);

QPointF along(const QVector<QPointF> &pts, double t)
{
    if (pts.isEmpty())
        return {};
    double total = 0;
    for (int i = 1; i < pts.size(); ++i)
        total += QLineF(pts[i - 1], pts[i]).length();
    double want = std::clamp(t, 0.0, 1.0) * total;
    for (int i = 1; i < pts.size(); ++i) {
        const double len = QLineF(pts[i - 1], pts[i]).length();
        if (want <= len && len > 0)
            return pts[i - 1] + (pts[i] - pts[i - 1]) * (want / len);
        want -= len;
    }
    return pts.last();
}

void cross(QPainter *p, const QPointF &c, double s)
{
    p->setPen(QPen(kFailed, 4, Qt::SolidLine, Qt::RoundCap));
    p->drawLine(c + QPointF(-s, -s), c + QPointF(s, s));
    p->drawLine(c + QPointF(-s, s), c + QPointF(s, -s));
}
} // namespace

LabFlowLayer::LabFlowLayer(DesignModel *model, QGraphicsItem *parent) : QGraphicsObject(parent), m_model(model)
{
    setObjectName(QStringLiteral("labFlowLayer"));
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(1e6 + 1);
    m_timer.setInterval(33);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_now = m_clock.elapsed();
        if (m_now >= m_endMs) {
            m_timer.stop();
            emit finished();
        }
        update();
    });
    connect(model, &DesignModel::changed, this, &LabFlowLayer::relayout);
}

void LabFlowLayer::play(const QVector<RequestPath> &paths, const QVector<double> &starts)
{
    m_paths = paths;
    m_startMs.clear();
    m_endMs = 0;
    for (int i = 0; i < paths.size(); ++i) {
        m_startMs << starts.value(i) * 1000.0 * kSlowdown;
        m_endMs = std::max(m_endMs, qint64(m_startMs.last()) + kTravelMs + 600);
    }
    relayout();
    m_now = 0;
    m_clock.start();
    m_timer.start();
}

void LabFlowLayer::clear()
{
    m_timer.stop();
    m_paths.clear();
    m_startMs.clear();
    relayout();
}

QVector<QPointF> LabFlowLayer::points(const RequestPath &p) const
{
    QVector<QPointF> pts;
    for (const QString &id : p.nodes)
        if (m_geo.contains(id))
            pts << m_geo.rect(id).center();
    return pts;
}

void LabFlowLayer::relayout()
{
    m_geo.compute(m_model->design());
    QRectF b;
    for (const RequestPath &p : m_paths)
        for (const QString &id : p.nodes)
            if (m_geo.contains(id))
                b |= m_geo.rect(id);
    b.adjust(-30, -30, 60, 30);
    prepareGeometryChange();
    m_bounds = b;
    update();
}

QRectF LabFlowLayer::boundingRect() const { return m_bounds; }

void LabFlowLayer::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_paths.isEmpty())
        return;
    p->setRenderHint(QPainter::Antialiasing);
    const bool done = !m_timer.isActive();
    // Every distinct path the batch took (so far), as a thin line with its count.
    QHash<QString, int> counts;
    QHash<QString, int> firstOf;
    for (int i = 0; i < m_paths.size(); ++i) {
        if (!done && m_now < m_startMs[i])
            continue;
        const QString key = m_paths[i].nodes.join(QLatin1Char('>')) + (m_paths[i].served ? QString() : QStringLiteral("!"));
        if (!counts.contains(key))
            firstOf.insert(key, i);
        ++counts[key];
    }
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(12);
    f.setWeight(QFont::Bold);
    p->setFont(f);
    int lane = 0;
    for (auto it = firstOf.cbegin(); it != firstOf.cend(); ++it, ++lane) {
        const RequestPath &path = m_paths[*it];
        QVector<QPointF> pts = points(path);
        const QPointF shift(0, (lane % 5 - 2) * 3.0);   // side by side, not on top of each other
        for (QPointF &pt : pts)
            pt += shift;
        QColor c = path.served ? kServed : kFailed;
        c.setAlpha(done ? 200 : 90);
        p->setPen(QPen(c, done ? 3 : 2, path.served ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        p->setBrush(Qt::NoBrush);
        p->drawPolyline(pts.constData(), int(pts.size()));
        if (!pts.isEmpty() && done) {
            const QString label = QStringLiteral("×%1").arg(counts.value(it.key()));
            const QRectF r(pts.last() + QPointF(10, -20 + lane * 14), QSizeF(44, 16));
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(255, 255, 255, 230));
            p->drawRoundedRect(r, 4, 4);
            p->setPen(c.darker(120));
            p->drawText(r, Qt::AlignCenter, label);
        }
        if (!path.served && !pts.isEmpty())
            cross(p, pts.last(), 8);
    }
    if (done)
        return;
    // The requests under way: a dot each.
    for (int i = 0; i < m_paths.size(); ++i) {
        const double t = (double(m_now) - m_startMs[i]) / kTravelMs;
        if (t < 0 || t > 1.0)
            continue;
        const QVector<QPointF> pts = points(m_paths[i]);
        const QPointF at = along(pts, t);
        p->setPen(QPen(Qt::white, 2));
        p->setBrush(m_paths[i].served || t < 1.0 ? (m_paths[i].served ? kServed : kFailed) : kFailed);
        p->drawEllipse(at, 8, 8);
    }
}

} // namespace sw
