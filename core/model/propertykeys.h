// The property keys of design-format.md (and Stackwright's extensions), as
// named constants: a typo is a compile error and `grep keys::members` finds
// every use. The catalog (kindcatalog.cpp) says which kind has which.
#pragma once

#include <QString>

namespace sw::keys {

// internet
inline const QString load = QStringLiteral("load");
// dns, certificate
inline const QString domain = QStringLiteral("domain");
inline const QString record = QStringLiteral("record");
inline const QString target = QStringLiteral("target");
inline const QString issuer = QStringLiteral("issuer");
inline const QString installedOn = QStringLiteral("installed_on");
// server
inline const QString hostname = QStringLiteral("hostname");
inline const QString address = QStringLiteral("address");
inline const QString os = QStringLiteral("os");
inline const QString sshUser = QStringLiteral("ssh_user");
inline const QString sshPort = QStringLiteral("ssh_port");
inline const QString capacity = QStringLiteral("capacity");
inline const QString availability = QStringLiteral("availability");
// services
inline const QString software = QStringLiteral("software");
inline const QString algorithm = QStringLiteral("algorithm");
inline const QString tls = QStringLiteral("tls");
inline const QString httpRedirect = QStringLiteral("http_redirect");
inline const QString runtime = QStringLiteral("runtime");
inline const QString wsgi = QStringLiteral("wsgi");
inline const QString port = QStringLiteral("port");
inline const QString repository = QStringLiteral("repository");
inline const QString branch = QStringLiteral("branch");
inline const QString engine = QStringLiteral("engine");
inline const QString role = QStringLiteral("role");
inline const QString replicatesFrom = QStringLiteral("replicates_from");
inline const QString vendor = QStringLiteral("vendor");
inline const QString reportsTo = QStringLiteral("reports_to");
inline const QString memoryMb = QStringLiteral("memory_mb");
// firewall, monitoring service
inline const QString allow = QStringLiteral("allow");
inline const QString endpoint = QStringLiteral("endpoint");
// cluster, zone, note
inline const QString members = QStringLiteral("members");
inline const QString mode = QStringLiteral("mode");
inline const QString vip = QStringLiteral("vip");
inline const QString trust = QStringLiteral("trust");
inline const QString text = QStringLiteral("text");

} // namespace sw::keys
