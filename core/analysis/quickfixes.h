// "Before and after every quick fix": a copy of the design with every quick
// fix of the validator applied, one after the other (the validator runs again
// after each fix, because a fix changes what the others see). The design
// itself is never touched.
#pragma once

#include "core/model/design.h"

namespace sw {

struct FixedDesign {
    Design design;
    int applied = 0;           // quick fixes applied
    QStringList rules;         // the rules they fixed, in order
};

// At most `maxFixes` fixes (a guard against fixes that undo each other).
FixedDesign applyAllQuickFixes(const Design &design, int maxFixes = 64);

} // namespace sw
