// The cache (Redis or Memcached) the application servers ask before the
// database: package, configuration (private address, password), service.
#include "exporters/bundle/concerns/concerns_p.h"

namespace sw::bundle {

namespace {

class CacheConcern : public Concern {
public:
    QString id() const override { return concern::cache(); }
    QString title() const override { return QStringLiteral("cache"); }
    QString inventoryGroup() const override { return QStringLiteral("cache_servers"); }
    // Before the application servers that use it.
    QVector<Play> plays(const StackConfig &, const InventoryGroups &groups) const override
    {
        return {standardPlay(35, QStringLiteral("Set up the caches"), inventoryGroup(), false, groups)};
    }
};

} // namespace

std::unique_ptr<Concern> makeCacheConcern() { return std::make_unique<CacheConcern>(); }

} // namespace sw::bundle
