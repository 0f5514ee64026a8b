#include "deploy/verify/predictions.h"

#include "core/analysis/whatif.h"
#include "core/rules/ruleids.h"
#include "core/rules/validator.h"

namespace sw::verify {

namespace {

QString hostLabel(const Design &d, const QString &id)
{
    const Node *n = d.node(id);
    if (!n)
        return id;
    const QString host = n->propString(QStringLiteral("hostname"));
    return host.isEmpty() ? n->displayLabel() : host;
}

} // namespace

QVector<Prediction> predict(const Design &design)
{
    QSet<QString> spof;
    // No profile: SPOF is a rule of every build; a profile only changes severities.
    for (const Finding &f : Validator::validate(design, Validator::noProfile()).findings)
        if (f.rule == QLatin1String(rule::Spof))
            for (const QString &n : f.nodes)
                spof.insert(n);
    const WhatIf whatIf(design);
    QVector<Prediction> out;
    auto add = [&](const QString &unit) {
        const WhatIfResult r = whatIf.evaluate(unit.isEmpty() ? QSet<QString>() : QSet<QString>{unit});
        Prediction p;
        p.unit = unit;
        p.label = unit.isEmpty() ? QString() : hostLabel(design, unit);
        const Node *n = design.node(unit);
        p.networkFirewall = n && n->kind == Kind::Firewall;
        p.validatorSpof = spof.contains(unit);
        p.reads = r.reachable;
        p.writes = r.writable;
        p.notes = r.notes;
        out << p;
    };
    add(QString());
    for (const QString &unit : whatIf.graph().units())
        add(unit);
    return out;
}

QSet<QString> primaryHosts(const Design &design)
{
    QSet<QString> out;
    for (const Node *db : design.nodesOfKind(Kind::Database))
        if (acceptsWrites(*db))
            out.insert(hostLabel(design, design.serverOf(db->id)));
    return out;
}

QString entryScheme(const Design &design)
{
    for (const Link &l : design.links()) {
        const Node *from = design.node(l.from);
        if (from && from->kind == Kind::Internet && l.protocol == Protocol::Https)
            return QStringLiteral("https");
    }
    return QStringLiteral("http");
}

} // namespace sw::verify
