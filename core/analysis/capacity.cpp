#include "core/analysis/capacity.h"
#include "core/model/propertykeys.h"

#include <QSet>
#include <algorithm>
#include <bitset>

namespace sw {

CapacityResult computeCapacity(const Design &design, const RequestGraph &g, const QSet<QString> &failedUnits)
{
    CapacityResult r;
    const std::vector<char> on = g.onPath(failedUnits);
    QSet<QString> alive;
    for (int v = 0; v < g.vertexCount(); ++v)
        if (on[size_t(v)] && !g.vertex(v).node.isEmpty())
            alive.insert(g.vertex(v).node);

    for (const Node *u : design.nodesOfKind(Kind::Internet))
        if (alive.contains(u->id))
            r.load += std::max(0.0, u->propNumber(keys::load));

    // Standby members of active-passive clusters (services or servers).
    QSet<QString> standby;
    for (const Node *c : design.nodesOfKind(Kind::Cluster)) {
        if (c->propString(keys::mode) != QLatin1String("active-passive"))
            continue;
        bool active = false;
        for (const QString &m : c->propList(keys::members)) {
            if (!alive.contains(m))
                continue;
            if (active)
                standby.insert(m);
            active = true;
        }
    }

    // Active request-path services per tier and the tiers each server holds.
    QStringList members[kTierCount];
    QHash<QString, int> tierMask;   // server -> bit per tier it holds
    for (const Node &n : design.nodes()) {
        if (!isService(n.kind) || !alive.contains(n.id))
            continue;
        const int t = tierOfKind(n.kind, false);
        const QString server = design.serverOf(n.id);
        if (t < 0 || standby.contains(n.id) || standby.contains(server))
            continue;
        members[t].append(n.id);
        tierMask[server] |= 1 << t;
    }
    QHash<QString, int> tiersOnServer;
    for (auto it = tierMask.cbegin(); it != tierMask.cend(); ++it)
        tiersOnServer.insert(it.key(), int(std::bitset<kTierCount>(unsigned(it.value())).count()));

    auto capacityOf = [&](const QString &server) {
        const Node *s = design.node(server);
        return s ? std::max(0.0, s->propNumber(keys::capacity)) : 0.0;
    };

    double worst = -1;
    for (int t = 0; t < kTierCount; ++t) {
        TierLoad tl;
        tl.tier = Tier(t);
        tl.nodes = members[t];
        for (const QString &svc : members[t]) {
            const QString server = design.serverOf(svc);
            if (!tl.servers.contains(server)) {
                tl.servers.append(server);
                tl.capacity += capacityOf(server) / std::max(1, tiersOnServer.value(server, 1));
            }
        }
        if (!tl.nodes.isEmpty()) {
            tl.load = r.load;
            tl.utilization = tl.capacity > 0 ? tl.load / tl.capacity : (tl.load > 0 ? 1e9 : 0.0);
            if (tl.load > 0 && tl.utilization > worst) {
                worst = tl.utilization;
                r.bottleneck = t;
            }
        }
        r.tiers.append(tl);
    }
    // Each server runs at the mean utilization of the tiers it holds.
    for (const TierLoad &tl : r.tiers)
        for (const QString &s : tl.servers)
            r.serverUtilization[s] += tl.utilization / std::max(1, tiersOnServer.value(s, 1));
    if (r.bottleneck >= 0) {
        const TierLoad &b = r.tiers[r.bottleneck];
        r.bottleneckIds = b.servers + b.nodes;
    }
    return r;
}

} // namespace sw
