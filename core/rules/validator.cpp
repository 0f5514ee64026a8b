#include "core/rules/validator.h"

#include "core/rules/profiles.h"
#include "core/rules/rulecatalog.h"
#include "core/rules/rulechecks.h"
#include "core/rules/rulegroups.h"

#include <QCoreApplication>
#include <algorithm>
#include <memory>

namespace sw {

namespace {
// Translated message formats, looked up once per validation (a design with
// thousands of findings would otherwise translate the same text thousands
// of times). Per thread; cleared after each validation so a language change
// shows in the next one.
thread_local std::unique_ptr<QHash<const char *, QString>> t_texts;
thread_local int t_textsDepth = 0;
} // namespace

RuleTexts::RuleTexts()
{
    if (t_textsDepth++ == 0)
        t_texts = std::make_unique<QHash<const char *, QString>>();
}

RuleTexts::~RuleTexts()
{
    if (--t_textsDepth == 0)
        t_texts.reset();
}

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
    const QString profile = effectiveProfile(design, profileName);
    const RuleTexts texts;
    const RuleContext context(design);
    FindingSink sink;
    // About one finding per node in a typical design: grow the list once.
    sink.findings().reserve(design.nodes().size() + design.links().size() / 2);
    // The order of concatFindings(): the groups up to Data, PROP-MISSING, the rest.
    using checks::Group;
    for (Group g : {Group::Paths, Group::Tls, Group::Firewalls, Group::Servers, Group::Data})
        checks::runGroup(g, context, profile, sink);
    for (const Node &n : design.nodes())
        checks::propMissing(n, sink);
    for (Group g : {Group::Duplicates, Group::Cache, Group::Profile})
        checks::runGroup(g, context, profile, sink);
    return finishValidation(design, profile, std::move(sink.findings()));
}

} // namespace sw
