// The native ".stackwright" file: an SQLite database used as an application
// file format (PRAGMA application_id, PRAGMA user_version, ordered migrations).
// The schema is described in sqliteschema.h. NativeDocument (nativedocument.h)
// adds saves that write only what changed.
#pragma once

#include "core/model/design.h"

#include <QHash>
#include <functional>

namespace sw {

namespace SqliteStore {
// 'SWDG' as the SQLite application id.
constexpr int kApplicationId = 0x53574447;
// The schema version this build writes (PRAGMA user_version).
int schemaVersion();

// The stored document order of each node and link row ("ord"), which an
// incremental save needs to insert rows between others.
struct StoredOrder {
    QHash<QString, qint64> nodes;
    QHash<QString, qint64> links;
};

// Opens the file read-only and never changes it. An older schema is upgraded
// in memory. Refuses a newer, foreign, non-SQLite or damaged file with a
// message that says what is wrong (the caller adds the file name).
bool read(const QString &path, Design *out, QString *error, StoredOrder *order = nullptr);
// Writes the whole design atomically: the database is built in memory and its
// image written to a temporary file in the same folder, renamed over `path`
// once complete. `rowsWritten` (if given) gets the number of rows stored.
// `order` (if given) gets the ords written.
bool write(const Design &design, const QString &path, QString *error, int *rowsWritten = nullptr,
           StoredOrder *order = nullptr);

// For tests: called at named points of a save ("rows": half the nodes are
// stored; "file": half the file is written; "incremental": inside the
// transaction of an incremental save). Returning true makes the save fail there.
using FaultHook = std::function<bool(const char *stage)>;
void setFaultHookForTests(FaultHook hook);
bool faultRequested(const char *stage);
} // namespace SqliteStore

} // namespace sw
