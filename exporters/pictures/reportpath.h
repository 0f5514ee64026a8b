// The request path told step by step for the report: a user types the
// design's domain, DNS answers, and the request travels through the entry,
// the web and application tiers to a database (one shortest path of
// sw::RequestGraph).
#pragma once

#include "core/model/design.h"

namespace sw {

struct PathStep {
    QString node;      // the design node of this step (empty: the user's browser)
    QString text;      // one sentence, HTML-escaped, may contain <b>
};

// Steps from the browser to the database; a single explaining step when
// there is no request path.
QVector<PathStep> requestPathSteps(const Design &design);
// The design's domain (design-format.md: the domain of its dns nodes), or empty.
QString designDomain(const Design &design);

} // namespace sw
