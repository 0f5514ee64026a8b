#include "core/diff/diffimpact.h"

#include "core/analysis/availability.h"
#include "core/diff/difftr_p.h"
#include "core/rules/validator.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace sw {

QString FindingDelta::key() const
{
    return nodes.isEmpty() ? rule : rule + QLatin1Char(' ') + nodes.join(QLatin1Char(','));
}

bool DiffImpact::availabilityChanged() const
{
    return reachableBefore != reachableAfter || std::abs(availabilityBefore - availabilityAfter) > 1e-12;
}

QString availabilityText(double availability, double nines)
{
    return DiffTr::tr("%1 (%2 nines)").arg(formatPercent(availability)).arg(nines, 0, 'f', 2);
}

namespace {

// The finding's identity in the new design's terms: rule and sorted node ids.
QString findingKey(const Finding &f, const QHash<QString, QString> *oldToNew)
{
    QStringList ids;
    for (const QString &id : f.nodes)
        ids << (oldToNew ? oldToNew->value(id, QStringLiteral("\x1f") + id) : id);
    std::sort(ids.begin(), ids.end());
    return f.rule + QLatin1Char('\x1e') + ids.join(QLatin1Char('\x1f'));
}

FindingDelta delta(const Finding &f)
{
    return {f.rule, f.severity, f.nodes, f.message};
}

} // namespace

DiffImpact diffImpact(const Design &oldDesign, const Design &newDesign, const DesignDiff &diff)
{
    DiffImpact r;
    const QHash<QString, QString> oldToNew = diff.oldToNew();
    // Findings name links too: those matched by id or by their ends.
    QHash<QString, QString> map = oldToNew;
    for (const Link &l : oldDesign.links())
        if (newDesign.link(l.id))
            map.insert(l.id, l.id);
    for (const Change &c : diff.changes)
        if (c.type == ChangeType::LinkIdChanged)
            map.insert(c.oldId, c.newId);

    const ValidationResult before = Validator::validate(oldDesign);
    const ValidationResult after = Validator::validate(newDesign);
    r.profileBefore = before.profile;
    r.profileAfter = after.profile;
    QHash<QString, int> oldCount, newCount;
    for (const Finding &f : before.findings)
        ++oldCount[findingKey(f, &map)];
    for (const Finding &f : after.findings)
        ++newCount[findingKey(f, nullptr)];
    QHash<QString, int> seen;
    for (const Finding &f : after.findings) {
        const QString k = findingKey(f, nullptr);
        if (++seen[k] > oldCount.value(k))
            r.appeared << delta(f);
    }
    seen.clear();
    for (const Finding &f : before.findings) {
        const QString k = findingKey(f, &map);
        if (++seen[k] > newCount.value(k))
            r.disappeared << delta(f);
    }

    const AvailabilityModel a(oldDesign), b(newDesign);
    const AvailabilityResult ra = a.compute(), rb = b.compute();
    r.availabilityBefore = ra.availability;
    r.availabilityAfter = rb.availability;
    r.ninesBefore = ra.nines();
    r.ninesAfter = rb.nines();
    r.reachableBefore = ra.reachable;
    r.reachableAfter = rb.reachable;

    const QStringList spofOld = a.graph().singlePointsOfFailure();
    const QStringList spofNew = b.graph().singlePointsOfFailure();
    QSet<QString> oldMapped;
    for (const QString &id : spofOld)
        oldMapped.insert(oldToNew.value(id, QStringLiteral("\x1f") + id));
    const QSet<QString> newSet(spofNew.begin(), spofNew.end());
    for (const QString &id : spofNew)
        if (!oldMapped.contains(id))
            r.spofGained << id;
    for (const QString &id : spofOld)
        if (!newSet.contains(oldToNew.value(id, QStringLiteral("\x1f") + id)))
            r.spofLost << id;
    return r;
}

} // namespace sw
