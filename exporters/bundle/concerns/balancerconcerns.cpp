// The load balancers: HAProxy, and keepalived moving a cluster's virtual
// address between its members (VRRP).
#include "exporters/bundle/concerns/concerns_p.h"

namespace sw::bundle {

namespace {

class HaproxyConcern : public Concern {
public:
    QString id() const override { return concern::haproxy(); }
    QString title() const override { return QStringLiteral("HAProxy"); }
    QVector<Play> plays(const StackConfig &, const InventoryGroups &groups) const override
    {
        return {standardPlay(70, QStringLiteral("Set up the load balancers"), tierGroup(Tier::LoadBalancer), true, groups)};
    }
};

class KeepalivedConcern : public Concern {
public:
    QString id() const override { return concern::keepalived(); }
    QString title() const override { return QStringLiteral("keepalived"); }
    QString inventoryGroup() const override { return QStringLiteral("vrrp_members"); }
    QVector<Play> plays(const StackConfig &, const InventoryGroups &groups) const override
    {
        return {standardPlay(80, QStringLiteral("Set up VRRP between the cluster members"), inventoryGroup(), true, groups)};
    }
};

} // namespace

std::unique_ptr<Concern> makeHaproxyConcern() { return std::make_unique<HaproxyConcern>(); }
std::unique_ptr<Concern> makeKeepalivedConcern() { return std::make_unique<KeepalivedConcern>(); }

} // namespace sw::bundle
