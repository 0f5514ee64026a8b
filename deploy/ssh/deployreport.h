// Plain-text wording of a deploy run, shared by the CLI and the dialog.
#pragma once

#include "deploy/ssh/deploytypes.h"

#include <QStringList>

namespace sw {

// "2 succeeded, 1 failed" (only the states that occur).
QString summaryCounts(const DeploySummary &summary);
// One line per server ("web1  failed  the script failed ..."), then one per
// finding ("web1  service apache2: expected active, found inactive").
QStringList summaryLines(const DeploySummary &summary);
QString findingText(const DeployFinding &finding);

} // namespace sw
