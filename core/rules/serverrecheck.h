// The re-check of the servers group (rules_servers.cpp) after a label edit.
// No rule decides anything by a label, and the group's messages show only
// the label of the node a finding is about (a server, load balancer, cluster
// or application server): so only that node's findings are made again, with
// the full pass's own checks for one node (serverchecks.h), and put in place
// of the old ones. Instead of the whole group (2 to 3 ms at 10k nodes)
// it costs microseconds.
// test_rules_incremental compares the result with full validations after
// random edits, tricky labels among them.
#pragma once

#include "core/rules/rulegroups.h"

#include <utility>
#include <vector>

namespace sw {

class RuleContext;

namespace checks {
// The findings of the servers group's `group` (made on this context before
// the edit) that change when the node with this index got another label:
// their indexes in `group` and the findings made again, appended to
// *replace. False when it cannot tell (then the group must run again).
bool recheckServersLabel(const RuleContext &c, int node, const Findings &group,
                         std::vector<std::pair<size_t, Finding>> *replace);
} // namespace checks

} // namespace sw
