// The functions every generated server script starts with (fixed text:
// nothing of the design is in it). Each is idempotent.
#pragma once

#include <QString>

namespace sw::bundle {

QString shellLibrary();
// Part of it: services with or without systemd, the database flavour.
QString shellServiceLibrary();

} // namespace sw::bundle
