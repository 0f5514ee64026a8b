#include "widgets/compare/comparemarks.h"

#include "widgets/canvas/canvasscene.h"
#include "widgets/compare/comparesession.h"
#include "core/model/designmodel.h"
#include "core/model/geometry.h"
#include "widgets/items/nodeitem.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QSet>

namespace sw {

namespace {

constexpr double kMarksZ = 1e6;   // above every node and link

// The parent of the marks: paints nothing itself.
class MarksLayer : public QGraphicsObject {
public:
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};

class FrameItem : public QGraphicsItem {
public:
    FrameItem(const QRectF &r, const QColor &c, bool dashed, QGraphicsItem *parent)
        : QGraphicsItem(parent), m_rect(r.adjusted(-5, -5, 5, 5)), m_color(c), m_dashed(dashed)
    {
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
    }
    QRectF boundingRect() const override { return m_rect.adjusted(-3, -3, 3, 3); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        QPen pen(m_color, 4);
        if (m_dashed)
            pen.setStyle(Qt::DashLine);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(m_rect, 8, 8);
    }

private:
    QRectF m_rect;
    QColor m_color;
    bool m_dashed;
};

// A removed node, painted as it was, faded, with a red dashed frame.
class GhostItem : public QGraphicsItem {
public:
    GhostItem(const CanvasScene *scene, const Node &node, const QRectF &r, QGraphicsItem *parent)
        : QGraphicsItem(parent), m_scene(scene), m_look(NodeLook::of(node)), m_rect(r)
    {
        setAcceptedMouseButtons(Qt::NoButton);
        setOpacity(0.45);
    }
    QRectF boundingRect() const override { return m_rect.adjusted(-2, -2, 2, 2); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        m_scene->nodePainter().paintNode(p, m_rect, m_look, Detail::Full);
    }

private:
    const CanvasScene *m_scene;
    NodeLook m_look;
    QRectF m_rect;
};

class LineItem : public QGraphicsLineItem {
public:
    LineItem(const QLineF &l, const QColor &c, bool dashed, QGraphicsItem *parent) : QGraphicsLineItem(l, parent)
    {
        QPen pen(c, 3);
        if (dashed)
            pen.setStyle(Qt::DashLine);
        setPen(pen);
        setAcceptedMouseButtons(Qt::NoButton);
    }
};

} // namespace

CompareMarks::CompareMarks(CanvasScene *scene, CompareSession *session, QObject *parent)
    : QObject(parent), m_scene(scene), m_session(session)
{
    connect(session, &CompareSession::updated, this, &CompareMarks::refresh);
    connect(session, &CompareSession::stopped, this, &CompareMarks::clear);
}

CompareMarks::~CompareMarks()
{
    delete m_layer.data();   // still in the scene: take the marks away with it
}

QColor CompareMarks::addedColor() { return QColor(0x2e, 0xa0, 0x43); }
QColor CompareMarks::removedColor() { return QColor(0xd0, 0x30, 0x30); }
QColor CompareMarks::changedColor() { return QColor(0xe0, 0x9a, 0x10); }

QGraphicsObject *CompareMarks::layer()
{
    if (!m_layer) {
        m_layer = new MarksLayer;
        m_layer->setZValue(kMarksZ);
        m_scene->addItem(m_layer);   // the scene owns it from here
    }
    return m_layer;
}

void CompareMarks::clear()
{
    if (m_layer)
        qDeleteAll(m_layer->childItems());
}

void CompareMarks::addFrame(const QRectF &rect, const QColor &color, bool dashed)
{
    if (rect.isEmpty())
        return;
    new FrameItem(rect, color, dashed, layer());
}

void CompareMarks::addLine(const QRectF &from, const QRectF &to, const QColor &color, bool dashed)
{
    if (from.isEmpty() || to.isEmpty())
        return;
    const auto ends = DiagramGeometry::linkEnds(from, to);
    new LineItem(QLineF(ends.first, ends.second), color, dashed, layer());
}

void CompareMarks::refresh()
{
    clear();
    if (!m_session->isActive())
        return;
    const DesignDiff &d = m_session->diff();
    const Design &current = m_scene->model()->design();
    auto rectNow = [this](const QString &id) {
        const NodeItem *item = m_scene->nodeItem(id);
        return item ? item->sceneRectOfNode() : QRectF();
    };
    const DiagramGeometry before(m_session->other());
    // Where an old node is to be seen: its match on the canvas, or its ghost.
    const QHash<QString, QString> oldToNew = d.oldToNew();
    auto rectOfOld = [&](const QString &oldId) {
        const QString now = oldToNew.value(oldId);
        return now.isEmpty() ? before.rect(oldId) : rectNow(now);
    };
    QSet<QString> framed;
    for (const Change &c : d.changes) {
        switch (c.type) {
        case ChangeType::NodeAdded:
            addFrame(rectNow(c.newId), addedColor(), false);
            break;
        case ChangeType::NodeRemoved:
            if (const Node *n = m_session->other().node(c.oldId); n && before.contains(c.oldId)) {
                new GhostItem(m_scene, *n, before.rect(c.oldId), layer());
                addFrame(before.rect(c.oldId), removedColor(), true);
            }
            break;
        case ChangeType::LinkAdded:
            if (const Link *l = current.link(c.newId))
                addLine(rectNow(l->from), rectNow(l->to), addedColor(), false);
            break;
        case ChangeType::LinkRemoved:
            if (const Link *l = m_session->other().link(c.oldId))
                addLine(rectOfOld(l->from), rectOfOld(l->to), removedColor(), true);
            break;
        case ChangeType::LinkIdChanged:
        case ChangeType::LinkRetargeted:
        case ChangeType::LinkProtocol:
        case ChangeType::LinkPort:
        case ChangeType::LinkLabel:
            if (const Link *l = current.link(c.newId))
                addLine(rectNow(l->from), rectNow(l->to), changedColor(), false);
            break;
        case ChangeType::NodeIdChanged:
        case ChangeType::NodeRenamed:
        case ChangeType::NodeMoved:
        case ChangeType::NodeKindChanged:
        case ChangeType::PropertyChanged:
        case ChangeType::ClusterMembers:
            if (!framed.contains(c.newId)) {
                framed.insert(c.newId);
                addFrame(rectNow(c.newId), changedColor(), false);
            }
            break;
        case ChangeType::DesignSetting:
        case ChangeType::LayoutMoved:
            break;
        }
    }
}

} // namespace sw
