// Children lists and request tiers of a design, computed once (Design::children()
// scans every node, too slow inside loops over 10,000 nodes).
#pragma once

#include "core/model/design.h"

#include <QHash>

namespace sw {

enum class Tier { Internet = 0, Entry = 1, Web = 2, App = 3, Data = 4, Outside = 5 };

class DesignIndex {
public:
    explicit DesignIndex(const Design &design);

    const QStringList &children(const QString &id) const;
    // Internet; entry (cluster, load balancer, network firewall); web; app
    // (app server, codebase); data (database); outside (dns, certificate,
    // monitoring service, note, zone). A server takes its earliest service's tier.
    Tier tier(const QString &id) const { return m_tier.value(id, Tier::Outside); }
    // Top-level ancestor (the node itself when it has no parent).
    QString topLevel(const QString &id) const;

private:
    const Design &m_design;
    QHash<QString, QStringList> m_children;
    QHash<QString, Tier> m_tier;
};

} // namespace sw
