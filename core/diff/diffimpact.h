// What a change does (issue 18): the findings that appear and disappear (by
// rule id and node, old nodes named through the match), the availability
// and nines before and after, and the single points of failure gained and
// lost. Runs the validator and the availability model on both designs.
#pragma once

#include "core/diff/designdiff.h"
#include "core/rules/finding.h"

namespace sw {

struct FindingDelta {
    QString rule;
    Severity severity = Severity::Warning;
    QStringList nodes;      // in the design the finding comes from
    QString message;
    QString key() const;    // "SPOF web-1" (rule and nodes), for tests
};

struct DiffImpact {
    QString profileBefore, profileAfter;
    QVector<FindingDelta> appeared;     // in the new design only
    QVector<FindingDelta> disappeared;  // in the old design only
    double availabilityBefore = 0, availabilityAfter = 0;
    double ninesBefore = 0, ninesAfter = 0;
    bool reachableBefore = false, reachableAfter = false;
    QStringList spofGained;   // new ids
    QStringList spofLost;     // old ids

    bool availabilityChanged() const;
    bool isEmpty() const
    {
        return appeared.isEmpty() && disappeared.isEmpty() && !availabilityChanged() && spofGained.isEmpty()
               && spofLost.isEmpty();
    }
};

DiffImpact diffImpact(const Design &oldDesign, const Design &newDesign, const DesignDiff &diff);

// "99.9 % (3.00 nines)" (translated).
QString availabilityText(double availability, double nines);

} // namespace sw
