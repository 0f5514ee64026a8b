#include "core/rules/validator.h"

#include "core/rules/profiles.h"
#include "core/rules/rulecatalog.h"
#include "core/rules/rulechecks.h"

#include <QCoreApplication>
#include <algorithm>

namespace sw {

namespace {
// Translated message formats, looked up once per validation (a design with
// thousands of findings would otherwise translate the same text thousands
// of times). Per thread; cleared after each validation so a language change
// shows in the next one.
thread_local QHash<const char *, QString> *t_texts = nullptr;

struct TextCache {
    QHash<const char *, QString> texts;
    TextCache() { t_texts = &texts; }
    ~TextCache() { t_texts = nullptr; }
};
} // namespace

QString ruleText(const char *source)
{
    if (!t_texts)
        return QCoreApplication::translate("sw::Rules", source);
    auto it = t_texts->constFind(source);
    if (it == t_texts->constEnd())
        it = t_texts->insert(source, QCoreApplication::translate("sw::Rules", source));
    return *it;
}

const FindingSink::Cached &FindingSink::cached(const char *rule)
{
    for (const Cached &c : m_cache)
        if (c.rule == rule)
            return c;
    Cached c{rule, QString::fromLatin1(rule), {}, {}, Severity::Warning};
    for (const Cached &other : m_cache)
        if (other.id == c.id) // the same id from another translation unit
            c = other;
    if (const RuleInfo *info = findRule(c.id); info && c.why.isEmpty()) {
        c.severity = info->severity;
        c.why = info->whyText();
        c.fix = info->fixText();
    }
    c.rule = rule;
    m_cache.push_back(c);
    return m_cache.back();
}

void FindingSink::add(const char *rule, QStringList nodes, QString message)
{
    const Cached &c = cached(rule);
    Finding f;
    f.rule = c.id;
    f.severity = c.severity;
    f.why = c.why;
    f.fix = c.fix;
    f.nodes = std::move(nodes);
    f.message = std::move(message);
    m_findings.push_back(std::move(f));
}

void FindingSink::add(const char *rule, QStringList nodes, QString message, QString property)
{
    add(rule, std::move(nodes), std::move(message));
    m_findings.back().property = std::move(property);
}

int ValidationResult::count(Severity s) const
{
    return int(std::count_if(findings.begin(), findings.end(), [s](const Finding &f) { return f.severity == s; }));
}

QHash<QString, Severity> ValidationResult::worstByNode() const
{
    QHash<QString, Severity> out;
    for (const Finding &f : findings)
        for (const QString &id : f.nodes) {
            auto it = out.find(id);
            if (it == out.end())
                out.insert(id, f.severity);
            else if (int(f.severity) > int(*it))
                *it = f.severity;
        }
    return out;
}

ValidationResult Validator::validate(const Design &design, const QString &profileName)
{
    ValidationResult result;
    QString name = profileName.isEmpty() ? design.profile : profileName;
    const ProfileInfo *profile = findProfile(name);
    result.profile = profile ? name : QString();

    const TextCache texts;
    const RuleContext context(design);
    FindingSink sink;
    checks::paths(context, sink);
    checks::tls(context, sink);
    checks::firewalls(context, sink);
    checks::servers(context, sink);
    checks::data(context, sink);
    checks::drafts(context, sink);
    checks::cache(context, sink);
    if (profile)
        checks::profile(context, result.profile, sink);

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
    Findings &all = sink.findings();
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
