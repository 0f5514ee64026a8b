// MySQL / MariaDB server settings: listen on the server's address, a
// server-id per database, binary logs (GTID) on every member so a replica
// can follow the primary, replicas read-only.
#pragma once

#include "exporters/bundle/stackconfig.h"

namespace sw::bundle {

// Where the drop-in goes for an engine on an OS (sorted after the
// distribution's own file so its values win).
QString mysqlConfigPath(const QString &engine, const QString &os);
// The package that provides the engine on that OS (Debian 12 has no MySQL
// server: "mysql" installs MariaDB from mariadb-server).
QString mysqlServerPackage(const QString &engine, const QString &os);
// The systemd unit of that package.
QString mysqlUnit(const QString &engine, const QString &os);
// True when the engine really is MariaDB on that OS.
bool isMariaDb(const QString &engine, const QString &os);

QString mysqlConfig(const DatabasePlan &db, const QString &bindAddress, bool mariadb);

} // namespace sw::bundle
