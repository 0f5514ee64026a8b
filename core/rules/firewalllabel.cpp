#include "core/rules/firewalllabel.h"

#include "core/rules/rulecontext.h"

#include <QStringMatcher>

namespace sw::checks {

bool firewallsShowingLabel(const RuleContext &c, int node, const QString &oldLabel, const Findings &group,
                           std::set<int> *firewalls)
{
    const Design &d = c.design();
    if (node < 0 || node >= int(d.nodes().size()) || !labelSearchable(oldLabel))
        return false;
    const QStringMatcher matcher(oldLabel);
    for (const Finding &f : group) {
        if (matcher.indexIn(f.message) < 0)
            continue;
        const int first = f.nodes.isEmpty() ? -1 : d.nodeIndex(f.nodes.first());
        if (first < 0)
            return false;
        const Node &about = c.at(first);
        if (first == node) {
            if (about.kind != Kind::Firewall)
                return false;
            firewalls->insert(first);
        } else if (about.kind == Kind::Firewall && c.serverIndex(first) == node) {
            firewalls->insert(first);
        }
        // Else about another node: its message shows no label of this one.
    }
    return true;
}

} // namespace sw::checks
