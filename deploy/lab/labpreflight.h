// Before a lab starts: can it run here, and if not, why and what to run.
// Checks what LabEngine::up() would stop at later (root, this machine's OS,
// the packages every server's script takes from this machine, a design the
// lab can plan), so a window can say it before anything is created.
#pragma once

#include "core/model/design.h"

#include <QString>
#include <QStringList>

namespace sw::lab {

struct Preflight {
    bool ok = true;
    QString why;              // plain text: what stops the lab
    QString command;          // what to run about it (may be empty)
    QStringList missing;      // packages not installed on this machine
};

// The Debian packages the lab of `design` needs on this machine (the tools
// the engine runs and what the servers' scripts install), sorted.
bool labPackages(const Design &design, QStringList *out, QString *error);
// Those of `packages` that dpkg does not list as installed.
QStringList missingPackages(const QStringList &packages);
// Everything above, in the order the engine would meet it.
Preflight preflight(const Design &design);

} // namespace sw::lab
