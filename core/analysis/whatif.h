// Failure what-if: which requests still get through when some nodes fail.
// Never changes the design; build one WhatIf per design state and evaluate
// as many failure sets as needed (each evaluation is O(V+E) plus the
// availability, see reliability.h).
#pragma once

#include "core/analysis/availability.h"

#include <QSet>
#include <QStringList>

namespace sw {

struct WhatIfResult {
    QStringList failed;          // the ids asked for, as given
    QSet<QString> failedUnits;   // the servers and network firewalls that are down
    bool reachable = false;      // a request from internet can still reach a database (a read)
    bool writable = false;       // ... a database that accepts writes (not a replica): a write
    QStringList notes;           // where the model is knowingly simpler than a real stack (translated)
    QSet<QString> survivingNodes;  // nodes on a request path that survives
    QSet<QString> survivingLinks;  // links on a request path that survives
    QStringList servedUsers;     // internet nodes that can still be served
    QStringList lostUsers;       // internet nodes that cannot
    AvailabilityResult availability;  // with the failed units down
};

// A database that accepts writes: any but a replica (role "replica").
bool acceptsWrites(const Node &database);

class WhatIf {
public:
    explicit WhatIf(const Design &design);

    // Maps what the user marked to failure units: a server or network
    // firewall is itself; a service or host firewall is its server; a
    // cluster is all of its members. False with a message naming the id
    // when an id is unknown or cannot fail (internet, dns, certificate,
    // monitoring-service, zone, note, link).
    bool resolve(const QStringList &ids, QSet<QString> *units, QString *error) const;

    // Evaluates one failure set (already resolved to units).
    WhatIfResult evaluate(const QSet<QString> &failedUnits) const;
    // Resolves and evaluates; false on a bad id (see resolve()).
    bool evaluate(const QStringList &ids, WhatIfResult *out, QString *error) const;

    const AvailabilityModel &availabilityModel() const { return m_availability; }
    const RequestGraph &graph() const { return m_availability.graph(); }
    const Design &design() const { return m_design; }

private:
    bool resolveOne(const QString &id, QSet<QString> *units, QString *error, int depth) const;

    Design m_design;
    AvailabilityModel m_availability;
    struct LinkEnds {
        QString id;
        QVector<int> from, to;   // request-graph vertices of the two ends
    };
    std::vector<LinkEnds> m_links;
    QStringList m_users;
    QVector<int> m_writers;      // request-graph vertices of the databases that accept writes
};

// A saved what-if: a name and the ids marked as failed. Stored in
// Design.extensions "scenarios" as [{"name": ..., "failed": [ids]}].
struct Scenario {
    QString name;
    QStringList failed;
    bool operator==(const Scenario &o) const { return name == o.name && failed == o.failed; }
};

QVector<Scenario> scenarios(const Design &design);
// The "scenarios" extension value with `s` added (replacing one of the same name).
QJsonValue scenariosWith(const Design &design, const Scenario &s);
QJsonValue scenariosWithout(const Design &design, const QString &name);

} // namespace sw
