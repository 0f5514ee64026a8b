#include "exporters/pictures/dotexporter.h"

#include "exporters/pictures/diagramscope.h"
#include "exporters/pictures/markup.h"
#include "exporters/pictures/tiers.h"
#include "core/io/savefile.h"

#include <QIODevice>

namespace sw {

QString DotExporter::quoteId(const QString &id)
{
    QString out;
    out.reserve(id.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : markup::plain(id)) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) // line breaks and other control characters
            out += QLatin1Char(' ');
        else
            out += c;
    }
    out += QLatin1Char('"');
    return out;
}

QString DotExporter::escapeHtml(const QString &raw)
{
    // Graphviz parses HTML-like labels with an XML parser: what XML cannot
    // hold (lone surrogates, U+FFFE...) goes first.
    const QString text = markup::plain(raw);
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        case '[': out += QLatin1String("&#91;"); break;
        case ']': out += QLatin1String("&#93;"); break;
        case '\\': out += QLatin1String("\\\\"); break; // Graphviz would expand \N, \G, \l ...
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QLatin1Char(' ');
            else
                out += c;
        }
    }
    return out;
}

namespace {

struct Style {
    const char *shape;
    const char *fill;
    const char *style;
};

Style styleOf(Kind k)
{
    switch (k) {
    case Kind::Internet: return {"ellipse", "#dbeafe", "filled"};
    case Kind::Dns: return {"note", "#f1f5f9", "filled"};
    case Kind::Certificate: return {"note", "#fef9c3", "filled"};
    case Kind::LoadBalancer: return {"box", "#ede9fe", "rounded,filled"};
    case Kind::WebServer: return {"box", "#dcfce7", "rounded,filled"};
    case Kind::AppServer: return {"box", "#fef3c7", "rounded,filled"};
    case Kind::Codebase: return {"folder", "#fef3c7", "filled"};
    case Kind::Database: return {"cylinder", "#fee2e2", "filled"};
    case Kind::MonitoringAgent: return {"box", "#e0f2fe", "rounded,filled"};
    case Kind::Firewall: return {"box", "#ffedd5", "filled"};
    case Kind::MonitoringService: return {"box", "#e0f2fe", "filled"};
    case Kind::Cluster: return {"hexagon", "#ede9fe", "filled"};
    case Kind::Note: return {"note", "#fffbeb", "filled"};
    case Kind::Server: return {"box3d", "#f8fafc", "filled"};
    case Kind::Cache: return {"box", "#fce7f3", "rounded,filled"};
    case Kind::Zone: return {"box", "#ffffff", "dashed"};
    }
    return {"box", "#ffffff", "filled"};
}

// A second line under the label: what the node is, with its key setting.
QString detailOf(const Node &n)
{
    QString d = kindTitle(n.kind);
    auto add = [&](const QString &v) {
        if (!v.isEmpty())
            d += QStringLiteral(" · ") + v;
    };
    switch (n.kind) {
    case Kind::Dns: add(n.propString(QStringLiteral("domain"))); break;
    case Kind::Certificate: add(n.propString(QStringLiteral("domain"))); break;
    case Kind::Server: add(n.propString(QStringLiteral("hostname"))); add(n.propString(QStringLiteral("address"))); break;
    case Kind::LoadBalancer: add(n.propString(QStringLiteral("software"))); break;
    case Kind::WebServer: add(n.propString(QStringLiteral("software"))); break;
    case Kind::AppServer: add(n.propString(QStringLiteral("wsgi"))); break;
    case Kind::Database: add(n.propString(QStringLiteral("engine"))); add(n.propString(QStringLiteral("role"))); break;
    case Kind::Cluster: add(n.propString(QStringLiteral("vip"))); break;
    case Kind::Zone: add(n.propString(QStringLiteral("trust"))); break;
    case Kind::Internet:
    case Kind::Codebase:
    case Kind::MonitoringAgent:
    case Kind::Firewall:
    case Kind::MonitoringService:
    case Kind::Note: break;
    case Kind::Cache: add(n.propString(QStringLiteral("engine"))); break;
    }
    return d;
}

class DotWriter {
public:
    DotWriter(const Design &d, const PictureOptions &o) : m_d(d), m_scope(d, o.selection), m_index(d), m_geo(d)
    {
        // Positions in points (1 scene unit = 1 point), y upwards as in Graphviz.
        m_top = m_geo.bounds().bottom();
    }

    QString run()
    {
        m_out.reserve(int(m_d.nodes().size()) * 160 + int(m_d.links().size()) * 80);
        m_out += QLatin1String("digraph ") + DotExporter::quoteId(m_d.name.isEmpty() ? QStringLiteral("design") : m_d.name)
                 + QLatin1String(" {\n");
        // No newrank: Graphviz 2.42 (Debian 12) stops with "trouble in
        // init_rank" on large clustered graphs laid out with it.
        m_out += QLatin1String("  graph [rankdir=LR, compound=true, fontname=\"DejaVu Sans\", "
                               "nodesep=0.35, ranksep=0.9, labelloc=t, fontsize=16, label=<")
                 + DotExporter::escapeHtml(m_d.name) + QLatin1String(">];\n");
        m_out += QLatin1String("  node [fontname=\"DejaVu Sans\", fontsize=10, shape=box, style=\"rounded,filled\", "
                               "fillcolor=\"#ffffff\", color=\"#475569\"];\n");
        m_out += QLatin1String("  edge [fontname=\"DejaVu Sans\", fontsize=9, color=\"#334155\"];\n");
        for (const Node &n : m_d.nodes())
            if (n.parent.isEmpty() || !m_d.node(n.parent) || !m_scope.hasNode(n.parent))
                if (m_scope.hasNode(n.id))
                    emitNode(n, 1, 0);
        emitRanks();
        emitLinks();
        emitReferences();
        m_out += QLatin1String("}\n");
        return m_out;
    }

private:
    bool isCluster(const Node &n) const
    {
        if (!Geo::isContainer(n.kind))
            return false;
        for (const QString &c : m_index.children(n.id))
            if (m_scope.hasNode(c))
                return true;
        return false;
    }

    void indent(int level) { m_out += QString(level * 2, QLatin1Char(' ')); }

    void emitNode(const Node &n, int level, int depth)
    {
        if (depth > 32)
            return;
        if (isCluster(n)) {
            const bool zone = n.kind == Kind::Zone;
            indent(level);
            m_out += QLatin1String("subgraph ") + DotExporter::quoteId(QStringLiteral("cluster_") + n.id)
                     + QLatin1String(" {\n");
            indent(level + 1);
            m_out += QLatin1String("label=<<B>") + DotExporter::escapeHtml(n.displayLabel())
                     + QLatin1String("</B><BR/><FONT POINT-SIZE=\"9\">") + DotExporter::escapeHtml(detailOf(n))
                     + QLatin1String("</FONT>>; ")
                     + (zone ? QLatin1String("style=\"dashed,rounded\"; color=\"#64748b\"; bgcolor=\"#ffffff\";\n")
                             : QLatin1String("style=\"rounded,filled\"; color=\"#475569\"; fillcolor=\"#f8fafc\";\n"));
            if (n.hasPos) {
                const QRectF r = m_geo.rect(n.id);
                indent(level + 1);
                m_out += QLatin1String("bb=\"") + num(r.left()) + QLatin1Char(',') + num(m_top - r.bottom())
                         + QLatin1Char(',') + num(r.right()) + QLatin1Char(',') + num(m_top - r.top())
                         + QLatin1String("\";\n");
            }
            for (const QString &c : m_index.children(n.id))
                if (const Node *cn = m_d.node(c); cn && m_scope.hasNode(c))
                    emitNode(*cn, level + 1, depth + 1);
            indent(level);
            m_out += QLatin1String("}\n");
            return;
        }
        const Style s = styleOf(n.kind);
        indent(level);
        m_out += DotExporter::quoteId(n.id) + QLatin1String(" [label=<") + DotExporter::escapeHtml(n.displayLabel())
                 + QLatin1String("<BR/><FONT POINT-SIZE=\"8\">") + DotExporter::escapeHtml(detailOf(n))
                 + QLatin1String("</FONT>>, shape=") + QLatin1String(s.shape) + QLatin1String(", style=\"")
                 + QLatin1String(s.style) + QLatin1String("\", fillcolor=\"") + QLatin1String(s.fill) + QLatin1Char('"')
                 + placement(n) + QLatin1String("];\n");
    }

    static QString num(double v) { return QString::number(v, 'f', 1); }

    // The canvas position and size of a placed node, so that `neato -n2`
    // draws the canvas's own layout (`dot` ignores them).
    QString placement(const Node &n) const
    {
        if (!n.hasPos)
            return {};
        const QRectF r = m_geo.rect(n.id);
        return QLatin1String(", pos=\"") + num(r.center().x()) + QLatin1Char(',') + num(m_top - r.center().y())
               + QLatin1String("\", width=") + QString::number(r.width() / 72.0, 'f', 3)
               + QLatin1String(", height=") + QString::number(r.height() / 72.0, 'f', 3);
    }

    // The node an edge to `id` attaches to, and the cluster it clips at.
    std::pair<QString, QString> endpoint(const QString &id) const
    {
        const Node *n = m_d.node(id);
        int guard = 0;
        QString cluster;
        while (n && isCluster(*n) && guard++ < 32) {
            if (cluster.isEmpty())
                cluster = QStringLiteral("cluster_") + n->id;
            const Node *next = nullptr;
            for (const QString &c : m_index.children(n->id))
                if (m_scope.hasNode(c)) {
                    next = m_d.node(c);
                    break;
                }
            n = next;
        }
        return {n ? n->id : id, cluster};
    }

    bool inside(const QString &id, const QString &ancestor) const
    {
        const Node *n = m_d.node(id);
        int guard = 0;
        while (n && guard++ < 64) {
            if (n->id == ancestor)
                return true;
            n = n->parent.isEmpty() ? nullptr : m_d.node(n->parent);
        }
        return false;
    }

    void edge(const QString &from, const QString &to, const QString &attrs)
    {
        auto [tail, tailCluster] = endpoint(from);
        auto [head, headCluster] = endpoint(to);
        QString extra;
        if (!headCluster.isEmpty() && !inside(from, to))
            extra += QLatin1String(", lhead=") + DotExporter::quoteId(headCluster);
        if (!tailCluster.isEmpty() && !inside(to, from))
            extra += QLatin1String(", ltail=") + DotExporter::quoteId(tailCluster);
        m_out += QLatin1String("  ") + DotExporter::quoteId(tail) + QLatin1String(" -> ") + DotExporter::quoteId(head)
                 + QLatin1String(" [") + attrs + extra + QLatin1String("];\n");
    }

    void emitRanks()
    {
        // Top-level nodes outside any cluster can share ranks safely.
        QStringList byTier[6];
        for (const Node &n : m_d.nodes())
            if (n.parent.isEmpty() && m_scope.hasNode(n.id) && !isCluster(n))
                byTier[int(m_index.tier(n.id))].append(n.id);
        auto rank = [&](const char *how, const QStringList &ids) {
            if (ids.isEmpty())
                return;
            m_out += QLatin1String("  { rank=") + QLatin1String(how) + QLatin1String("; ");
            for (const QString &id : ids)
                m_out += DotExporter::quoteId(id) + QLatin1String("; ");
            m_out += QLatin1String("}\n");
        };
        rank("min", byTier[int(Tier::Internet)]);
        QStringList outside;
        for (const QString &id : byTier[int(Tier::Outside)])
            if (m_d.node(id)->kind == Kind::MonitoringService)
                outside.append(id);
        rank("max", outside);
    }

    void emitLinks()
    {
        for (const Link &l : m_d.links()) {
            if (!m_scope.hasLink(l) || !m_d.node(l.from) || !m_d.node(l.to))
                continue;
            const QString proto = DotExporter::escapeHtml(protocolName(l.protocol) + QStringLiteral(" :")
                                                          + QString::number(l.effectivePort()));
            const QString label = l.label.isEmpty() ? proto
                                                    : DotExporter::escapeHtml(l.label) + QLatin1String("<BR/>") + proto;
            QString attrs = QLatin1String("label=<") + label + QLatin1String(">");
            if (l.protocol == Protocol::Https)
                attrs += QLatin1String(", color=\"#15803d\", penwidth=1.6");
            else if (l.protocol == Protocol::Dns)
                attrs += QLatin1String(", style=dashed");
            if (m_d.node(l.from)->kind == Kind::Cluster)
                attrs += QLatin1String(", minlen=2");
            edge(l.from, l.to, attrs);
        }
    }

    void emitReferences()
    {
        for (const Node &n : m_d.nodes()) {
            if (!m_scope.hasNode(n.id))
                continue;
            auto ref = [&](const QString &to, const char *attrs) {
                if (!to.isEmpty() && to != n.id && m_d.node(to) && m_scope.hasNode(to))
                    edge(n.id, to, QLatin1String(attrs));
            };
            switch (n.kind) {
            case Kind::Cluster:
                for (const QString &m : n.propList(QStringLiteral("members")))
                    ref(m, "style=dashed, arrowhead=none, color=\"#7c3aed\", label=<member>");
                break;
            case Kind::Database:
                ref(n.propString(QStringLiteral("replicates_from")),
                    "style=dashed, color=\"#b91c1c\", constraint=false, label=<replicates from>");
                break;
            case Kind::MonitoringAgent:
                ref(n.propString(QStringLiteral("reports_to")),
                    "style=dotted, color=\"#0284c7\", constraint=false, arrowsize=0.6");
                break;
            case Kind::Dns:
                ref(n.propString(QStringLiteral("target")), "style=dotted, color=\"#64748b\", constraint=false, label=<points at>");
                break;
            case Kind::Internet:
            case Kind::Certificate:
            case Kind::Server:
            case Kind::LoadBalancer:
            case Kind::WebServer:
            case Kind::AppServer:
            case Kind::Codebase:
            case Kind::Firewall:
            case Kind::MonitoringService:
            case Kind::Zone:
            case Kind::Note:
            case Kind::Cache: break;
            }
        }
    }

    const Design &m_d;
    DiagramScope m_scope;
    DesignIndex m_index;
    DiagramGeometry m_geo;
    double m_top = 0;
    QString m_out;
};

} // namespace

QString DotExporter::toDot(const Design &design, const PictureOptions &options)
{
    return DotWriter(design, options).run();
}

bool DotExporter::writeTo(const Design &design, QIODevice *device, const PictureOptions &options, QString *error) const
{
    const QByteArray bytes = toDot(design, options).toUtf8();
    QString why;
    if (!writeFully(device, bytes, &why)) {
        if (error)
            *error = why;
        return false;
    }
    return true;
}

} // namespace sw
