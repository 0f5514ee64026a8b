#include "widgets/lab/lablayer.h"

#include "core/model/designmodel.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace sw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::LabLayer)
};

const QColor kVip(0x6a, 0x1b, 0x9a);

void chip(QPainter *p, const QPointF &at, const QString &text, const QColor &color, bool rightAligned)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(11);
    f.setWeight(QFont::DemiBold);
    p->setFont(f);
    const double w = QFontMetricsF(f).horizontalAdvance(text) + 12, h = 15;
    const QRectF r(rightAligned ? at.x() - w : at.x(), at.y(), w, h);
    p->setPen(QPen(Qt::white, 1));
    p->setBrush(color);
    p->drawRoundedRect(r, 7, 7);
    p->setPen(Qt::white);
    p->drawText(r, Qt::AlignCenter, text);
}

} // namespace

LabLayer::LabLayer(DesignModel *model, QGraphicsItem *parent) : QGraphicsObject(parent), m_model(model)
{
    setObjectName(QStringLiteral("labLayer"));
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setZValue(1e6);
    connect(model, &DesignModel::changed, this, [this] {
        if (m_shown)
            relayout();
    });
    connect(model, &DesignModel::designReset, this, [this] {
        if (m_shown)
            relayout();
    });
    setVisible(false);
}

void LabLayer::setView(const LabView &view)
{
    m_view = view;
    m_shown = true;
    setVisible(true);
    relayout();
}

void LabLayer::clear()
{
    m_shown = false;
    m_view = LabView();
    setVisible(false);
    relayout();
}

void LabLayer::relayout()
{
    m_geo.compute(m_model->design());
    QRectF b;
    for (auto it = m_view.states.cbegin(); it != m_view.states.cend(); ++it)
        if (m_geo.contains(it.key()))
            b |= m_geo.rect(it.key());
    b.adjust(-10, -24, 160, 16);
    if (b != m_bounds) {
        prepareGeometryChange();
        m_bounds = b;
    }
    update();
}

QRectF LabLayer::boundingRect() const { return m_bounds; }

void LabLayer::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_shown)
        return;
    const Design &d = m_model->design();
    p->setRenderHint(QPainter::Antialiasing);
    // Services first, then their servers' frames and marks over them.
    for (int pass = 0; pass < 2; ++pass) {
        for (auto it = m_view.states.cbegin(); it != m_view.states.cend(); ++it) {
            const Node *n = d.node(it.key());
            if (!n || !m_geo.contains(it.key()) || (n->kind == Kind::Server) != (pass == 1))
                continue;
            const QRectF r = m_geo.rect(it.key());
            const QColor c = labStateColor(*it);
            if (n->kind == Kind::Server) {
                if (*it == LabState::Failed || *it == LabState::Stopped) {
                    QColor fill = c;
                    fill.setAlpha(40);
                    p->setPen(Qt::NoPen);
                    p->setBrush(fill);
                    p->drawRoundedRect(r, 6, 6);
                }
                p->setPen(QPen(c, 4));
                p->setBrush(Qt::NoBrush);
                p->drawRoundedRect(r.adjusted(-2, -2, 2, 2), 8, 8);
                chip(p, QPointF(r.right() - 8, r.bottom() - 7), Tr::tr("lab: %1").arg(labStateName(*it)), c, true);
            } else {
                p->setPen(QPen(c, 2.5, *it == LabState::Absent ? Qt::DashLine : Qt::SolidLine));
                p->setBrush(Qt::NoBrush);
                p->drawRoundedRect(r.adjusted(-1, -1, 1, 1), 7, 7);
                p->setPen(Qt::NoPen);
                p->setBrush(c);
                p->drawEllipse(QPointF(r.left() + 1, r.center().y()), 4.5, 4.5);
            }
        }
    }
    for (const QString &id : m_view.vipHolders)
        if (m_geo.contains(id))
            chip(p, QPointF(m_geo.rect(id).left() + 6, m_geo.rect(id).top() - 18),
                 Tr::tr("holds VIP %1").arg(m_view.vipText), kVip, false);
}

} // namespace sw
