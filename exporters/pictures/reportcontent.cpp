#include "exporters/pictures/reportcontent.h"

#include "exporters/pictures/diagramscope.h"
#include "exporters/pictures/reportpath.h"
#include "exporters/pictures/reporttext.h"
#include "exporters/pictures/reportwhy.h"
#include "exporters/pictures/tiers.h"
#include "core/model/propertykeys.h"

#include <QCoreApplication>
#include <QMap>

namespace sw {

using report::esc;
using report::Tr;

namespace {

QString list(const QStringList &items, const char *tag = "ul")
{
    QString out = QStringLiteral("<%1>").arg(QLatin1String(tag));
    for (const QString &i : items)
        out += QStringLiteral("<li>") + i + QStringLiteral("</li>");
    return out + QStringLiteral("</%1>\n").arg(QLatin1String(tag));
}

QString serverHeading(const Node &s)
{
    QStringList facts;
    for (const QString &key : {keys::hostname, keys::address, keys::os}) {
        const QString v = s.propString(key);
        if (!v.isEmpty())
            facts.append(v);
    }
    return QStringLiteral("<h3>%1 <span class=\"facts\">(%2)</span></h3>\n")
        .arg(esc(s.displayLabel()), esc(facts.join(QStringLiteral(", "))));
}

QString otherDetail(const Node &n)
{
    switch (n.kind) {
    case Kind::Dns:
        return Tr::tr("%1 record for %2, pointing at %3")
            .arg(n.propString(keys::record), n.propString(keys::domain), n.propString(keys::target));
    case Kind::Certificate:
        return Tr::tr("for %1, issued by %2, installed on %3")
            .arg(n.propString(keys::domain), n.propString(keys::issuer),
                 n.propList(keys::installedOn).join(QStringLiteral(", ")));
    case Kind::Cluster:
        return Tr::tr("%1 of %2, virtual address %3")
            .arg(n.propString(keys::mode), n.propList(keys::members).join(QStringLiteral(", ")),
                 n.propString(keys::vip));
    case Kind::MonitoringService:
        return Tr::tr("%1, collecting at %2").arg(n.propString(keys::vendor), n.propString(keys::endpoint));
    case Kind::Firewall:
        return Tr::tr("network firewall allowing %1").arg(n.propList(keys::allow).join(QStringLiteral(", ")));
    case Kind::Zone: return Tr::tr("%1 network zone").arg(n.propString(keys::trust));
    case Kind::Note: return n.propString(keys::text);
    case Kind::Internet:
    case Kind::Server:
    case Kind::LoadBalancer:
    case Kind::WebServer:
    case Kind::AppServer:
    case Kind::Codebase:
    case Kind::Database:
    case Kind::MonitoringAgent:
    case Kind::Cache: return {};
    }
    return {};
}

QString findingsSection(const Design &d, const ReportFindings &f, const DiagramScope &scope)
{
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(Tr::tr("Findings of the validator"));
    QVector<const ReportFinding *> shown;
    for (const ReportFinding &x : f.findings) {
        bool in = scope.all() || x.nodes.isEmpty();
        for (const QString &n : x.nodes)
            in = in || scope.hasNode(n);
        if (in)
            shown.append(&x);
    }
    int counts[3] = {0, 0, 0};
    for (const ReportFinding *x : shown)
        ++counts[int(x->severity)];
    h += QStringLiteral("<p>%1</p>\n")
             .arg(Tr::tr("Checked against the profile %1: %2 error(s), %3 warning(s), %4 note(s).")
                      .arg(esc(f.profile.isEmpty() ? Tr::tr("(none)") : f.profile))
                      .arg(counts[2]).arg(counts[1]).arg(counts[0]));
    if (shown.isEmpty())
        return h + QStringLiteral("<p>%1</p>\n").arg(Tr::tr("No findings: the design passes every rule."));
    // One block per rule: its findings, then why and fix once.
    QStringList order;
    QMap<QString, QVector<const ReportFinding *>> byRule;
    for (const ReportFinding *x : shown) {
        if (!byRule.contains(x->rule))
            order.append(x->rule);
        byRule[x->rule].append(x);
    }
    for (const QString &rule : order) {
        const auto &items = byRule[rule];
        const ReportFinding *first = items.first();
        h += QStringLiteral("<h3 class=\"%1\">%2 <span class=\"facts\">(%3, %4)</span></h3>\n")
                 .arg(severityText(first->severity), esc(rule), severityText(first->severity),
                      QCoreApplication::translate("sw::Report", "%n finding(s)", nullptr, int(items.size())));
        QStringList lines;
        for (const ReportFinding *x : items) {
            QStringList names;
            for (const QString &n : x->nodes)
                names.append(d.node(n) ? d.node(n)->displayLabel() : n);
            lines.append(esc(x->message)
                         + (names.isEmpty() ? QString()
                                            : QStringLiteral(" <span class=\"facts\">[%1]</span>")
                                                  .arg(esc(names.join(QStringLiteral(", "))))));
        }
        h += list(lines);
        if (!first->why.isEmpty())
            h += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(Tr::tr("Why it matters:"), esc(first->why));
        if (!first->fix.isEmpty())
            h += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(Tr::tr("How to fix it:"), esc(first->fix));
    }
    return h;
}

} // namespace

ReportContent ReportContent::build(const Design &d, const PictureOptions &options, const ReportFindings &findings)
{
    ReportContent c;
    const DiagramScope scope(d, options.selection);
    const DesignIndex index(d);
    c.title = d.name.isEmpty() ? Tr::tr("Design report") : d.name;

    int servers = 0, services = 0;
    for (const Node &n : d.nodes()) {
        servers += n.kind == Kind::Server ? 1 : 0;
        services += isService(n.kind) ? 1 : 0;
    }
    const QString domain = designDomain(d);
    c.summaryHtml = QStringLiteral("<p>%1</p>\n").arg(
        Tr::tr("This report describes the design %1%2: %3 server(s) running %4 service(s), joined by %5 link(s)%6.")
            .arg(QStringLiteral("<b>") + esc(c.title) + QStringLiteral("</b>"),
                 d.profile.isEmpty() ? QString() : Tr::tr(" (profile %1)").arg(esc(d.profile)))
            .arg(servers).arg(services).arg(int(d.links().size()))
            .arg(domain.isEmpty() ? QString() : Tr::tr(", serving %1").arg(QStringLiteral("<b>") + esc(domain) + QStringLiteral("</b>"))));
    if (!scope.all())
        c.summaryHtml += QStringLiteral("<p><i>%1</i></p>\n").arg(Tr::tr("Only the selected part of the design is shown."));

    QString &h = c.bodyHtml;
    h.reserve(int(d.nodes().size()) * 300);
    // The request path.
    h += QStringLiteral("<h2>%1</h2>\n").arg(domain.isEmpty() ? Tr::tr("How a request travels")
                                                               : Tr::tr("What happens when a user types %1").arg(esc(domain)));
    QStringList steps;
    for (const PathStep &s : requestPathSteps(d))
        steps.append(s.text);
    h += list(steps, "ol");

    // The servers.
    h += QStringLiteral("<h2>%1</h2>\n").arg(Tr::tr("The servers, what runs on them and why"));
    for (const Node &n : d.nodes()) {
        if (n.kind != Kind::Server || !scope.hasNode(n.id))
            continue;
        h += serverHeading(n);
        h += QStringLiteral("<p><b>%1</b></p>\n").arg(Tr::tr("Runs:")) + list(serverContents(d, index, n));
        const QStringList why = serverReasons(d, index, n);
        if (!why.isEmpty())
            h += QStringLiteral("<p><b>%1</b></p>\n").arg(Tr::tr("Why it is there:")) + list(why);
    }

    // Everything else.
    QStringList others;
    for (const Node &n : d.nodes()) {
        if (n.kind == Kind::Server || !scope.hasNode(n.id) || !d.serverOf(n.id).isEmpty())
            continue;
        const QString det = otherDetail(n);
        others.append(QStringLiteral("<b>%1</b> — %2%3")
                          .arg(esc(n.displayLabel()), esc(kindTitle(n.kind)),
                               det.isEmpty() ? QString() : QStringLiteral(": ") + esc(det)));
    }
    if (!others.isEmpty())
        h += QStringLiteral("<h2>%1</h2>\n").arg(Tr::tr("Other elements")) + list(others);

    const auto reasons = designReasons(d, index);
    if (!reasons.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(Tr::tr("Why the design looks like this"));
        for (const auto &r : reasons)
            h += QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n").arg(esc(r.first), r.second);
    }
    h += findingsSection(d, findings, scope);
    return c;
}

} // namespace sw
