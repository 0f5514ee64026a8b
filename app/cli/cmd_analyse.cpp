// stackwright-cli analyse FILE [--fail ID]... [--format text|json]
// Availability (exact or approximate, see core/analysis/reliability.h), the
// tiers, capacity and what survives the failures given with --fail.
// Exit: 0 a request can reach a database, 1 none can, 2 bad input.
#include "app/cli/cli.h"

#include "core/analysis/capacity.h"
#include "core/analysis/whatif.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sw::cli {

namespace {

QJsonArray sortedArray(QStringList l)
{
    l.sort();
    return QJsonArray::fromStringList(l);
}

QJsonObject toJson(const Design &d, const WhatIf &w, const WhatIfResult &r, const CapacityResult &cap)
{
    const AvailabilityResult &a = r.availability;
    QJsonArray tiers;
    for (const TierAvailability &t : a.tiers)
        tiers.append(QJsonObject{{QStringLiteral("name"), tierKey(t.tier)},
                                 {QStringLiteral("title"), tierTitle(t.tier)},
                                 {QStringLiteral("availability"), t.availability},
                                 {QStringLiteral("nodes"), QJsonArray::fromStringList(t.nodes)}});
    QJsonArray capTiers;
    for (const TierLoad &t : cap.tiers)
        capTiers.append(QJsonObject{{QStringLiteral("name"), tierKey(t.tier)},
                                    {QStringLiteral("load"), t.load},
                                    {QStringLiteral("capacity"), t.capacity},
                                    {QStringLiteral("utilization"), t.utilization},
                                    {QStringLiteral("servers"), QJsonArray::fromStringList(t.servers)}});
    QJsonObject capacity{{QStringLiteral("load"), cap.load}, {QStringLiteral("tiers"), capTiers}};
    capacity.insert(QStringLiteral("bottleneck"),
                    cap.bottleneck >= 0 ? QJsonValue(tierKey(cap.tiers[cap.bottleneck].tier)) : QJsonValue());
    return QJsonObject{
        {QStringLiteral("design"), d.name},
        {QStringLiteral("availability"), a.availability},
        {QStringLiteral("percent"), a.availability * 100.0},
        {QStringLiteral("nines"), a.nines()},
        {QStringLiteral("downtime_minutes_per_month"), a.downtimeMinutesPerMonth()},
        {QStringLiteral("downtime_hours_per_year"), a.downtimeHoursPerYear()},
        {QStringLiteral("method"), methodName(a.method)},
        {QStringLiteral("reachable"), r.reachable},
        {QStringLiteral("writable"), r.writable},
        {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)},
        {QStringLiteral("failed"), QJsonArray::fromStringList(r.failed)},
        {QStringLiteral("failed_units"), sortedArray(QStringList(r.failedUnits.begin(), r.failedUnits.end()))},
        {QStringLiteral("served_users"), QJsonArray::fromStringList(r.servedUsers)},
        {QStringLiteral("lost_users"), QJsonArray::fromStringList(r.lostUsers)},
        {QStringLiteral("single_points_of_failure"), QJsonArray::fromStringList(w.graph().singlePointsOfFailure())},
        {QStringLiteral("tiers"), tiers},
        {QStringLiteral("capacity"), capacity},
    };
}

void printText(const Design &d, const WhatIfResult &r, const CapacityResult &cap, QTextStream &out)
{
    const AvailabilityResult &a = r.availability;
    out << QCoreApplication::translate("sw::cli", "Design: %1").arg(d.name) << '\n';
    if (!r.failed.isEmpty())
        out << QCoreApplication::translate("sw::cli", "Failed: %1").arg(r.failed.join(QStringLiteral(", "))) << '\n';
    out << (r.reachable ? QCoreApplication::translate("sw::cli", "Requests reach a database: yes") : QCoreApplication::translate("sw::cli", "Requests reach a database: no")) << '\n';
    out << (r.writable ? QCoreApplication::translate("sw::cli", "Writes reach a database that accepts them: yes")
                       : QCoreApplication::translate("sw::cli", "Writes reach a database that accepts them: no")) << '\n';
    for (const QString &note : r.notes)
        out << QCoreApplication::translate("sw::cli", "Note: %1").arg(note) << '\n';
    out << QCoreApplication::translate("sw::cli", "Availability: %1 (%2 nines, %3)")
               .arg(formatPercent(a.availability))
               .arg(a.nines(), 0, 'f', 2)
               .arg(methodName(a.method))
        << '\n';
    out << QCoreApplication::translate("sw::cli", "Expected downtime: %1 per month, %2 per year")
               .arg(formatDuration(a.downtimeMinutesPerMonth()), formatDuration(a.downtimeHoursPerYear() * 60.0))
        << '\n';
    for (const TierAvailability &t : a.tiers)
        out << QStringLiteral("  %1: %2  [%3]")
                   .arg(tierTitle(t.tier), formatPercent(t.availability), t.nodes.join(QStringLiteral(", ")))
            << '\n';
    if (!r.servedUsers.isEmpty())
        out << QCoreApplication::translate("sw::cli", "Users still served: %1").arg(r.servedUsers.join(QStringLiteral(", "))) << '\n';
    if (!r.lostUsers.isEmpty())
        out << QCoreApplication::translate("sw::cli", "Users not served: %1").arg(r.lostUsers.join(QStringLiteral(", "))) << '\n';
    out << QCoreApplication::translate("sw::cli", "Load: %1 req/s").arg(cap.load) << '\n';
    for (const TierLoad &t : cap.tiers)
        if (!t.nodes.isEmpty())
            out << QStringLiteral("  %1: %2 %  (%3 req/s capacity)")
                       .arg(tierTitle(t.tier))
                       .arg(t.utilization * 100.0, 0, 'f', 1)
                       .arg(t.capacity)
                << '\n';
    if (cap.bottleneck >= 0)
        out << QCoreApplication::translate("sw::cli", "Bottleneck: %1").arg(tierTitle(cap.tiers[cap.bottleneck].tier)) << '\n';
}

} // namespace

int runAnalyse(const QStringList &args, Io &io)
{
    CommandLine cl(QStringLiteral("analyse"),
                   Tr::tr("Availability, reachability, tiers and capacity, with failures; exit 0 requests reach a database, 1 none can, 2 bad input."));
    cl.addPositional(QStringLiteral("FILE"), Tr::tr("a design (.json, .stackwright, or - for standard input)"));
    cl.addOption({QStringLiteral("fail")}, Tr::tr("a node that has failed (repeatable)"), QStringLiteral("ID"));
    cl.addOption({QStringLiteral("format")}, Tr::tr("text (default) or json"), QStringLiteral("F"));
    if (const auto done = cl.parse(args, io))
        return *done;
    const QString file = cl.positional(0);
    const QStringList fail = cl.values(QStringLiteral("fail"));
    const QString format = cl.isSet(QStringLiteral("format")) ? cl.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return cl.bad(io, Tr::tr("--format must be text or json, not \"%1\"").arg(format));
    Design d;
    if (!loadOrReport(file, &d, io))
        return BadInput;
    const WhatIf whatIf(d);
    WhatIfResult r;
    QString error;
    if (!whatIf.evaluate(fail, &r, &error)) {
        io.err << QCoreApplication::translate("sw::cli", "error: --fail: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    const CapacityResult cap = computeCapacity(d, whatIf.graph(), r.failedUnits);
    if (format == QLatin1String("json"))
        printJson(io, "stackwright-analysis", toJson(d, whatIf, r, cap));
    else
        printText(d, r, cap, io.out);
    io.out.flush();
    return r.reachable ? Ok : Failed;
}

} // namespace sw::cli
