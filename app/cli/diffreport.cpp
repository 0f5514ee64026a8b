#include "app/cli/diffreport.h"

#include "core/analysis/availability.h"
#include "app/cli/cli.h"

#include <QJsonArray>

namespace sw::cli {

namespace {

QString sign(ChangeType t)
{
    switch (t) {
    case ChangeType::NodeAdded:
    case ChangeType::LinkAdded:
        return QStringLiteral("+");
    case ChangeType::NodeRemoved:
    case ChangeType::LinkRemoved:
        return QStringLiteral("-");
    case ChangeType::NodeIdChanged:
    case ChangeType::LinkIdChanged:
        return QStringLiteral("=");
    case ChangeType::NodeRenamed:
    case ChangeType::NodeMoved:
    case ChangeType::NodeKindChanged:
    case ChangeType::PropertyChanged:
    case ChangeType::ClusterMembers:
    case ChangeType::LinkRetargeted:
    case ChangeType::LinkProtocol:
    case ChangeType::LinkPort:
    case ChangeType::LinkLabel:
    case ChangeType::DesignSetting:
    case ChangeType::LayoutMoved:
        return QStringLiteral("~");
    }
    return {};
}

QString bundleStatusText(const bundle::BundleFileChange &f)
{
    switch (f.status) {
    case bundle::BundleFileChange::Status::Added: return Tr::tr("added");
    case bundle::BundleFileChange::Status::Removed: return Tr::tr("removed");
    case bundle::BundleFileChange::Status::Changed:
        return f.oldPath.isEmpty() ? Tr::tr("changed (+%1 -%2 lines)").arg(f.linesAdded).arg(f.linesRemoved)
                                   : Tr::tr("changed (+%1 -%2 lines, was %3)").arg(f.linesAdded).arg(f.linesRemoved).arg(f.oldPath);
    }
    return {};
}

// Markdown: backticks and pipes would break a table cell.
QString md(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('`'), QStringLiteral("\\`"));
    s.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

QJsonObject changeJson(const Change &c)
{
    QJsonObject o{{QStringLiteral("type"), changeTypeName(c.type)}, {QStringLiteral("text"), c.text()}};
    if (!c.oldId.isEmpty())
        o.insert(QStringLiteral("old_id"), c.oldId);
    if (!c.newId.isEmpty())
        o.insert(QStringLiteral("new_id"), c.newId);
    if (!c.key.isEmpty())
        o.insert(QStringLiteral("key"), c.key);
    if (c.type != ChangeType::NodeAdded && c.type != ChangeType::NodeRemoved) {
        o.insert(QStringLiteral("old"), c.oldValue);
        o.insert(QStringLiteral("new"), c.newValue);
    } else {
        o.insert(QStringLiteral("kind"), c.detail);
    }
    if (c.type == ChangeType::ClusterMembers) {
        o.insert(QStringLiteral("added"), QJsonArray::fromStringList(c.added));
        o.insert(QStringLiteral("removed"), QJsonArray::fromStringList(c.removed));
    }
    if (c.type == ChangeType::NodeIdChanged)
        o.insert(QStringLiteral("matched_by"), c.detail);
    if (c.type == ChangeType::LinkAdded || c.type == ChangeType::LinkRemoved)
        o.insert(QStringLiteral("protocol"), c.detail);
    return o;
}

QJsonArray findingsJson(const QVector<FindingDelta> &l)
{
    QJsonArray a;
    for (const FindingDelta &f : l)
        a.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                             {QStringLiteral("severity"), severityName(f.severity)},
                             {QStringLiteral("nodes"), QJsonArray::fromStringList(f.nodes)},
                             {QStringLiteral("message"), f.message}});
    return a;
}

QString nodesText(const FindingDelta &f)
{
    return f.nodes.isEmpty() ? Tr::tr("the design") : f.nodes.join(QStringLiteral(", "));
}

} // namespace

DiffReport DiffReport::compute(const Design &oldDesign, const Design &newDesign)
{
    DiffReport r;
    r.diff = diffDesigns(oldDesign, newDesign);
    r.impact = diffImpact(oldDesign, newDesign, r.diff);
    r.bundle = bundle::diffShellBundles(oldDesign, newDesign, r.diff.oldToNew());
    return r;
}

void DiffReport::printText(QTextStream &out) const
{
    out << Tr::tr("Comparing %1 with %2").arg(oldName, newName) << '\n';
    if (diff.isEmpty())
        out << Tr::tr("The designs are the same.") << '\n';
    else
        out << Tr::tr("%n change(s):", nullptr, int(diff.changes.size())) << '\n';
    for (const Change &c : diff.changes)
        out << QStringLiteral("  %1 %2\n").arg(sign(c.type), c.text());
    if (!diff.layoutChanges.isEmpty()) {
        if (showLayout) {
            out << Tr::tr("Layout only:") << '\n';
            for (const Change &c : diff.layoutChanges)
                out << QStringLiteral("  ~ %1\n").arg(c.text());
        } else {
            out << Tr::tr("%n node(s) moved on the canvas only (--layout lists them).", nullptr,
                          int(diff.layoutChanges.size()))
                << '\n';
        }
    }
    if (!impact.appeared.isEmpty() || !impact.disappeared.isEmpty()) {
        out << Tr::tr("Findings:") << '\n';
        for (const FindingDelta &f : impact.appeared)
            out << QStringLiteral("  + [%1] %2 (%3): %4\n").arg(f.rule, severityName(f.severity), nodesText(f), f.message);
        for (const FindingDelta &f : impact.disappeared)
            out << QStringLiteral("  - [%1] %2 (%3): %4\n").arg(f.rule, severityName(f.severity), nodesText(f), f.message);
    }
    out << Tr::tr("Availability: %1 → %2")
               .arg(availabilityText(impact.availabilityBefore, impact.ninesBefore),
                    availabilityText(impact.availabilityAfter, impact.ninesAfter))
        << '\n';
    if (!impact.spofGained.isEmpty())
        out << Tr::tr("Single points of failure gained: %1").arg(impact.spofGained.join(QStringLiteral(", "))) << '\n';
    if (!impact.spofLost.isEmpty())
        out << Tr::tr("Single points of failure lost: %1").arg(impact.spofLost.join(QStringLiteral(", "))) << '\n';
    if (!bundle.oldOk || !bundle.newOk) {
        out << Tr::tr("Shell bundle: not compared (%1)").arg(!bundle.oldOk ? bundle.oldError : bundle.newError) << '\n';
    } else if (!bundle.files.isEmpty()) {
        out << Tr::tr("Shell bundle files:") << '\n';
        for (const bundle::BundleFileChange &f : bundle.files)
            out << QStringLiteral("  %1 %2%3: %4\n")
                       .arg(f.status == bundle::BundleFileChange::Status::Added     ? QStringLiteral("+")
                            : f.status == bundle::BundleFileChange::Status::Removed ? QStringLiteral("-")
                                                                                   : QStringLiteral("~"),
                            f.path, f.server.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.server),
                            bundleStatusText(f));
    }
}

void DiffReport::printMarkdown(QTextStream &out) const
{
    out << "### " << Tr::tr("Design changes: %1 → %2").arg(md(oldName), md(newName)) << "\n\n";
    if (diff.isEmpty()) {
        out << Tr::tr("The designs are the same.") << "\n\n";
    } else {
        out << "| | " << Tr::tr("Change") << " |\n|---|---|\n";
        for (const Change &c : diff.changes)
            out << "| " << sign(c.type) << " | " << md(c.text()) << " |\n";
        out << '\n';
    }
    if (!diff.layoutChanges.isEmpty()) {
        out << "<details><summary>" << Tr::tr("%n node(s) moved on the canvas only", nullptr, int(diff.layoutChanges.size()))
            << "</summary>\n\n";
        for (const Change &c : diff.layoutChanges)
            out << "- " << md(c.text()) << '\n';
        out << "\n</details>\n\n";
    }
    out << "#### " << Tr::tr("What it does") << "\n\n";
    out << "| | " << Tr::tr("Before") << " | " << Tr::tr("After") << " |\n|---|---|---|\n";
    out << "| " << Tr::tr("Availability") << " | " << formatPercent(impact.availabilityBefore) << " | "
        << formatPercent(impact.availabilityAfter) << " |\n";
    out << "| " << Tr::tr("Nines") << " | " << QString::number(impact.ninesBefore, 'f', 2) << " | "
        << QString::number(impact.ninesAfter, 'f', 2) << " |\n\n";
    if (!impact.appeared.isEmpty() || !impact.disappeared.isEmpty()) {
        out << "| | " << Tr::tr("Rule") << " | " << Tr::tr("Severity") << " | " << Tr::tr("Nodes") << " | "
            << Tr::tr("Finding") << " |\n|---|---|---|---|---|\n";
        for (const FindingDelta &f : impact.appeared)
            out << "| " << Tr::tr("new") << " | `" << md(f.rule) << "` | " << severityName(f.severity) << " | "
                << md(nodesText(f)) << " | " << md(f.message) << " |\n";
        for (const FindingDelta &f : impact.disappeared)
            out << "| " << Tr::tr("fixed") << " | `" << md(f.rule) << "` | " << severityName(f.severity) << " | "
                << md(nodesText(f)) << " | " << md(f.message) << " |\n";
        out << '\n';
    }
    if (!impact.spofGained.isEmpty())
        out << "- " << Tr::tr("Single points of failure gained: %1").arg(md(impact.spofGained.join(QStringLiteral(", ")))) << '\n';
    if (!impact.spofLost.isEmpty())
        out << "- " << Tr::tr("Single points of failure lost: %1").arg(md(impact.spofLost.join(QStringLiteral(", ")))) << '\n';
    if (!impact.spofGained.isEmpty() || !impact.spofLost.isEmpty())
        out << '\n';
    if (bundle.oldOk && bundle.newOk && !bundle.files.isEmpty()) {
        out << "#### " << Tr::tr("Shell bundle files") << "\n\n| " << Tr::tr("File") << " | " << Tr::tr("Server") << " | "
            << Tr::tr("Change") << " |\n|---|---|---|\n";
        for (const bundle::BundleFileChange &f : bundle.files)
            out << "| `" << md(f.path) << "` | " << md(f.server) << " | " << md(bundleStatusText(f)) << " |\n";
        out << '\n';
    } else if (!bundle.oldOk || !bundle.newOk) {
        out << Tr::tr("Shell bundle: not compared (%1)").arg(md(!bundle.oldOk ? bundle.oldError : bundle.newError)) << "\n\n";
    }
}

QJsonObject DiffReport::toJson() const
{
    QJsonArray changes, layout, matches, files;
    for (const Change &c : diff.changes)
        changes.append(changeJson(c));
    for (const Change &c : diff.layoutChanges)
        layout.append(changeJson(c));
    for (const NodeMatch &m : diff.nodeMatches)
        if (m.reason != MatchReason::Id)
            matches.append(QJsonObject{{QStringLiteral("old_id"), m.oldId},
                                       {QStringLiteral("new_id"), m.newId},
                                       {QStringLiteral("by"), matchReasonName(m.reason)}});
    for (const bundle::BundleFileChange &f : bundle.files) {
        QJsonObject o{{QStringLiteral("path"), f.path},
                      {QStringLiteral("status"), bundle::BundleFileChange::statusName(f.status)},
                      {QStringLiteral("lines_added"), f.linesAdded},
                      {QStringLiteral("lines_removed"), f.linesRemoved}};
        if (!f.server.isEmpty())
            o.insert(QStringLiteral("server"), f.server);
        if (!f.oldPath.isEmpty())
            o.insert(QStringLiteral("old_path"), f.oldPath);
        files.append(o);
    }
    QJsonObject bundleJson{{QStringLiteral("kind"), QStringLiteral("shell")},
                           {QStringLiteral("compared"), bundle.oldOk && bundle.newOk},
                           {QStringLiteral("files"), files}};
    if (!bundle.oldOk || !bundle.newOk)
        bundleJson.insert(QStringLiteral("error"), !bundle.oldOk ? bundle.oldError : bundle.newError);
    auto avail = [](double a, double n, bool reach) {
        return QJsonObject{{QStringLiteral("availability"), a}, {QStringLiteral("nines"), n}, {QStringLiteral("reachable"), reach}};
    };
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("stackwright-diff")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("old"), oldName},
        {QStringLiteral("new"), newName},
        {QStringLiteral("same"), diff.isEmpty()},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("layout"), layout},
        {QStringLiteral("matches"), matches},
        {QStringLiteral("findings"), QJsonObject{{QStringLiteral("appeared"), findingsJson(impact.appeared)},
                                                 {QStringLiteral("disappeared"), findingsJson(impact.disappeared)}}},
        {QStringLiteral("availability"),
         QJsonObject{{QStringLiteral("before"), avail(impact.availabilityBefore, impact.ninesBefore, impact.reachableBefore)},
                     {QStringLiteral("after"), avail(impact.availabilityAfter, impact.ninesAfter, impact.reachableAfter)}}},
        {QStringLiteral("single_points_of_failure"),
         QJsonObject{{QStringLiteral("gained"), QJsonArray::fromStringList(impact.spofGained)},
                     {QStringLiteral("lost"), QJsonArray::fromStringList(impact.spofLost)}}},
        {QStringLiteral("bundle"), bundleJson},
    };
}

} // namespace sw::cli
