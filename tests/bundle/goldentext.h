// Golden-text comparison for generated files: the expected text is a file
// checked in under tests/bundle/golden/; a mismatch fails with a unified
// diff (expected -> generated) a reviewer can read. With SW_UPDATE_GOLDEN=1
// in the environment the golden file is rewritten instead (then review the
// change with `git diff tests/bundle/golden`).
#pragma once

#include <QString>
#include <QStringList>

namespace goldentest {

// A unified diff of two texts (3 lines of context); empty when equal.
QString unifiedDiff(const QString &expected, const QString &actual, const QString &expectedName, const QString &actualName);

// Compares `actual` with the golden file `path`; false with `message` (the
// diff, or why the file could not be read or written) when they differ.
// Rewrites the file when SW_UPDATE_GOLDEN=1.
bool matchesGolden(const QString &path, const QString &actual, QString *message);

} // namespace goldentest
