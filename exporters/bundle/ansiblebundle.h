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
// A template is written once for all the servers whose file has the same
// text: under the first of them (in deploy order); the others' host_vars
// name it (`src:`). A large design gets one template per distinct file.
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
    // Where each server's configuration files (config.servers[i].files, in
    // order) live in the project: roles/CONCERN/templates/HOSTNAME/NAME.j2,
    // HOSTNAME being the first server (in deploy order) with that file's text.
    static QVector<QStringList> templatePaths(const StackConfig &config);

private:
    const Design &m_design;
};

bool writeAnsibleBundle(const Design &design, const QString &dir, QString *error);

} // namespace sw::bundle
