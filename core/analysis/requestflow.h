// The request-flow animation's script: the hops of one request from a user
// through DNS, the virtual address, the active load balancer, the web, app
// and database tiers and back, each with a caption that explains the hop.
// Computed from the design and the request graph, with what-if failures:
// when the active load balancer of a cluster fails, the flow goes through the
// other member and the virtual-address hop explains the VRRP failover.
#pragma once

#include "core/model/requestgraph.h"

#include <QSet>
#include <QStringList>

namespace sw {

struct FlowHop {
    enum class Kind { User, Dns, VirtualAddress, Firewall, LoadBalancer, Web, App, Database, Replication,
                      Response, Service, Unreachable };
    Kind kind = Kind::User;
    QStringList nodes;     // nodes to highlight
    QStringList links;     // links to highlight (the one that leads here)
    QString caption;       // translated explanation
    bool failover = false; // the virtual address moved to another member
};

QVector<FlowHop> requestFlow(const Design &design, const RequestGraph &graph,
                             const QSet<QString> &failedUnits = {});

} // namespace sw
