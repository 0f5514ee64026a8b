// Loading and saving a design file of either format, chosen by extension:
// ".json" for the interchange format, anything else (".stackwright") for the
// native SQLite file.
#pragma once

#include "core/model/design.h"

namespace sw {

enum class FileFormat { Json, Native };

FileFormat formatForPath(const QString &path);
// The name ends in .json or .stackwright (any case): a name a design is saved under.
bool hasDesignSuffix(const QString &path);

// On failure, `error` names the file and what is wrong in it; `out` is untouched.
bool loadDesignFile(const QString &path, Design *out, QString *error);
// Atomic: the old file stays intact until the new one is complete.
bool saveDesignFile(const Design &design, const QString &path, QString *error);

} // namespace sw
