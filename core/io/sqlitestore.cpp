#include "sqlitestore.h"

#include <QCoreApplication>

// Placeholder until the native store lands (issue 2): refuses clearly.
namespace sw::SqliteStore {

int schemaVersion() { return 1; }

bool read(const QString &, Design *, QString *error)
{
    if (error)
        *error = QCoreApplication::translate("sw::SqliteStore", "the native format is not available in this build");
    return false;
}

bool write(const Design &, const QString &, QString *error)
{
    if (error)
        *error = QCoreApplication::translate("sw::SqliteStore", "the native format is not available in this build");
    return false;
}

} // namespace sw::SqliteStore
