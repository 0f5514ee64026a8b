// A generated design for benchmarks: `servers` servers of web, app and
// database tiers behind load balancers, with links between tiers, to reach
// about `targetNodes` nodes and 1.5 times as many links.
#pragma once

#include "core/model/design.h"

namespace sw::bench {
Design generateDesign(int targetNodes, int targetLinks);
// The design with a codebase beside every app server, as the deploy bundles
// need: one more node per twelve, so ask generateDesign for 12/13 of the size.
Design withCodebases(Design d);
}
