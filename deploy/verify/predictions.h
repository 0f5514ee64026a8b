// What the validator and the what-if analysis predict for the failure of
// each candidate of a design (servers and network firewalls, the request
// graph's failure units), plus the baseline with nothing failed.
#pragma once

#include "deploy/verify/verifymodel.h"

namespace sw {
class Design;
}

namespace sw::verify {

// The baseline first (unit empty), then every candidate in document order.
QVector<Prediction> predict(const Design &design);

// Host names of the servers whose database accepts writes (not a replica):
// a write counts when one of them answered it.
QSet<QString> primaryHosts(const Design &design);

// "https" when the users reach the entry over HTTPS, else "http".
QString entryScheme(const Design &design);

} // namespace sw::verify
