// Where rule checks put their findings: fills in the catalog's default
// severity, why and fix, so a check only says which rule, which nodes, what.
#pragma once

#include "core/rules/finding.h"

namespace sw {

class FindingSink {
public:
    void add(const char *rule, QStringList nodes, QString message);
    // The same, about one property of the node (Finding::property).
    void add(const char *rule, QStringList nodes, QString message, QString property);
    Findings &findings() { return m_findings; }

private:
    struct Cached {
        const char *rule;
        QString id, why, fix;
        Severity severity;
    };
    const Cached &cached(const char *rule);
    Findings m_findings;
    std::vector<Cached> m_cache; // translated texts, once per rule and validation
};

// Translates a rule message (context "sw::Rules"). Pass the literal wrapped
// in QT_TRANSLATE_NOOP("sw::Rules", "...") so lupdate files it there.
QString ruleText(const char *source);

} // namespace sw
