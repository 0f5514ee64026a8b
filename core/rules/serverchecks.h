// The servers group's checks for one server, load balancer, cluster or
// application server (rules_servers.cpp). The full pass runs them over the
// whole design; the re-check after a label edit (serverrecheck.cpp) runs
// them for the edited node only, so both make the very same findings.
#pragma once

#include "core/rules/findingsink.h"
#include "core/rules/rulecontext.h"

#include <QSet>

#include <vector>

namespace sw::checks::srv {

// NO-MONITORING of one server.
void noMonitoring(const RuleContext &c, const Node *server, FindingSink &out);

// The tiers' titles, translated once per pass when first needed.
struct TierTitles {
    QString title[3];
};
// TIERS-NOT-SEPARATED of one server.
void tiersNotSeparated(const RuleContext &c, const Node *server, TierTitles &titles, FindingSink &out);

// LB-NOT-CLUSTERED: one finding per place (a load balancer's server, or the
// load balancer itself when on none), about the first load balancer there
// (by node index) that is not clustered.
const Node *lbPlace(const RuleContext &c, const Node *lb);
// Is it (or its server) in a cluster with members on two servers or more?
// `twoServers`: by cluster index, -1 not decided yet (as many as nodes).
bool lbClustered(const RuleContext &c, const Node *lb, std::vector<signed char> &twoServers);
// The finding about `lb` at `place`.
void lbNotClustered(const Node *lb, const Node *place, FindingSink &out);

// CLUSTER-NO-VIP of one cluster.
void clusterNoVip(const Node *cluster, FindingSink &out);

// The targets of the design's DNS records; CLUSTER-BOTH-ACTIVE of one cluster.
QSet<QString> dnsTargets(const RuleContext &c);
void clusterBothActive(const RuleContext &c, const Node *cluster, const QSet<QString> &dnsTargets, FindingSink &out);

// APP-NO-CODEBASE of one application server.
void appNoCodebase(const RuleContext &c, const Node *app, FindingSink &out);

} // namespace sw::checks::srv
