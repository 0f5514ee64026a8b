// Availability of a design along its request paths (RequestGraph).
//
// What can fail, and how likely it is up:
//   - a server: its `availability` property (catalog default 0.99); when it
//     fails, every service inside it fails with it;
//   - a network firewall: its `availability` (catalog default 0.999);
//   - a service: only when it has an `availability` property of its own (an
//     extension prop kept with the design). The per-kind default for services
//     (serviceDefaultAvailability) is 1.0: the server's figure already covers
//     the software it runs, so a design without per-service figures counts
//     each server once.
// The design is available when a request from `internet` can reach a
// database (tiers in series, redundant servers and cluster members in
// parallel); see reliability.h for the exact method and its approximation.
//
// Tiers: entry (load balancers and network firewalls on the request path),
// web, app and database. A tier is available when at least one of its
// request-path members is up; an empty entry, web or app tier is not on the
// way (1.0), an empty database tier means no request can be served (0.0).
#pragma once

#include "core/model/requestgraph.h"
#include "core/analysis/reliability.h"

#include <QSet>
#include <QStringList>
#include <memory>

namespace sw {

enum class Tier { Entry = 0, Web = 1, App = 2, Database = 3 };
constexpr int kTierCount = 4;
QString tierKey(Tier t);     // "entry", "web", "app", "database" (stable, for JSON)
QString tierTitle(Tier t);   // translated
// The tier of a request-path node kind, or -1.
int tierOfKind(Kind kind, bool networkFirewall);

struct TierAvailability {
    Tier tier = Tier::Entry;
    double availability = 1.0;
    QStringList nodes;         // request-path members (services, network firewalls)
};

struct AvailabilityResult {
    enum class Method { None, Exact, Approximate };
    double availability = 0.0;
    bool reachable = false;    // a request path exists (with the failures)
    Method method = Method::None;
    QVector<TierAvailability> tiers;

    // -log10(1 - A), capped at 12 ("nines").
    double nines() const;
    double downtimeMinutesPerMonth() const;  // a month of 365.25/12 days
    double downtimeHoursPerYear() const;     // a year of 365.25 days
};

// "99.9702 %", "3.5 nines", "13 min 2 s per month" ... (translated).
QString formatPercent(double availability);
QString formatDuration(double minutes);
QString methodName(AvailabilityResult::Method m);  // "exact", "approximate", "none"

double serviceDefaultAvailability(Kind kind);

class AvailabilityModel {
public:
    explicit AvailabilityModel(const Design &design);
    AvailabilityModel(const Design &design, std::shared_ptr<const RequestGraph> graph);

    const RequestGraph &graph() const { return *m_graph; }
    std::shared_ptr<const RequestGraph> sharedGraph() const { return m_graph; }

    // The availability when these failure units (server and network firewall
    // ids, see WhatIf for resolving other ids) are down.
    AvailabilityResult compute(const QSet<QString> &failedUnits = {}) const;
    // Variant with the request-path flags already known (what-if reuses them).
    AvailabilityResult compute(const QSet<QString> &failedUnits, bool reachable) const;

    // The availability of one failure candidate (server, network firewall).
    double unitAvailability(const QString &unitId) const;

private:
    void build(const Design &design);
    VarStates statesFor(const QSet<QString> &failedUnits) const;

    std::shared_ptr<const RequestGraph> m_graph;
    ReliabilityProblem m_problem;          // the nominal request paths only
    int m_unitVars = 0;                    // variables [0, units) are the units
    QStringList m_tierNodes[kTierCount];
    QVector<QVector<int>> m_tierVars[kTierCount];  // per member: its variables
};

} // namespace sw
