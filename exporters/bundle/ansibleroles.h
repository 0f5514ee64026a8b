// The roles of the Ansible project, one per concern: fixed task and handler
// files (nothing of the design is in them); each host's data comes from its
// host_vars (see ansiblebundle.cpp) and its templates.
//
// Host variables the roles read, per concern C:
//   C_packages  list of packages            C_files  list of {src, dest, mode,
//   C_services  list of {name, reload}        owner, group, validate?, secret?}
// and, per role: certificates_list, app_users, app_checkouts, apache_modules,
// mysql_* (see ansiblebundle.cpp).
#pragma once

#include <QString>

namespace sw::bundle {

QString roleTasks(const QString &concern);
QString roleHandlers(const QString &concern);
// roles/certificates/tasks/issue.yml: the Let's Encrypt request, run once
// the services answering its challenge are up.
QString certificatesIssueTasks();

} // namespace sw::bundle
