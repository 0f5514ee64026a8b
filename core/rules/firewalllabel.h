// Which firewall's findings show a label, for the re-check after a label
// edit. The firewall group's messages (rules_firewall.cpp) show only the
// label of a finding's first node and, when that is a firewall on a server,
// the server's label ("fw on server"). So a finding whose message contains
// the old label but is about another node is a chance match (a server
// "srv42" in "srv420"), and the findings that do show it are those of one
// firewall: recheckFirewallAllow() makes them again with the new label,
// instead of the whole group (about 10 ms at 10k nodes).
#pragma once

#include "core/rules/finding.h"

#include <QString>
#include <set>

namespace sw {

class RuleContext;

namespace checks {
// Whether a search of the messages for `label` tells where it is shown: not
// empty, and no '%' (a later QString::arg() of a message could have changed it).
inline bool labelSearchable(const QString &label)
{
    return !label.isEmpty() && !label.contains(QLatin1Char('%'));
}

// Adds to *firewalls the node indexes of the firewalls whose findings in
// the firewall group `group` show `oldLabel` as the label of the node with
// index `node`: the node itself if a firewall, or the firewalls on it if a
// server. False when a finding about the node itself that is not a
// firewall's shows it (NO-FIREWALL, an SSH link from the internet), or when
// it cannot tell: then the group must run again (so when `oldLabel` is not
// labelSearchable()).
bool firewallsShowingLabel(const RuleContext &c, int node, const QString &oldLabel, const Findings &group,
                           std::set<int> *firewalls);
} // namespace checks

} // namespace sw
