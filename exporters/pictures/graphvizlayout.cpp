#include "exporters/pictures/graphvizlayout.h"

#include "exporters/pictures/layoutplacement.h"
#include "core/model/geometry.h"
#include "exporters/pictures/tiers.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>

#include <cmath>

#include <graphviz/gvc.h>

namespace sw {

namespace {

QMutex &graphvizLock()
{
    static QMutex lock;
    return lock;
}

QString stage(const char *s) { return QCoreApplication::translate("sw::GraphvizLayout", s); }

// The graph handed to Graphviz: one vertex per placeable box.
struct LayoutGraph {
    QStringList ids;                       // design ids of the vertices
    QHash<QString, int> index;
    QVector<QSizeF> sizes;
    QVector<QString> container;            // innermost zone id, or empty
    QVector<QString> group;                // cluster-kind id grouping it, or empty
    QVector<QPair<int, int>> edges;        // ranked
    QVector<QPair<int, int>> softEdges;    // constraint=false
    QStringList zones;                     // zones drawn as clusters, parents first
};

bool containerZone(const Design &d, const Node &n, QString *zone)
{
    const Node *p = n.parent.isEmpty() ? nullptr : d.node(n.parent);
    if (p && p->kind == Kind::Zone) {
        *zone = p->id;
        return true;
    }
    zone->clear();
    return false;
}

LayoutGraph buildGraph(const Design &d, const DesignIndex &index, const DiagramGeometry &geo)
{
    LayoutGraph g;
    auto placeable = [&](const QString &id) -> QString {
        const QString s = d.serverOf(id);
        return s.isEmpty() ? id : s;
    };
    QSet<QString> clusterZones;
    for (const Node &n : d.nodes()) {
        if (n.kind == Kind::Zone && !index.children(n.id).isEmpty())
            clusterZones.insert(n.id);
    }
    for (const Node &n : d.nodes()) {
        if (placeable(n.id) != n.id || clusterZones.contains(n.id))
            continue;
        if (n.kind == Kind::Cluster && !n.propList(QStringLiteral("members")).isEmpty())
            continue;
        g.index.insert(n.id, g.ids.size());
        g.ids.append(n.id);
        g.sizes.append(geo.rect(n.id).size());
        QString zone;
        containerZone(d, n, &zone);
        g.container.append(zone);
        g.group.append(QString());
    }
    // Zones, parents before children.
    for (const Node &n : d.nodes())
        if (clusterZones.contains(n.id)) {
            QStringList chain;
            const Node *z = &n;
            int guard = 0;
            while (z && z->kind == Kind::Zone && guard++ < 32) {
                chain.prepend(z->id);
                z = z->parent.isEmpty() ? nullptr : d.node(z->parent);
            }
            for (const QString &c : chain)
                if (!g.zones.contains(c) && clusterZones.contains(c))
                    g.zones.append(c);
        }
    // Cluster groups: members' boxes, when they share a container.
    auto vertexOf = [&](const QString &id) -> QVector<int> {
        const Node *n = d.node(id);
        if (!n)
            return {};
        if (n->kind == Kind::Cluster) {
            QVector<int> out;
            for (const QString &m : n->propList(QStringLiteral("members"))) {
                const int v = g.index.value(placeable(m), -1);
                if (v >= 0 && !out.contains(v))
                    out.append(v);
            }
            if (!out.isEmpty())
                return out;
        }
        const int v = g.index.value(placeable(id), -1);
        return v >= 0 ? QVector<int>{v} : QVector<int>{};
    };
    for (const Node &n : d.nodes()) {
        if (n.kind != Kind::Cluster)
            continue;
        const QVector<int> members = vertexOf(n.id);
        bool ok = !members.isEmpty();
        for (int v : members)
            ok = ok && g.group[v].isEmpty() && g.container[v] == g.container[members.first()];
        if (ok)
            for (int v : members)
                g.group[v] = n.id;
    }
    QSet<quint64> seen;
    auto addEdge = [&](int a, int b, bool soft) {
        if (a < 0 || b < 0 || a == b)
            return;
        const quint64 key = (quint64(quint32(a)) << 32) | quint32(b);
        if (seen.contains(key))
            return;
        seen.insert(key);
        (soft ? g.softEdges : g.edges).append({a, b});
    };
    for (const Link &l : d.links())
        for (int a : vertexOf(l.from))
            for (int b : vertexOf(l.to))
                addEdge(a, b, false);
    // References keep records and monitoring near what they describe.
    for (const Node &n : d.nodes()) {
        auto ref = [&](const QString &to, bool soft) {
            for (int a : vertexOf(n.id))
                for (int b : vertexOf(to))
                    addEdge(a, b, soft);
        };
        switch (n.kind) {
        case Kind::Dns: ref(n.propString(QStringLiteral("target")), false); break;
        case Kind::MonitoringAgent: ref(n.propString(QStringLiteral("reports_to")), false); break;
        case Kind::Database: ref(n.propString(QStringLiteral("replicates_from")), true); break;
        case Kind::Certificate: {
            const QStringList on = n.propList(QStringLiteral("installed_on"));
            if (!on.isEmpty())
                ref(on.first(), false);
            break;
        }
        case Kind::Internet:
        case Kind::Server:
        case Kind::LoadBalancer:
        case Kind::WebServer:
        case Kind::AppServer:
        case Kind::Codebase:
        case Kind::Firewall:
        case Kind::MonitoringService:
        case Kind::Cluster:
        case Kind::Zone:
        case Kind::Note:
        case Kind::Cache: break;
        }
    }
    // No links at all: with rankdir LR every box would share rank 0, one
    // long column. Order the boxes by tier instead (internet, entry, web,
    // app, data, the rest): one column per tier, a readable grid.
    if (d.links().empty() && g.ids.size() > 1) {
        const DesignIndex index(d);
        QVector<QVector<int>> byTier(6);
        for (int v = 0; v < g.ids.size(); ++v) {
            // A server's tier is its earliest service's; a cluster group's its first member's.
            byTier[int(index.tier(g.ids[v]))].append(v);
        }
        const QVector<int> *previous = nullptr;
        for (const QVector<int> &tier : std::as_const(byTier)) {
            if (tier.isEmpty())
                continue;
            if (previous)
                for (int k = 0; k < tier.size(); ++k)
                    addEdge((*previous)[k % previous->size()], tier[k], false);
            previous = &tier;
        }
    }
    return g;
}

// Most of the graph's vertices can be put in layers (few cycles).
bool isLayered(const LayoutGraph &g)
{
    const int n = g.ids.size();
    std::vector<int> indeg(size_t(n), 0);
    std::vector<std::vector<int>> out;
    out.resize(size_t(n));
    for (const auto &e : g.edges) {
        out[size_t(e.first)].push_back(e.second);
        ++indeg[size_t(e.second)];
    }
    std::vector<int> queue;
    for (int i = 0; i < n; ++i)
        if (indeg[size_t(i)] == 0)
            queue.push_back(i);
    size_t done = 0;
    while (done < queue.size()) {
        const int v = queue[done++];
        for (int w : out[size_t(v)])
            if (--indeg[size_t(w)] == 0)
                queue.push_back(w);
    }
    return int(done) >= n - n / 10;
}

char *cs(const char *s) { return const_cast<char *>(s); }

// Runs Graphviz; fills `centers` (Graphviz coordinates, y up) and `bb`.
QString runGraphviz(GVC_t *gvc, const Design &d, const LayoutGraph &g, bool dot, QVector<QPointF> *centers,
                    QRectF *bb)
{
    Agraph_t *root = agopen(cs("layout"), Agdirected, nullptr);
    if (!root)
        return stage(QT_TRANSLATE_NOOP("sw::GraphvizLayout", "Graphviz could not create a graph"));
    agattr(root, AGRAPH, cs("rankdir"), cs("LR"));
    agattr(root, AGRAPH, cs("splines"), cs("false"));
    agattr(root, AGRAPH, cs("nodesep"), cs("0.5"));
    agattr(root, AGRAPH, cs("ranksep"), cs("1.4"));
    if (dot) {
        agattr(root, AGRAPH, cs("mclimit"), cs(g.ids.size() > 150 ? "0.3" : "1.0"));
        agattr(root, AGRAPH, cs("nslimit"), cs("4"));
        agattr(root, AGRAPH, cs("nslimit1"), cs("4"));
        agattr(root, AGRAPH, cs("searchsize"), cs("30"));
    } else {
        agattr(root, AGRAPH, cs("overlap"), cs("prism"));
        agattr(root, AGRAPH, cs("sep"), cs("+24"));
    }
    Agsym_t *clusterMargin = agattr(root, AGRAPH, cs("margin"), cs(""));
    agattr(root, AGNODE, cs("shape"), cs("box"));
    agattr(root, AGNODE, cs("fixedsize"), cs("true"));
    Agsym_t *width = agattr(root, AGNODE, cs("width"), cs("1"));
    Agsym_t *height = agattr(root, AGNODE, cs("height"), cs("1"));
    agattr(root, AGNODE, cs("label"), cs(""));
    Agsym_t *constraint = agattr(root, AGEDGE, cs("constraint"), cs("true"));

    // Zones (parents first), then cluster groups inside their container.
    QHash<QString, Agraph_t *> subgraphs;
    int serial = 0;
    auto subgraphIn = [&](Agraph_t *parent) {
        QByteArray name = "cluster_" + QByteArray::number(serial++);
        Agraph_t *sg = agsubg(parent, name.data(), 1);
        agxset(sg, clusterMargin, cs("36"));
        return sg;
    };
    for (const QString &z : g.zones) {
        const Node *zn = d.node(z);
        const Node *pz = zn && !zn->parent.isEmpty() ? d.node(zn->parent) : nullptr;
        Agraph_t *parent = pz ? subgraphs.value(pz->id, root) : root;
        subgraphs.insert(z, subgraphIn(parent));
    }
    QHash<QString, Agraph_t *> groups;
    std::vector<Agnode_t *> nodes(size_t(g.ids.size()), nullptr);
    for (int i = 0; i < g.ids.size(); ++i) {
        Agraph_t *in = g.container[i].isEmpty() ? root : subgraphs.value(g.container[i], root);
        if (!g.group[i].isEmpty()) {
            auto it = groups.find(g.group[i]);
            if (it == groups.end())
                it = groups.insert(g.group[i], subgraphIn(in));
            in = *it;
        }
        QByteArray name = "n" + QByteArray::number(i);
        Agnode_t *n = agnode(in, name.data(), 1);
        nodes[size_t(i)] = n;
        QByteArray w = QByteArray::number(g.sizes[i].width() / 72.0, 'f', 4);
        QByteArray h = QByteArray::number(g.sizes[i].height() / 72.0, 'f', 4);
        agxset(n, width, w.data());
        agxset(n, height, h.data());
    }
    for (const auto &e : g.edges)
        agedge(root, nodes[size_t(e.first)], nodes[size_t(e.second)], nullptr, 1);
    for (const auto &e : g.softEdges) {
        Agedge_t *edge = agedge(root, nodes[size_t(e.first)], nodes[size_t(e.second)], nullptr, 1);
        agxset(edge, constraint, cs("false"));
    }
    if (gvLayout(gvc, root, dot ? "dot" : "sfdp") != 0) {
        agclose(root);
        return stage(QT_TRANSLATE_NOOP("sw::GraphvizLayout", "Graphviz could not lay out the design"));
    }
    const boxf box = GD_bb(root);
    *bb = QRectF(QPointF(box.LL.x, box.LL.y), QPointF(box.UR.x, box.UR.y));
    centers->resize(g.ids.size());
    for (int i = 0; i < g.ids.size(); ++i) {
        const pointf c = ND_coord(nodes[size_t(i)]);
        (*centers)[i] = QPointF(c.x, c.y);
    }
    gvFreeLayout(gvc, root);
    agclose(root);
    return {};
}

} // namespace

GraphvizLayout::GraphvizLayout() { m_gvc = gvContext(); }

GraphvizLayout::~GraphvizLayout()
{
    if (m_gvc) {
        QMutexLocker lock(&graphvizLock());
        gvFreeContext(m_gvc);
    }
}

} // namespace sw

namespace sw {

LayoutResult GraphvizLayout::compute(const Design &design, const LayoutOptions &o, const Progress &progress)
{
    LayoutResult r;
    auto step = [&](int pct, const char *what) { return !progress || progress(pct, stage(what)); };
    auto cancelled = [&r]() {
        r.cancelled = true;
        r.positions.clear();
        r.error = stage(QT_TRANSLATE_NOOP("sw::GraphvizLayout", "The layout was cancelled"));
        return r;
    };
    if (!m_gvc) {
        r.error = stage(QT_TRANSLATE_NOOP("sw::GraphvizLayout", "Graphviz could not be started"));
        return r;
    }
    if (!step(0, QT_TRANSLATE_NOOP("sw::GraphvizLayout", "Preparing the graph")))
        return cancelled();
    const bool incremental = o.mode == LayoutOptions::Mode::Incremental;
    Design w = design;
    const DesignIndex index(w);
    layout::stackChildren(w, index, incremental, &r.positions);
    const DiagramGeometry geo(w);
    const LayoutGraph g = buildGraph(w, index, geo);

    bool anyPlacedTop = false, anyUnplaced = false;
    for (const QString &id : g.ids) {
        const Node *n = w.node(id);
        anyPlacedTop = anyPlacedTop || (n->hasPos && n->parent.isEmpty());
        anyUnplaced = anyUnplaced || !n->hasPos;
    }
    for (const QString &z : g.zones)
        anyUnplaced = anyUnplaced || !w.node(z)->hasPos;
    r.ok = true;
    if (g.ids.isEmpty() || (incremental && !anyUnplaced))
        return r;
    const bool full = !incremental || !anyPlacedTop;
    bool dot = o.engine == LayoutOptions::Engine::Dot;
    if (o.engine == LayoutOptions::Engine::Auto)
        dot = g.ids.size() <= o.dotLimit && isLayered(g);
    r.engine = dot ? QStringLiteral("dot") : QStringLiteral("sfdp");

    if (!step(10, QT_TRANSLATE_NOOP("sw::GraphvizLayout", "Running Graphviz")))
        return cancelled();
    QVector<QPointF> centers;
    QRectF bb;
    QString error;
    {
        QMutexLocker lock(&graphvizLock());
        error = runGraphviz(m_gvc, w, g, dot, &centers, &bb);
    }
    if (!error.isEmpty()) {
        r.ok = false;
        r.error = error;
        r.positions.clear();
        return r;
    }
    if (!step(85, QT_TRANSLATE_NOOP("sw::GraphvizLayout", "Placing the nodes")))
        return cancelled();

    // Graphviz centres (y up) to top-left corners in scene units (y down).
    QVector<QPointF> laid(g.ids.size());
    for (int i = 0; i < g.ids.size(); ++i)
        laid[i] = QPointF(std::round(centers[i].x() - bb.left() - g.sizes[i].width() / 2 + 40),
                          std::round(bb.bottom() - centers[i].y() - g.sizes[i].height() / 2 + 40));

    QHash<QString, QPointF> abs; // top-left in the scene of every vertex and zone
    if (full) {
        for (int i = 0; i < g.ids.size(); ++i)
            abs.insert(g.ids[i], laid[i]);
    } else {
        // Keep what is placed; put each new box where the layout puts it
        // relative to a placed neighbour, then clear of everything else.
        QVector<QRectF> taken;
        for (int i = 0; i < g.ids.size(); ++i)
            if (w.node(g.ids[i])->hasPos && w.node(g.ids[i])->parent.isEmpty())
                taken.append(geo.rect(g.ids[i]));
        for (const QString &z : g.zones)
            if (w.node(z)->hasPos && w.node(z)->parent.isEmpty())
                taken.append(geo.rect(z));
        QVector<QVector<int>> neighbours(g.ids.size());
        for (const auto &e : g.edges + g.softEdges) {
            neighbours[e.first].append(e.second);
            neighbours[e.second].append(e.first);
        }
        double right = 40;
        for (const QRectF &t : std::as_const(taken))
            right = std::max(right, t.right() + 60);
        for (int i = 0; i < g.ids.size(); ++i) {
            const Node *n = w.node(g.ids[i]);
            if (n->hasPos || !n->parent.isEmpty())
                continue;
            QPointF want(right, 40);
            for (int nb : neighbours[i]) {
                const Node *m = w.node(g.ids[nb]);
                if (m->hasPos && m->parent.isEmpty()) {
                    want = geo.rect(m->id).topLeft() + (laid[i] - laid[nb]);
                    break;
                }
            }
            const QPointF spot = layout::freeSpot(QRectF(want, g.sizes[i]), taken);
            taken.append(QRectF(spot, g.sizes[i]));
            r.positions.insert(n->id, spot);
        }
        for (const QString &z : g.zones) {
            const Node *zn = w.node(z);
            if (zn->hasPos || !zn->parent.isEmpty())
                continue;
            const QRectF zr = geo.rect(z);
            const QPointF spot = layout::freeSpot(QRectF(QPointF(right, 40), zr.size()), taken);
            taken.append(QRectF(spot, zr.size()));
            r.positions.insert(z, spot);
        }
    }

    if (full) {
        // Zones around their members, innermost first; then relative positions.
        QHash<QString, QRectF> zoneRect;
        for (int zi = g.zones.size() - 1; zi >= 0; --zi) {
            const QString &z = g.zones[zi];
            QRectF u;
            for (int i = 0; i < g.ids.size(); ++i)
                if (g.container[i] == z) {
                    const QRectF cr(abs.value(g.ids[i]), g.sizes[i]);
                    u = u.isNull() ? cr : u.united(cr);
                }
            for (auto it = zoneRect.constBegin(); it != zoneRect.constEnd(); ++it)
                if (w.node(it.key())->parent == z)
                    u = u.isNull() ? *it : u.united(*it);
            const QRectF zr = u.adjusted(-Geo::kZonePadding, -Geo::kHeader - 6, Geo::kZonePadding, Geo::kZonePadding);
            zoneRect.insert(z, zr);
            abs.insert(z, zr.topLeft());
        }
        for (auto it = abs.constBegin(); it != abs.constEnd(); ++it) {
            const Node *n = w.node(it.key());
            const QPointF parentAbs = n->parent.isEmpty() ? QPointF() : abs.value(n->parent, w.scenePos(n->parent));
            r.positions.insert(it.key(), *it - parentAbs);
        }
    }

    // Clusters sit around their members: give them the position they are drawn at.
    const Design placed = applied(w, r);
    const DiagramGeometry placedGeo(placed);
    for (const Node &n : w.nodes()) {
        if (n.kind != Kind::Cluster || (!full && n.hasPos))
            continue;
        const QPointF parentAbs = n.parent.isEmpty() ? QPointF() : placed.scenePos(n.parent);
        r.positions.insert(n.id, placedGeo.rect(n.id).topLeft() - parentAbs);
    }
    step(100, QT_TRANSLATE_NOOP("sw::GraphvizLayout", "Done"));
    return r;
}

Design GraphvizLayout::applied(const Design &design, const LayoutResult &result)
{
    Design out = design;
    for (auto it = result.positions.constBegin(); it != result.positions.constEnd(); ++it)
        if (Node *n = out.node(it.key())) {
            n->pos = *it;
            n->hasPos = true;
        }
    return out;
}

} // namespace sw
