// The re-check after an edit of one firewall's "allow" rules: instead of the
// whole firewall group (rules_firewall.cpp, about 10 ms at 10k nodes), only
// the findings about that firewall and the links through its gate are made
// again and put in place of their old ones in the group's findings, in the
// order the group makes them (NO-FIREWALL, FIREWALL-BLOCKS-LINK by link and
// gate, FIREWALL-UNUSED-PORT, DB-PORT-PUBLIC, SSH-OPEN-TO-WORLD by firewall,
// then SSH links from the internet). The checks are the full pass's own for
// one firewall (firewallchecks.h); test_rules_incremental compares the result
// with full validations after random edits.
#pragma once

#include "core/rules/rulegroups.h"

namespace sw {

class RuleContext;

namespace checks {
// Updates `group` (the firewall group's findings on this context before the
// edit) for an edit of the "allow" rules of the firewall with this index,
// which the context has already parsed again. False when it cannot tell:
// then `group` is left in pieces and the group must run again. Else sets
// *change to the part of `group` that changed.
bool recheckFirewallAllow(const RuleContext &c, int firewall, Findings &group, FindingsChange *change);
} // namespace checks

} // namespace sw
