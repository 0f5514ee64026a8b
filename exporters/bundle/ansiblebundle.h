// The Ansible project: the same StackConfig as the shell bundle, rendered
// as an inventory (groups by role, connection variables from the design),
// site.yml (databases, app servers, web servers, load balancers; `serial`
// rolling updates where a tier has several servers), one role per concern
// with handlers, per-host templates validated before they are written
// (the same configuration files as the shell bundle), and a README.
//
// Layout:
//   ansible.cfg, site.yml, README.md, collections/requirements.yml
//   inventory/hosts.yml, inventory/group_vars/all/main.yml,
//   inventory/host_vars/HOSTNAME.yml
//   roles/CONCERN/{tasks,handlers}/main.yml, roles/CONCERN/templates/HOSTNAME/FILE.j2
//
// Every design value is a YAML double-quoted scalar tagged !unsafe (never
// evaluated as Jinja); literal template text has its Jinja openers escaped.
#pragma once

#include "core/model/design.h"
#include "exporters/bundle/stackconfig.h"

#include <QPair>

namespace sw::bundle {

class AnsibleBundleExporter {
public:
    explicit AnsibleBundleExporter(const Design &design) : m_design(design) {}
    bool write(const QString &dir, QString *error) const;
    bool files(QVector<QPair<QString, QString>> *out, QString *error) const;
    // Where a server's configuration file lives in the project.
    static QString templatePath(const ServerConfig &server, const ConfigFile &file);

private:
    const Design &m_design;
};

bool writeAnsibleBundle(const Design &design, const QString &dir, QString *error);

} // namespace sw::bundle
