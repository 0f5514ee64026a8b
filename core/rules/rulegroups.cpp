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
        return false; // rules_cache.cpp reads kinds, parents and links only
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

FindingFinisher::FindingFinisher(const Design &design, const QString &profile)
    : m_profile(findProfile(profile)), m_last(m_perRule.end())
{
    for (const Suppression &s : design.suppressions)
        m_off.insert(s.rule);
}

bool FindingFinisher::finish(Finding &f, int *key)
{
    if (m_last == m_perRule.end() || f.rule != m_lastRule) { // findings come in runs of one rule
        m_last = m_perRule.find(f.rule);
        if (m_last == m_perRule.end()) {
            const RuleInfo *info = findRule(f.rule);
            const int order = info ? int(info - ruleCatalog().data()) : int(ruleCatalog().size());
            m_last = m_perRule.insert(f.rule, {m_off.contains(f.rule), order, {-1, -1, -1}, {}});
        }
        m_lastRule = f.rule;
    }
    PerRule &r = *m_last;
    if (r.off)
        return false;
    const int own = int(f.severity);
    if (r.key[own] < 0) {
        r.severity[own] = m_profile ? m_profile->severityOf(f.rule, f.severity) : f.severity;
        r.key[own] = (2 - int(r.severity[own])) * 1000 + r.order;
    }
    f.severity = r.severity[own];
    *key = r.key[own];
    return true;
}

ValidationResult finishValidation(const Design &design, const QString &profileName, Findings all)
{
    ValidationResult result;
    result.profile = profileName;
    FindingFinisher finisher(design, profileName);
    std::vector<std::pair<int, size_t>> keys; // (sort key, finding index)
    keys.reserve(all.size());
    for (size_t i = 0; i < all.size(); ++i) {
        int key = 0;
        if (!finisher.finish(all[i], &key)) {
            ++result.suppressed;
            ++result.suppressedByRule[all[i].rule];
            continue;
        }
        keys.emplace_back(key, i);
    }
    std::stable_sort(keys.begin(), keys.end(),
                     [](const std::pair<int, size_t> &a, const std::pair<int, size_t> &b) { return a.first < b.first; });
    result.findings.reserve(keys.size());
    for (const auto &k : keys)
        result.findings.push_back(std::move(all[k.second]));
    return result;
}

} // namespace sw
