// The quick fixes, one function per kind of change, each filling a
// FixBuilder (see quickfix.cpp for which finding uses which). They return
// false when they do not apply to the design.
#pragma once

#include "core/rules/fixbuilder.h"
#include "core/rules/rulecontext.h"

namespace sw::fixes {

// fixes_redundancy.cpp
bool clusterLoadBalancer(FixBuilder &b, const QString &lbOrServer);
bool duplicateUnit(FixBuilder &b, const QString &unit);
bool addReplica(FixBuilder &b, const QString &primaryOrServer);

// fixes_security.cpp
bool addHostFirewall(FixBuilder &b, const QString &server);
bool enableHttps(FixBuilder &b, const QString &entry);
bool allowBlockedLinks(FixBuilder &b, const QStringList &nodes);
bool removeUnusedRules(FixBuilder &b, const QString &firewall);
bool closeWorldPorts(FixBuilder &b, const QString &firewallOrServer, bool database);
bool addRedirect(FixBuilder &b, const QString &entry);
bool installCertOnMembers(FixBuilder &b, const QStringList &nodes);

// fixes_structure.cpp
bool addMonitoring(FixBuilder &b);
bool separateTier(FixBuilder &b, const QString &server);
bool setVip(FixBuilder &b, const QString &cluster);
bool makeActiveActive(FixBuilder &b, const QString &cluster);
bool alignCodebases(FixBuilder &b);
bool addCodebase(FixBuilder &b, const QString &appServer);
bool pointDns(FixBuilder &b);
bool attachReplica(FixBuilder &b, const QString &replica);

// fixes_cache.cpp
bool unexposeCache(FixBuilder &b, const QString &cache);
bool linkAppsToCache(FixBuilder &b, const QString &cache);
bool addSecondCache(FixBuilder &b, const QString &cache);

// Shared helpers.
// Rules the gate's firewalls lack for the links through it in `design`.
QStringList missingRules(const RuleContext &c, const QString &gate);
// Firewall rules naming `oldId` get a twin naming `newId` (a copied server or service).
void twinFirewallRules(FixBuilder &b, const QString &oldId, const QString &newId);
bool holds(const Design &d, const QString &server, Kind kind);

} // namespace sw::fixes
