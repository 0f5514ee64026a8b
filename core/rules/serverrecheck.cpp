#include "core/rules/serverrecheck.h"

#include "core/rules/ruleids.h"
#include "core/rules/serverchecks.h"

#include <cstdint>

namespace sw::checks {

bool recheckServersLabel(const RuleContext &c, int node, const Findings &group,
                         std::vector<std::pair<size_t, Finding>> *replace)
{
    const Design &d = c.design();
    if (node < 0 || node >= int(d.nodes().size()))
        return false;
    const Node *n = &c.at(node);

    // The one finding of `rule` about `about` (its first node); SIZE_MAX:
    // none. False when there are several.
    auto findAbout = [&](const char *rule, const QString &about, size_t *at) {
        *at = SIZE_MAX;
        for (size_t i = 0; i < group.size(); ++i) {
            const Finding &f = group[i];
            if (f.nodes.isEmpty() || f.nodes.first() != about || f.rule != QLatin1String(rule))
                continue;
            if (*at != SIZE_MAX)
                return false;
            *at = i;
        }
        return true;
    };
    // Puts what a check made again (one finding or none) in place of the
    // old one; the number must not change.
    auto put = [&](const char *rule, const QString &about, FindingSink &made) {
        size_t at = SIZE_MAX;
        if (!findAbout(rule, about, &at))
            return false;
        if (made.findings().size() != (at == SIZE_MAX ? 0u : 1u))
            return false;
        if (at != SIZE_MAX)
            replace->emplace_back(at, std::move(made.findings().front()));
        return true;
    };

    if (n->kind == Kind::Server) {
        FindingSink monitoring, tiers;
        srv::noMonitoring(c, n, monitoring);
        srv::TierTitles titles;
        srv::tiersNotSeparated(c, n, titles, tiers);
        return put(rule::NoMonitoring, n->id, monitoring) && put(rule::TiersNotSeparated, n->id, tiers);
    }
    if (n->kind == Kind::Cluster) {
        FindingSink noVip, bothActive;
        srv::clusterNoVip(n, noVip);
        srv::clusterBothActive(c, n, srv::dnsTargets(c), bothActive);
        return put(rule::ClusterNoVip, n->id, noVip) && put(rule::ClusterBothActive, n->id, bothActive);
    }
    if (n->kind == Kind::AppServer) {
        FindingSink made;
        srv::appNoCodebase(c, n, made);
        return put(rule::AppNoCodebase, n->id, made);
    }
    if (n->kind == Kind::LoadBalancer) {
        // The finding of its place names the first load balancer there that
        // is not clustered: is that this one?
        const Node *place = srv::lbPlace(c, n);
        std::vector<signed char> twoServers(d.nodes().size(), -1);
        const Node *named = nullptr;
        for (const Node *lb : c.ofKind(Kind::LoadBalancer))
            if (srv::lbPlace(c, lb) == place && !srv::lbClustered(c, lb, twoServers)) {
                named = lb;
                break;
            }
        FindingSink made;
        if (named == n)
            srv::lbNotClustered(n, place, made);
        else if (named)
            return true; // another one's finding: this label is not in it
        return put(rule::LbNotClustered, place->id, made);
    }
    // The group shows no other node's label (CODEBASE-MISMATCH none).
    return true;
}

} // namespace sw::checks
