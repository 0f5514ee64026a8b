// Capacity: the expected load (the `load` of every `internet` node that can
// still be served, in requests per second) against the `capacity` of the
// servers on the request paths.
//
// Every request passes each tier once, so each tier carries the whole load.
// A tier's capacity is the sum of its servers' capacities; a server that
// holds several tiers shares its capacity evenly between them; the standby
// members of an active-passive cluster carry nothing (only the active one
// counts). Load is spread over a tier in proportion to capacity, so each
// server of a tier runs at the tier's utilization. The bottleneck is the tier
// with the highest utilization.
#pragma once

#include "core/analysis/availability.h"

#include <QHash>

namespace sw {

struct TierLoad {
    Tier tier = Tier::Entry;
    double load = 0;          // req/s
    double capacity = 0;      // req/s
    double utilization = 0;   // load / capacity (1.0 = full); 0 when the tier is empty
    QStringList servers;      // servers that carry this tier's load
    QStringList nodes;        // the tier's active request-path services
};

struct CapacityResult {
    double load = 0;
    QVector<TierLoad> tiers;          // the four tiers, always
    int bottleneck = -1;              // index into tiers, -1 when nothing carries load
    QStringList bottleneckIds;        // the bottleneck tier's servers and services
    QHash<QString, double> serverUtilization;
};

CapacityResult computeCapacity(const Design &design, const RequestGraph &graph,
                               const QSet<QString> &failedUnits = {});

} // namespace sw
