#include "core/rules/rulegroups.h"

#include "core/rules/profiles.h"
#include "core/rules/rulecatalog.h"
#include "core/rules/rulechecks.h"

#include <QSet>
#include <algorithm>

namespace sw {

namespace checks {

void runGroup(Group g, const RuleContext &c, const QString &profile, FindingSink &out)
{
    switch (g) {
    case Group::Paths:
        paths(c, out);
        return;
    case Group::Tls:
        tls(c, out);
        return;
    case Group::Firewalls:
        firewalls(c, out);
        return;
    case Group::Servers:
        servers(c, out);
        return;
    case Group::Data:
        data(c, out);
        return;
    case Group::Duplicates:
        duplicates(c, out);
        return;
    case Group::Cache:
        cache(c, out);
        return;
    case Group::Profile:
        if (findProfile(profile))
            checks::profile(c, profile, out);
        return;
    }
}

bool contextReads(const QString &key)
{
    // rulecontext.cpp's constructor and requestgraph.cpp.
    static const QSet<QString> keys{QStringLiteral("members"), QStringLiteral("installed_on"), QStringLiteral("role"),
                                    QStringLiteral("replicates_from"), QStringLiteral("domain"), QStringLiteral("allow")};
    return keys.contains(key);
}

bool groupReads(Group g, const QString &key)
{
    // The keys each group's file (and the RuleContext walks it calls) read
    // besides those of contextReads(). test_rules_incremental proves these
    // lists by comparing re-checks with full validations after random edits.
    // Paths: nextServices() walks through load balancers without reading "tls".
    static const QSet<QString> tls{QStringLiteral("tls"), QStringLiteral("target"), QStringLiteral("http_redirect")};
    static const QSet<QString> firewalls{QStringLiteral("ssh_port")};
    static const QSet<QString> servers{QStringLiteral("reports_to"), QStringLiteral("vip"), QStringLiteral("target"),
                                       QStringLiteral("mode"), QStringLiteral("repository"), QStringLiteral("branch")};
    static const QSet<QString> duplicates{QStringLiteral("address"), QStringLiteral("hostname")};
    static const QSet<QString> profile{QStringLiteral("repository"), QStringLiteral("branch")};
    switch (g) {
    case Group::Paths:
        return false;
    case Group::Tls:
        return tls.contains(key);
    case Group::Firewalls:
        return firewalls.contains(key);
    case Group::Servers:
        return servers.contains(key);
    case Group::Data:
        return false;
    case Group::Duplicates:
        return duplicates.contains(key);
    case Group::Cache:
        return true; // rules_cache.cpp reads the design directly: every key, to be safe
    case Group::Profile:
        return profile.contains(key);
    }
    return true;
}

} // namespace checks

QString effectiveProfile(const Design &design, const QString &profileName)
{
    const QString name = profileName.isEmpty() ? design.profile : profileName;
    return findProfile(name) ? name : QString();
}

Findings concatFindings(const checks::GroupFindings &groups, const std::vector<Findings> &missingByNode)
{
    size_t total = 0;
    for (const Findings &f : groups)
        total += f.size();
    for (const Findings &f : missingByNode)
        total += f.size();
    Findings all;
    all.reserve(total);
    auto append = [&all](const Findings &f) { all.insert(all.end(), f.begin(), f.end()); };
    for (int g = 0; g <= int(checks::Group::Data); ++g)
        append(groups[size_t(g)]);
    for (const Findings &f : missingByNode)
        append(f);
    for (int g = int(checks::Group::Data) + 1; g < checks::kGroupCount; ++g)
        append(groups[size_t(g)]);
    return all;
}

ValidationResult finishValidation(const Design &design, const QString &profileName, Findings all)
{
    ValidationResult result;
    result.profile = profileName;
    const ProfileInfo *profile = findProfile(profileName);
    QSet<QString> off;
    for (const Suppression &s : design.suppressions)
        off.insert(s.rule);
    // Decide once per rule (not per finding): switched off? severity? order?
    struct PerRule {
        bool off;
        Severity severity;
        int order;
    };
    QHash<QString, PerRule> perRule;
    std::vector<std::pair<int, size_t>> keys; // (sort key, finding index)
    keys.reserve(all.size());
    QString lastRule;
    auto it = perRule.end();
    for (size_t i = 0; i < all.size(); ++i) {
        Finding &f = all[i];
        if (it == perRule.end() || f.rule != lastRule) // findings come in runs of one rule
            it = perRule.find(f.rule);
        lastRule = f.rule;
        if (it == perRule.end()) {
            const RuleInfo *info = findRule(f.rule);
            const int order = info ? int(info - ruleCatalog().data()) : int(ruleCatalog().size());
            it = perRule.insert(f.rule, {off.contains(f.rule), profile ? profile->severityOf(f.rule, f.severity) : f.severity, order});
        }
        if (it->off) {
            ++result.suppressed;
            ++result.suppressedByRule[f.rule];
            continue;
        }
        f.severity = it->severity;
        keys.emplace_back((2 - int(f.severity)) * 1000 + it->order, i);
    }
    std::stable_sort(keys.begin(), keys.end(),
                     [](const std::pair<int, size_t> &a, const std::pair<int, size_t> &b) { return a.first < b.first; });
    result.findings.reserve(keys.size());
    for (const auto &k : keys)
        result.findings.push_back(std::move(all[k.second]));
    return result;
}

} // namespace sw
