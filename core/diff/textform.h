// A stable text form of a design for `git diff` (stackwright-cli diff
// --textconv): one line per design setting, node field, node property and
// link, sorted, values JSON-quoted so a line never breaks. Two designs with
// the same content give the same text whatever their order or file format.
#pragma once

#include "core/model/design.h"

namespace sw {

QString designTextForm(const Design &design);

} // namespace sw
