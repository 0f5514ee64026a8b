// Keeps the validation of a DesignModel's design up to date, fed by the
// model's change signals: a move re-checks nothing; a property re-checks the
// groups of rules that read it (and that node's PROP-MISSING) on the rule
// context already built, an address or host name the duplicates only when
// the value was or becomes shared (SharedValueIndex), a firewall's "allow"
// only that firewall and the links through its gate (recheckFirewallAllow);
// a label re-checks only the groups whose findings show its old text (labels
// only ever appear in messages), of the servers group only the findings about
// that node (recheckServersLabel), of the firewall group only those of the one
// firewall that shows it (firewallsShowingLabel, recheckFirewallAllow). Of a group checked again only the findings
// that changed are finished and merged into the result again. An edit of the
// structure (nodes, links, parents, kinds, or a property the context
// indexes) builds the context again. The result always equals
// Validator::validate(model->design()) (test_rules_incremental).
#pragma once

#include "core/rules/rulegroups.h"
#include "core/rules/sharedvalueindex.h"

#include <QObject>
#include <QSet>
#include <memory>
#include <optional>

namespace sw {

class DesignModel;
class RuleContext;

class IncrementalValidator : public QObject {
    Q_OBJECT
public:
    explicit IncrementalValidator(const DesignModel *model, QObject *parent = nullptr);
    ~IncrementalValidator() override;

    // The validation of the design as it is now (the design's own profile).
    const ValidationResult &result();
    // Forget everything (after a change of language, say): the next result()
    // validates in full.
    void invalidate() { m_full = true; }

    // What the last result() had to do, for tests and benchmarks.
    enum class Work { Nothing, Finish, Groups, Full };
    Work lastWork() const { return m_lastWork; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onProperty(const QString &id, const QString &key);
    void onLabel(const QString &id);
    void onNodeChanged(const QString &id);
    void markGroups(unsigned groups);
    // The groups whose findings of the last result may show the label the
    // node with this index had then (a message containing it), but those of
    // `skip` (re-checked by other means).
    unsigned groupsShowing(int node, unsigned skip) const;
    void validateAll();
    // Puts the findings of the sources re-run (all of them when `all`) into
    // m_result in place of their old ones, keeping the order of a full
    // validation, without copying the findings of the others.
    // `before`: the findings the groups re-run had (null: all of them new).
    // `known`: groups whose change is known (their `before` is not kept).
    using KnownChanges = std::array<std::optional<checks::FindingsChange>, checks::kGroupCount>;
    void assemble(bool all, unsigned groups, const std::vector<int> &nodes, const checks::GroupFindings *before,
                  const KnownChanges *known);

    const DesignModel *m_model;
    std::unique_ptr<RuleContext> m_context;
    checks::GroupFindings m_groups;
    std::vector<Findings> m_missing; // PROP-MISSING, by node index
    ValidationResult m_result;
    // Where each finding of m_result comes from, parallel to its findings:
    // their order is that of (key, source, node), as a full validation's.
    struct Tag {
        int key;    // FindingFinisher's sort key
        int source; // rank in concatFindings()'s order: groups, PROP-MISSING at Data + 1
        int node;   // PROP-MISSING: the node's index; a group: the finding's index in it
        bool operator<(const Tag &o) const
        {
            return key != o.key ? key < o.key : source != o.source ? source < o.source : node < o.node;
        }
    };
    std::vector<Tag> m_tags;
    std::unique_ptr<FindingFinisher> m_finisher;
    std::array<QHash<QString, int>, checks::kGroupCount> m_groupSuppressed;
    QHash<QString, int> m_missingSuppressed; // of every node
    QString m_profile;

    bool m_full = true;     // rebuild the context, check everything
    unsigned m_dirty = 0;   // groups to check again (bit per checks::Group)
    bool m_finish = false;  // put the result together again
    QSet<QString> m_dirtyNodes; // PROP-MISSING to check again
    QSet<QString> m_dirtyAllow; // firewalls whose "allow" the context parses again
    QSet<QString> m_dirtyLabels; // nodes whose label changed since the last result
    SharedValueIndex m_sharedValues; // DUPLICATE-ADDRESS's values, kept up to date
    bool m_sharedValuesBuilt = false;
    std::vector<QString> m_shown; // displayLabel() of every node at the last result, by index
    QString m_explained;    // the node whose nodeChanged() a finer signal explained
    Work m_lastWork = Work::Full;
};

} // namespace sw
