// The validator's work in groups (one per rules_*.cpp file, PROP-MISSING per
// node), with what each group reads beyond the rule context's indexes, so an
// incremental re-check (IncrementalValidator) knows which groups an edit can
// change; and the last step every validation shares: the profile's
// severities, the design's switched-off rules and the order of the findings.
#pragma once

#include "core/rules/findingsink.h"
#include "core/rules/validator.h"

#include <QHash>
#include <QSet>
#include <array>

namespace sw {

class RuleContext;
struct Node;
struct ProfileInfo;

namespace checks {

// In the order a full validation runs them. PROP-MISSING is not a group: it
// depends only on one node and is checked node by node (checks::propMissing).
enum class Group { Paths, Tls, Firewalls, Servers, Data, Duplicates, Cache, Profile };
constexpr int kGroupCount = int(Group::Profile) + 1;
using GroupFindings = std::array<Findings, kGroupCount>;
// What an update of a group's findings changed: the findings before `from`
// stayed, [from, oldTo) of the old ones became [from, newTo) of the new,
// those from oldTo on stayed (from newTo on).
struct FindingsChange {
    size_t from = 0, oldTo = 0, newTo = 0;
};

// Runs one group (Profile: only with a profile of profileCatalog()).
void runGroup(Group g, const RuleContext &c, const QString &profile, FindingSink &out);
// Does the rule context (its indexes and the request graph) read this
// property? Then an edit of it rebuilds the context and re-checks everything.
bool contextReads(const QString &key);
// Does a group read this property (of any node) itself?
bool groupReads(Group g, const QString &key);

} // namespace checks

// The findings of all groups and of every node's PROP-MISSING, in the order
// of a full validation (groups up to Data, PROP-MISSING, the rest).
Findings concatFindings(const checks::GroupFindings &groups, const std::vector<Findings> &missingByNode);
// What finishing does to one finding: is its rule switched off (by the
// design's suppressions), its severity under the profile, and its sort key
// (errors first, then the catalog's order of rules). Decided once per rule and
// severity. finishValidation() sorts stably by the key.
class FindingFinisher {
public:
    FindingFinisher(const Design &design, const QString &profile);
    // False: the rule is switched off. Else sets f's severity and *key.
    bool finish(Finding &f, int *key);
    // Is any rule switched off? Is this one?
    bool anyOff() const { return !m_off.isEmpty(); }
    bool isOff(const QString &rule) const { return m_off.contains(rule); }

private:
    struct PerRule {
        bool off;
        int order;
        int key[3]; // by the finding's own severity; -1: not decided yet
        Severity severity[3];
    };
    const ProfileInfo *m_profile;
    QSet<QString> m_off;
    QHash<QString, PerRule> m_perRule;
    QString m_lastRule;
    QHash<QString, PerRule>::iterator m_last;
};

// Findings in that order made into a result: `profile` (a name of
// profileCatalog() or empty) decides severities, the design's suppressions
// switch rules off, errors come first.
ValidationResult finishValidation(const Design &design, const QString &profile, Findings all);

// While one lives, rule messages are translated once per text (ruleText()).
class RuleTexts {
public:
    RuleTexts();
    ~RuleTexts();
    RuleTexts(const RuleTexts &) = delete;
    RuleTexts &operator=(const RuleTexts &) = delete;
};

// The profile a validation with `profileName` uses (empty: the design's own),
// or empty when none.
QString effectiveProfile(const Design &design, const QString &profileName);

} // namespace sw
