#include "widgets/canvas/canvaseditor.h"

#include "widgets/canvas/canvasscene.h"
#include "core/commands/additemscommand.h"
#include "core/commands/macro.h"
#include "core/commands/movenodescommand.h"
#include "core/commands/reparentcommand.h"
#include "core/commands/setpropertycommand.h"
#include "widgets/canvas/linkrules.h"
#include "core/model/designmodel.h"
#include "core/model/geometry.h"
#include "core/model/selection.h"
#include "widgets/items/nodeitem.h"

#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QLabel>
#include <QMenu>
#include <QWidgetAction>
#include <QUndoStack>

namespace sw {

namespace {
int nextDragId()
{
    static int id = 1000;
    return ++id;
}
} // namespace

CanvasEditor::CanvasEditor(CanvasScene *scene) : m_scene(scene)
{
    m_chooser = [](const QString &question, const QStringList &options) {
        const std::unique_ptr<QMenu> menu = questionMenu(question, options);
        QAction *a = menu->exec(QCursor::pos());
        return a ? a->data().toInt() : -1;
    };
}

std::unique_ptr<QMenu> CanvasEditor::questionMenu(const QString &question, const QStringList &options)
{
    auto menu = std::make_unique<QMenu>();
    menu->setObjectName(QStringLiteral("questionMenu"));
    // A plain label, not a section: a section title is cut to the width of
    // the options ("Where does Monitoring agent (…").
    auto *label = new QLabel(question, menu.get());
    label->setObjectName(QStringLiteral("question"));
    label->setContentsMargins(10, 6, 10, 6);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    auto *title = new QWidgetAction(menu.get());
    title->setDefaultWidget(label);
    menu->addAction(title);
    menu->addSeparator();
    for (int i = 0; i < options.size(); ++i)
        menu->addAction(options[i])->setData(i);
    return menu;
}

CanvasEditor::~CanvasEditor() = default;

QString CanvasEditor::addNode(Kind kind, const QPointF &scenePos)
{
    DesignModel *model = m_scene->model();
    const Design &d = model->design();
    Node n = makeNode(d, kind);
    const QSizeF size = Geo::leafSize(kind);
    const QPointF topLeft = m_scene->snapped(scenePos - QPointF(size.width() / 2, size.height() / 2));
    QVector<Node> nodes;
    QString text = tr("Add %1").arg(kindTitle(kind));
    if (NodeItem *box = m_scene->containerAt(scenePos, kind)) {
        n.parent = box->id();
        n.pos = m_scene->snapped(freeSpot(box, kind, topLeft - box->scenePos()));
        text = tr("Add %1 to %2").arg(kindTitle(kind), box->look().title);
    } else if (isService(kind)) {
        // A service lives on a server: give it one.
        Node server = makeServerFor(d, kind, {n.id});
        server.pos = m_scene->snapped(scenePos - QPointF(Geo::kPadding + size.width() / 2, Geo::kHeader + size.height() / 2));
        n.parent = server.id;
        n.pos = QPointF(Geo::kPadding, Geo::kHeader);
        nodes << server;
        text = tr("Add %1 on a new server").arg(kindTitle(kind));
        emit m_scene->statusMessage(tr("A %1 runs on a server: added a new server \"%2\" for it.")
                                        .arg(kindTitle(kind), server.id));
    } else {
        n.pos = topLeft;
    }
    nodes << n;
    // Placed the way paste is: no box over another, and a server that grows
    // to hold the new service pushes the boxes it would cover aside.
    m_scene->undoStack()->push(addPlacedItems(model, nodes, {}, text).release());
    if (Selection *sel = m_scene->selectionModel())
        sel->set({n.id});
    return n.id;
}

QString CanvasEditor::connectNodes(const QString &fromId, const QString &toId, std::optional<Protocol> protocol)
{
    DesignModel *model = m_scene->model();
    const Node *from = model->node(fromId);
    const Node *to = model->node(toId);
    if (!from || !to || fromId == toId)
        return {};
    for (const Link &l : model->design().links())
        if (l.from == fromId && l.to == toId) {
            emit m_scene->statusMessage(tr("%1 is already connected to %2.").arg(from->displayLabel(), to->displayLabel()));
            return {};
        }
    Link link;
    link.from = fromId;
    link.to = toId;
    link.protocol = protocol ? *protocol : suggestedProtocols(*from, *to).constFirst();
    link.port = suggestedPort(*to, link.protocol);
    link.id = freshId(model->design(), QStringLiteral("%1-to-%2").arg(fromId.left(24), toId.left(24)));
    m_scene->undoStack()->push(new AddItemsCommand(
        model, {}, {link}, tr("Connect %1 to %2").arg(from->displayLabel(), to->displayLabel())));
    emit m_scene->statusMessage(tr("Connected %1 to %2 with %3 %4 (change it in the properties panel).")
                                    .arg(from->displayLabel(), to->displayLabel(), protocolName(link.protocol))
                                    .arg(link.effectivePort()));
    return link.id;
}

QVector<CanvasEditor::Root> CanvasEditor::dragRoots() const
{
    const DesignModel *model = m_scene->model();
    const Design &d = model->design();
    QStringList ids;
    for (const QString &id : m_scene->selectionModel() ? m_scene->selectionModel()->ids() : QStringList()) {
        const Node *n = d.node(id);
        if (!n)
            continue;
        if (n->kind == Kind::Cluster && !n->propList(QStringLiteral("members")).isEmpty()) {
            for (const QString &m : n->propList(QStringLiteral("members"))) {
                const QString s = d.serverOf(m);
                if (d.node(s.isEmpty() ? m : s))
                    ids << (s.isEmpty() ? m : s);
            }
        } else {
            ids << id;
        }
    }
    ids.removeDuplicates();
    const QSet<QString> set(ids.cbegin(), ids.cend());
    QVector<Root> roots;
    for (const QString &id : std::as_const(ids)) {
        bool inner = false;
        for (const Node *p = d.node(d.node(id)->parent); p && !inner; p = d.node(p->parent))
            inner = set.contains(p->id);
        if (!inner)
            roots.append({id, d.node(id)->pos});
    }
    return roots;
}

void CanvasEditor::nudgeSelection(const QPointF &delta)
{
    const QVector<Root> roots = dragRoots();
    if (roots.isEmpty())
        return;
    QStringList ids;
    QHash<QString, QPointF> pos;
    for (const Root &r : roots) {
        ids << r.id;
        pos.insert(r.id, r.start + delta);
    }
    if (ids != m_nudgeIds || m_scene->undoStack()->index() != m_scene->undoStack()->count()) {
        m_nudgeIds = ids;
        m_nudgeId = nextDragId();
    }
    m_scene->undoStack()->push(new MoveNodesCommand(m_scene->model(), pos, m_nudgeId));
}

bool CanvasEditor::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    NodeItem *item = m_scene->nodeAt(event->scenePos());
    if (!item || item->kind() == Kind::Zone || item->kind() == Kind::Note
        || !item->onHandle(item->mapFromScene(event->scenePos())))
        return false;
    m_linkFrom = item->id();
    m_linkLine = std::make_unique<QGraphicsLineItem>(QLineF(item->mapToScene(item->handlePos()), event->scenePos()));
    QPen pen(m_scene->nodePainter().style().selection, 2, Qt::DashLine);
    m_linkLine->setPen(pen);
    m_linkLine->setZValue(100);
    m_scene->addItem(m_linkLine.get());
    event->accept();
    return true;
}

void CanvasEditor::afterPress(QGraphicsSceneMouseEvent *event)
{
    m_dragging = false;
    if (event->button() != Qt::LeftButton || (event->modifiers() & Qt::ControlModifier))
        return;
    NodeItem *item = m_scene->nodeAt(event->scenePos());
    if (!item || !item->isSelected())
        return;
    m_roots = dragRoots();
    if (m_roots.isEmpty())
        return;
    m_dragging = true;
    m_moved = false;
    m_pressPos = event->scenePos();
    m_lastDelta = QPointF();
    m_dragId = nextDragId();
    m_startIndex = m_scene->undoStack()->index();
    rememberClusters();
}

bool CanvasEditor::mouseMove(QGraphicsSceneMouseEvent *event)
{
    if (m_linkLine) {
        QLineF l = m_linkLine->line();
        l.setP2(event->scenePos());
        m_linkLine->setLine(l);
        return true;
    }
    if (!m_dragging || !(event->buttons() & Qt::LeftButton))
        return false;
    const QPointF raw = event->scenePos() - m_pressPos;
    if (!m_moved && raw.manhattanLength() < 4)
        return true;
    if (!m_moved) {
        m_scene->setContainersFrozen(true);
        QStringList ids;
        for (const Root &r : std::as_const(m_roots))
            ids << r.id;
        m_scene->setLiveNodes(ids);
    }
    m_moved = true;
    const QPointF start = m_roots.constFirst().start;
    const QPointF delta = m_scene->snapped(start + raw) - start;
    if (delta == m_lastDelta)
        return true;
    m_lastDelta = delta;
    QHash<QString, QPointF> pos;
    for (const Root &r : std::as_const(m_roots))
        pos.insert(r.id, r.start + delta);
    m_scene->undoStack()->push(new MoveNodesCommand(m_scene->model(), pos, m_dragId));
    return true;
}

void CanvasEditor::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    if (m_linkLine) {
        endLinkDrag(event->scenePos());
        return;
    }
    if (m_dragging && m_moved)
        finishDrag();
    if (m_dragging && m_moved) {
        m_scene->setContainersFrozen(false);
        m_scene->setLiveNodes({});
    }
    m_dragging = false;
}

void CanvasEditor::endLinkDrag(const QPointF &scenePos)
{
    m_linkLine.reset();
    const QString from = m_linkFrom;
    m_linkFrom.clear();
    NodeItem *target = m_scene->nodeAt(scenePos);
    if (!target || target->id() == from || target->kind() == Kind::Zone || target->kind() == Kind::Note)
        return;
    connectNodes(from, target->id());
}

void CanvasEditor::undoDrag()
{
    QUndoStack *undo = m_scene->undoStack();
    if (undo->index() == m_startIndex + 1 && undo->command(m_startIndex)
        && undo->command(m_startIndex)->id() == 0x5701)
        undo->undo();
}

void CanvasEditor::finishDrag()
{
    DesignModel *model = m_scene->model();
    const Design &d = model->design();
    struct Move {
        QString id, parent;
        QPointF pos;
    };
    QVector<Move> moves;
    QHash<QString, QPointF> stay;
    QStringList homeless;
    bool adjusted = false;
    for (const Root &r : std::as_const(m_roots)) {
        const Node *n = d.node(r.id);
        NodeItem *item = m_scene->nodeItem(r.id);
        if (!n || !item)
            continue;
        const QRectF sr = item->sceneRectOfNode();
        NodeItem *box = mayHaveParent(n->kind) ? m_scene->containerAt(sr.center(), n->kind, n->id) : nullptr;
        const QString target = box ? box->id() : QString();
        if (target == n->parent || !mayHaveParent(n->kind)) {
            // Moved inside its own box: never onto a sibling.
            const QPointF p = box ? m_scene->snapped(freeSpot(box, n->kind, n->pos, n->id)) : n->pos;
            adjusted = adjusted || p != n->pos;
            stay.insert(n->id, p);
            continue;
        }
        if (!box && isService(n->kind)) {
            homeless << n->id;
            continue;
        }
        QPointF rel = sr.topLeft();
        if (box)
            rel = m_scene->snapped(freeSpot(box, n->kind, sr.topLeft() - box->scenePos(), n->id));
        moves.append({n->id, target, rel});
    }
    QUndoStack *undo = m_scene->undoStack();
    if (const QString service = certificateTarget(); !service.isEmpty()) {
        const QString cert = m_roots.constFirst().id;
        undoDrag(); // the certificate stays where it was
        installCertificate(cert, service);
        return;
    }
    const QVector<Membership> clusters = clusterChanges();
    if (!homeless.isEmpty()) {
        const Node *n = d.node(homeless.constFirst());
        if (homeless.size() > 1 || m_roots.size() > 1) {
            undoDrag();
            emit m_scene->statusMessage(tr("A service must be inside a server: drop it onto a server."));
            return;
        }
        const QRectF sr = m_scene->nodeItem(n->id)->sceneRectOfNode();
        const int choice = m_chooser(tr("Where does %1 go?").arg(n->displayLabel()),
                                     {tr("Onto a new server here"), tr("Back where it was")});
        if (choice != 0) {
            undoDrag();
            emit m_scene->statusMessage(tr("A %1 must be inside a server: put back.").arg(kindTitle(n->kind)));
            return;
        }
        const QString id = n->id;
        Node server = makeServerFor(d, n->kind);
        server.pos = m_scene->snapped(sr.topLeft() - QPointF(Geo::kPadding, Geo::kHeader));
        undoDrag();
        // ReparentCommand reads the old state when created: create it after the add ran.
        undo->beginMacro(tr("Move %1 onto a new server").arg(id));
        undo->push(new AddItemsCommand(model, {server}, {}, tr("Add server")));
        undo->push(new ReparentCommand(model, id, server.id, QPointF(Geo::kPadding, Geo::kHeader)));
        undo->endMacro();
        return;
    }
    if (moves.isEmpty() && clusters.isEmpty() && !adjusted)
        return;
    QString text;
    if (!clusters.isEmpty()) {
        const Node *c = d.node(clusters[0].cluster);
        const bool joins = clusters[0].members.size() > c->propList(QStringLiteral("members")).size();
        text = joins ? tr("Add to cluster %1").arg(c->displayLabel()) : tr("Take out of cluster %1").arg(c->displayLabel());
        emit m_scene->statusMessage(joins ? tr("Added to the cluster %1.").arg(c->displayLabel())
                                          : tr("Taken out of the cluster %1.").arg(c->displayLabel()));
    } else if (moves.isEmpty()) {
        text = QCoreApplication::translate("sw::CanvasEditor", "Move %n node(s)", nullptr, int(stay.size()));
    } else if (moves.size() == 1) {
        text = ReparentCommand(model, moves[0].id, moves[0].parent, moves[0].pos).text();
    } else {
        text = QCoreApplication::translate("sw::CanvasEditor", "Move %n node(s)", nullptr, int(moves.size()));
    }
    undoDrag();
    undo->beginMacro(text);
    for (const Move &m : std::as_const(moves))
        undo->push(new ReparentCommand(model, m.id, m.parent, m.pos));
    if (!stay.isEmpty())
        undo->push(new MoveNodesCommand(model, stay));
    for (const Membership &m : clusters)
        undo->push(new SetPropertyCommand(model, m.cluster, QStringLiteral("members"), m.members));
    undo->endMacro();
}

} // namespace sw
