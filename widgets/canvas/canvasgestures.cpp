// CanvasEditor's gestures that mean more than a move: where a node dropped
// into a box lands (a free spot, never on a sibling), a load balancer
// dragged onto or out of a cluster, a certificate dragged onto a service,
// "Make cluster" and "Link selected".
#include "widgets/canvas/canvaseditor.h"

#include "widgets/canvas/canvasscene.h"
#include "core/commands/additemscommand.h"
#include "core/commands/setpropertycommand.h"
#include "widgets/canvas/linkrules.h"
#include "core/model/designmodel.h"
#include "core/model/geometry.h"
#include "core/model/selection.h"
#include "core/model/stacking.h"
#include "widgets/items/nodeitem.h"

#include <QUndoStack>

namespace sw {

QPointF CanvasEditor::freeSpot(const NodeItem *box, Kind kind, const QPointF &wanted, const QString &exclude) const
{
    return Stacking::freeSpotIn(box->kind(), CanvasScene::childRects(box, exclude), kind, wanted);
}

QStringList CanvasEditor::loadBalancersIn(const QString &id) const
{
    const Design &d = m_scene->model()->design();
    const Node *n = d.node(id);
    if (!n)
        return {};
    if (n->kind == Kind::LoadBalancer)
        return {id};
    QStringList out;
    if (n->kind == Kind::Server)
        for (const QString &c : d.children(id))
            if (d.node(c) && d.node(c)->kind == Kind::LoadBalancer)
                out << c;
    return out;
}

void CanvasEditor::rememberClusters()
{
    m_clusterRects.clear();
    for (const Node *c : m_scene->model()->design().nodesOfKind(Kind::Cluster))
        if (NodeItem *ci = m_scene->nodeItem(c->id))
            m_clusterRects.insert(c->id, ci->sceneRectOfNode());
}

QVector<CanvasEditor::Membership> CanvasEditor::clusterChanges() const
{
    const Design &d = m_scene->model()->design();
    QSet<QString> dragged;
    for (const Root &r : std::as_const(m_roots))
        for (const QString &lb : loadBalancersIn(r.id))
            dragged.insert(lb);
    QVector<Membership> out;
    for (auto it = m_clusterRects.constBegin(); it != m_clusterRects.constEnd(); ++it) {
        const Node *c = d.node(it.key());
        if (!c)
            continue;
        const QStringList before = c->propList(QStringLiteral("members"));
        QStringList after = before;
        bool othersStay = false;
        for (const QString &m : before)
            othersStay = othersStay || !dragged.contains(m);
        for (const Root &r : std::as_const(m_roots)) {
            NodeItem *item = m_scene->nodeItem(r.id);
            if (!item)
                continue;
            // Onto the cluster: touching its dashed outline as it was when
            // the drag began; out of it: clear of that outline.
            const bool inside = it.value().intersects(item->sceneRectOfNode());
            for (const QString &lb : loadBalancersIn(r.id)) {
                if (inside && !after.contains(lb))
                    after << lb;
                else if (!inside && othersStay && after.contains(lb))
                    after.removeAll(lb);
            }
        }
        if (after != before)
            out.append({c->id, after});
    }
    return out;
}

QString CanvasEditor::certificateTarget() const
{
    if (m_roots.size() != 1)
        return {};
    const Design &d = m_scene->model()->design();
    const Node *cert = d.node(m_roots.constFirst().id);
    NodeItem *item = m_scene->nodeItem(m_roots.constFirst().id);
    if (!cert || !item || cert->kind != Kind::Certificate)
        return {};
    const QPointF at = item->sceneRectOfNode().center();
    const auto hits = m_scene->items(at, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *gi : hits) {
        if (gi->type() != NodeItem::Type || gi == item)
            continue;
        const auto *target = static_cast<NodeItem *>(gi);
        if (target->kind() == Kind::LoadBalancer || target->kind() == Kind::WebServer)
            return target->id();
        if (target->kind() == Kind::Server) // onto a server: its load balancer or web server
            for (const QString &c : d.children(target->id()))
                if (const Node *s = d.node(c); s && (s->kind == Kind::LoadBalancer || s->kind == Kind::WebServer))
                    return c;
    }
    return {};
}

void CanvasEditor::installCertificate(const QString &certId, const QString &serviceId)
{
    DesignModel *model = m_scene->model();
    const Node *cert = model->node(certId);
    const Node *service = model->node(serviceId);
    if (!cert || !service)
        return;
    QStringList on = cert->propList(QStringLiteral("installed_on"));
    if (on.contains(serviceId)) {
        emit m_scene->statusMessage(tr("%1 is already installed on %2.").arg(cert->displayLabel(), service->displayLabel()));
        return;
    }
    on << serviceId;
    auto *cmd = new SetPropertyCommand(model, certId, QStringLiteral("installed_on"), on);
    cmd->setText(tr("Install %1 on %2").arg(cert->displayLabel(), service->displayLabel()));
    m_scene->undoStack()->push(cmd);
    emit m_scene->statusMessage(tr("Installed %1 on %2.").arg(cert->displayLabel(), service->displayLabel()));
}

QString CanvasEditor::makeCluster(const QStringList &ids)
{
    DesignModel *model = m_scene->model();
    const Design &d = model->design();
    QStringList members;
    QRectF around;
    for (const QString &id : ids) {
        for (const QString &lb : loadBalancersIn(id))
            if (!members.contains(lb))
                members << lb;
        if (NodeItem *item = m_scene->nodeItem(d.serverOf(id).isEmpty() ? id : d.serverOf(id)))
            around = around.isNull() ? item->sceneRectOfNode() : around.united(item->sceneRectOfNode());
    }
    if (members.size() < 2) {
        emit m_scene->statusMessage(tr("Select two or more load balancers (or their servers) to make a cluster."));
        return {};
    }
    Node cluster = makeNode(d, Kind::Cluster);
    cluster.props.insert(QStringLiteral("members"), members);
    cluster.pos = around.topLeft() - QPointF(Geo::kClusterMargin, Geo::kClusterMargin + 18);
    m_scene->undoStack()->push(new AddItemsCommand(model, {cluster}, {},
                                                   tr("Make a cluster of %n load balancer(s)", nullptr, int(members.size()))));
    if (Selection *sel = m_scene->selectionModel())
        sel->set({cluster.id});
    return cluster.id;
}

QString CanvasEditor::linkSelected(const Chooser &chooser)
{
    Selection *sel = m_scene->selectionModel();
    const Design &d = m_scene->model()->design();
    QStringList nodes;
    for (const QString &id : sel ? sel->ids() : QStringList())
        if (const Node *n = d.node(id); n && n->kind != Kind::Zone && n->kind != Kind::Note)
            nodes << id;
    if (nodes.size() != 2) {
        emit m_scene->statusMessage(tr("Select exactly two nodes to link them."));
        return {};
    }
    // Both directions, the three most fitting protocols of each.
    struct Option {
        QString from, to;
        Protocol protocol;
    };
    QVector<Option> options;
    QStringList names;
    for (int dir = 0; dir < 2; ++dir) {
        const Node *from = d.node(nodes[dir]);
        const Node *to = d.node(nodes[1 - dir]);
        const QVector<Protocol> protocols = suggestedProtocols(*from, *to);
        for (int i = 0; i < std::min<int>(3, int(protocols.size())); ++i) {
            options.append({from->id, to->id, protocols[i]});
            names << tr("%1 → %2 over %3").arg(from->displayLabel(), to->displayLabel(), protocolName(protocols[i]));
        }
    }
    const int i = (chooser ? chooser : m_chooser)(tr("Link the two selected nodes"), names);
    if (i < 0 || i >= options.size())
        return {};
    return connectNodes(options[i].from, options[i].to, options[i].protocol);
}

} // namespace sw
