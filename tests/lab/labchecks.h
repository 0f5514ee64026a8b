// What a test of the lab checks on this machine: nothing of the lab left
// (namespaces, links, mounts, processes in its namespaces).
#pragma once

#include <QSet>
#include <QStringList>

namespace labchecks {

// The lab's namespaces as /proc/PID/ns links name them ("net:[123]",
// "mnt:[456]"), read while the lab runs.
QSet<QString> labNamespaces();
// Every trace of the lab still on the machine, one line each (empty: none):
// `namespaces` from labNamespaces() while it ran.
QStringList leftovers(const QSet<QString> &namespaces);

} // namespace labchecks
