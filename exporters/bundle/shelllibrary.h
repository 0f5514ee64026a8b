// The functions every generated server script starts with (fixed text:
// nothing of the design is in it). Each is idempotent.
#pragma once

#include <QString>

namespace sw::bundle {

QString shellLibrary();

} // namespace sw::bundle
