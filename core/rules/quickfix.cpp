#include "core/rules/quickfix.h"

#include "core/rules/fixes.h"
#include "core/rules/rulecatalog.h"
#include "core/rules/ruleids.h"
#include "core/rules/rules_cache.h"
#include "core/model/designmodel.h"
#include "core/model/placement.h"

#include <QCoreApplication>

namespace sw {

namespace {

using FixFn = bool (*)(FixBuilder &, const Finding &);

QString first(const Finding &f) { return f.nodes.value(0); }

bool fixSpof(FixBuilder &b, const Finding &f)
{
    const Design &d = b.design();
    const QString unit = first(f);
    if (fixes::holds(d, unit, Kind::LoadBalancer))
        return fixes::clusterLoadBalancer(b, unit);
    bool primary = false, otherTier = false;
    for (const QString &c : d.children(unit)) {
        const Node *n = d.node(c);
        primary = primary || (n->kind == Kind::Database && n->propString(QStringLiteral("role")) == QLatin1String("primary"));
        otherTier = otherTier || n->kind == Kind::WebServer || n->kind == Kind::AppServer;
    }
    if (primary)
        return !otherTier && fixes::addReplica(b, unit);
    return fixes::duplicateUnit(b, unit);
}

// DUPLICATE-ADDRESS: every server after the first gets its own value (a free
// address in the same subnet, a numbered host name).
bool fixDuplicateAddress(FixBuilder &b, const Finding &f)
{
    const bool address = f.property == QLatin1String("address");
    if (!address && f.property != QLatin1String("hostname"))
        return false;
    Design names = b.design(); // the values handed out so far
    for (int i = 1; i < f.nodes.size(); ++i) {
        Node *s = names.node(f.nodes[i]);
        if (!s || s->kind != Kind::Server)
            continue;
        const QString key = address ? QStringLiteral("address") : QStringLiteral("hostname");
        const QString value = address ? b.freeAddress(s->propString(key)) : numberedHostname(names, s->propString(key));
        s->props.insert(key, value);
        b.setProp(s->id, key, value);
    }
    return !b.isEmpty();
}

struct FixEntry {
    const char *rule;
    FixFn fn;
};

const QVector<FixEntry> &fixTable()
{
    static const QVector<FixEntry> table{
        {rule::Spof, fixSpof},
        {rule::LbNotClustered, [](FixBuilder &b, const Finding &f) { return fixes::clusterLoadBalancer(b, first(f)); }},
        {rule::NoFirewall, [](FixBuilder &b, const Finding &f) { return fixes::addHostFirewall(b, first(f)); }},
        {rule::NoMonitoring, [](FixBuilder &b, const Finding &) { return fixes::addMonitoring(b); }},
        {rule::NoHttps, [](FixBuilder &b, const Finding &f) { return fixes::enableHttps(b, first(f)); }},
        {rule::DbSingleWriter, [](FixBuilder &b, const Finding &f) { return fixes::addReplica(b, first(f)); }},
        {rule::TiersNotSeparated, [](FixBuilder &b, const Finding &f) { return fixes::separateTier(b, first(f)); }},
        {rule::DnsMissing, [](FixBuilder &b, const Finding &) { return fixes::pointDns(b); }},
        {rule::ClusterNoVip, [](FixBuilder &b, const Finding &f) { return fixes::setVip(b, first(f)); }},
        {rule::ClusterBothActive, [](FixBuilder &b, const Finding &f) { return fixes::makeActiveActive(b, first(f)); }},
        {rule::CertNotOnAllMembers, [](FixBuilder &b, const Finding &f) { return fixes::installCertOnMembers(b, f.nodes); }},
        {rule::FirewallBlocksLink, [](FixBuilder &b, const Finding &f) { return fixes::allowBlockedLinks(b, f.nodes); }},
        {rule::FirewallUnusedPort, [](FixBuilder &b, const Finding &f) { return fixes::removeUnusedRules(b, first(f)); }},
        {rule::DbPortPublic, [](FixBuilder &b, const Finding &f) { return fixes::closeWorldPorts(b, first(f), true); }},
        {rule::SshOpenToWorld, [](FixBuilder &b, const Finding &f) { return fixes::closeWorldPorts(b, first(f), false); }},
        {rule::HttpNoRedirect, [](FixBuilder &b, const Finding &f) { return fixes::addRedirect(b, first(f)); }},
        {rule::ReplicaWithoutPrimary, [](FixBuilder &b, const Finding &f) { return fixes::attachReplica(b, first(f)); }},
        {rule::CodebaseMismatch, [](FixBuilder &b, const Finding &) { return fixes::alignCodebases(b); }},
        {rule::AppNoCodebase, [](FixBuilder &b, const Finding &f) { return fixes::addCodebase(b, first(f)); }},
        {rule::DuplicateAddress, fixDuplicateAddress},
        {rule::CacheExposed, [](FixBuilder &b, const Finding &f) { return fixes::unexposeCache(b, first(f)); }},
        {rule::CacheUnused, [](FixBuilder &b, const Finding &f) { return fixes::linkAppsToCache(b, first(f)); }},
        {rule::CacheSingle, [](FixBuilder &b, const Finding &f) { return fixes::addSecondCache(b, first(f)); }},
    };
    return table;
}

const FixEntry *entryFor(const QString &rule)
{
    for (const FixEntry &e : fixTable())
        if (rule == QLatin1String(e.rule))
            return &e;
    return nullptr;
}

} // namespace

std::optional<FocusFix> focusFix(const Finding &finding)
{
    if (finding.rule != QLatin1String(rule::PropMissing) || finding.nodes.size() != 1 || finding.property.isEmpty())
        return std::nullopt;
    return FocusFix{finding.nodes.constFirst(), finding.property};
}

bool canFix(const Finding &finding) { return entryFor(finding.rule) != nullptr || focusFix(finding).has_value(); }

bool canFix(DesignModel *model, const Finding &finding)
{
    if (const auto focus = focusFix(finding))
        return model && model->node(focus->node);
    return makeFix(model, finding) != nullptr;
}

std::unique_ptr<QUndoCommand> makeFix(DesignModel *model, const Finding &finding)
{
    const FixEntry *e = entryFor(finding.rule);
    if (!e || !model)
        return nullptr;
    const RuleInfo *info = findRule(finding.rule);
    FixBuilder b(model, QCoreApplication::translate("sw::Rules", "Quick fix: %1")
                            .arg(info ? info->titleText() : finding.rule));
    if (!e->fn(b, finding))
        return nullptr;
    return b.finish();
}

} // namespace sw
