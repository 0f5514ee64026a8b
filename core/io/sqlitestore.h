// The native ".stackwright" file: an SQLite database used as an application
// file format (PRAGMA application_id, PRAGMA user_version, ordered migrations).
#pragma once

#include "model/design.h"

namespace sw {

namespace SqliteStore {
// 'SWDG' as the SQLite application id.
constexpr int kApplicationId = 0x53574447;
// The schema version this build writes (PRAGMA user_version).
int schemaVersion();

// Refuses a newer, foreign or corrupt file with a message, without changing it.
bool read(const QString &path, Design *out, QString *error);
// Writes the whole design atomically (a new file renamed over the old one).
bool write(const Design &design, const QString &path, QString *error);
} // namespace SqliteStore

} // namespace sw
