// A ".stackwright" file kept open across saves: it remembers the design as
// last loaded or saved, and saving to the same file again writes only the
// rows that changed (inserted, updated or deleted nodes, properties, links),
// in one SQLite transaction with a rollback journal, so the save is atomic.
// When that is not possible (another file, a file changed behind our back, an
// older schema, no room left in the row order) it falls back to a full,
// atomic SqliteStore::write.
#pragma once

#include "core/model/design.h"
#include "core/io/sqlitestore.h"

#include <QDateTime>

namespace sw {

class NativeDocument {
public:
    struct SaveStats {
        bool incremental = false;
        int rowsWritten = 0;   // rows inserted, updated or deleted
    };

    // Loads `path` and remembers it as the baseline for incremental saves.
    // Errors name the file.
    bool load(const QString &path, Design *out, QString *error);
    // Saves to `path`: incrementally when `path` is the remembered file and
    // it is unchanged on disk since, else in full. Errors name the file.
    bool save(const Design &design, const QString &path, QString *error);
    // Forgets the baseline (the next save is a full one).
    void clear();

    QString path() const { return m_path; }
    bool hasBaseline() const { return !m_path.isEmpty(); }
    const Design &baseline() const { return m_baseline; }
    SaveStats lastSave() const { return m_lastSave; }

private:
    struct Fingerprint {
        qint64 size = -1;
        QDateTime modified;
        bool operator==(const Fingerprint &o) const { return size == o.size && modified == o.modified; }
    };
    static Fingerprint fingerprintOf(const QString &path);
    void remember(const QString &path, const Design &design, SqliteStore::StoredOrder order);
    // Returns false with an empty `error` when only a full save can do it.
    bool saveIncremental(const Design &design, QString *error);

    QString m_path;
    Design m_baseline;
    SqliteStore::StoredOrder m_order;
    Fingerprint m_fingerprint;
    SaveStats m_lastSave;
};

} // namespace sw
