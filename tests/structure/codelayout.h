// The README's "Code layout" table against the tree: every folder that holds
// program sources (at any depth under core/, look/, exporters/, deploy/,
// widgets/, app/) and every top-level folder is named in the table, and
// every folder the table names exists.
#pragma once

#include <QString>
#include <QStringList>

namespace sw::structure {

// The folders named (in `backticks`) in the first column of the table under
// the "## Code layout" heading of the Markdown text `readme`.
QStringList layoutTableFolders(const QString &readme);
// The folders of `root` the table must name: the top-level folders (but hidden
// ones and build*), and each folder holding .h/.cpp files under the layers.
QStringList sourceFolders(const QString &root);
// What is wrong between the two, one sentence each (empty when they match).
QStringList layoutMismatches(const QString &root, const QString &readme);

} // namespace sw::structure
