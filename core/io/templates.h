// The built-in designs (resources/templates/*.json): the four spec profiles'
// designs and "redundant", a design with no single point of failure.
#pragma once

#include "core/model/design.h"

namespace sw {

// Names in a stable order: simple-web-stack, distributed, secured-monitored,
// scale-up, redundant, then any others.
QStringList templateNames();
bool loadTemplate(const QString &name, Design *out, QString *error);
// The design a new user sees first.
inline QString defaultTemplateName() { return QStringLiteral("scale-up"); }

} // namespace sw
