// The rule checks, grouped by topic, one source file per group. Each adds
// its findings to the sink; the validator runs them all and then applies
// the profile and the design's suppressions.
#pragma once

#include "core/rules/findingsink.h"
#include "core/rules/rulecatalog.h"
#include "core/rules/rulecontext.h"

namespace sw::checks {

// rules_paths.cpp: SPOF, NO-REQUEST-PATH, DB-EXPOSED, WEB-WITHOUT-APP
void paths(const RuleContext &c, FindingSink &out);
// rules_tls.cpp: NO-HTTPS, TLS-ENDS-AT-LB, DNS-MISSING, HTTP-NO-REDIRECT, CERT-NOT-ON-ALL-MEMBERS
void tls(const RuleContext &c, FindingSink &out);
// rules_firewall.cpp: NO-FIREWALL, FIREWALL-BLOCKS-LINK, FIREWALL-UNUSED-PORT, DB-PORT-PUBLIC, SSH-OPEN-TO-WORLD
void firewalls(const RuleContext &c, FindingSink &out);
// The "allow" entries of a firewall that no link uses (FIREWALL-UNUSED-PORT).
QStringList unusedFirewallRules(const RuleContext &c, const Node *fw);
// rules_servers.cpp: NO-MONITORING, TIERS-NOT-SEPARATED, LB-NOT-CLUSTERED, CLUSTER-NO-VIP,
// CLUSTER-BOTH-ACTIVE, CODEBASE-MISMATCH, APP-NO-CODEBASE
void servers(const RuleContext &c, FindingSink &out);
// rules_data.cpp: DB-SINGLE-WRITER, REPLICA-WITHOUT-PRIMARY, MULTIPLE-PRIMARIES
void data(const RuleContext &c, FindingSink &out);
// rules_drafts.cpp: PROP-MISSING of one node (it depends on nothing else),
// DUPLICATE-ADDRESS
void propMissing(const Node &n, FindingSink &out);
void duplicates(const RuleContext &c, FindingSink &out);
// The form of an address DUPLICATE-ADDRESS compares: one machine however its
// address is written (2001:db8::1 and 2001:DB8:0::1).
QString addressKey(const QString &address);
// rules_profile.cpp: the PROFILE-* requirements the profile checks.
void profile(const RuleContext &c, const QString &profile, FindingSink &out);
// rules_cache.cpp: CACHE-EXPOSED, CACHE-UNUSED, CACHE-SINGLE
void cache(const RuleContext &c, FindingSink &out);

} // namespace sw::checks

// Each rule file's entries of the rule catalog, defined next to its checks.
// A new rule file adds its function here and to rulecatalog.cpp's list.
namespace sw::catalog {
QVector<RuleInfo> paths();
QVector<RuleInfo> tls();
QVector<RuleInfo> firewalls();
QVector<RuleInfo> servers();
QVector<RuleInfo> data();
QVector<RuleInfo> drafts();
QVector<RuleInfo> profile();
QVector<RuleInfo> cache();
} // namespace sw::catalog
