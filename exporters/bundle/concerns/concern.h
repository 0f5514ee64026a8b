// The concerns of the deploy bundles as a table of small classes: each says,
// for one piece of software (HAProxy, keepalived, Apache, nginx, gunicorn,
// MySQL/MariaDB, certificates, ufw, the Sumo Logic collector ...), when a
// server gets it, its section of the shell bundle's server script and its
// Ansible role, play and host variables. Both bundles walk the same table,
// so a concern is added in one place (docs/extending.md, "A bundle concern").
//
// What a server gets (packages, files, services, firewall rules) is computed
// once by the planner into ServerConfig, tagged with the concern's id; the
// classes here render it.
#pragma once

#include "exporters/bundle/stackconfig.h"

#include <QMap>
#include <QPair>
#include <memory>
#include <vector>

namespace sw::bundle {

// Inventory group -> hostnames in it (tier groups and the concerns' groups).
using InventoryGroups = QMap<QString, QStringList>;

class Concern {
public:
    virtual ~Concern() = default;
    // Role name, shell section title and key of the host variables: "haproxy".
    virtual QString id() const = 0;
    // In task and play names: "HAProxy".
    virtual QString title() const = 0;
    // Does the server get it? Default: it has packages or files of the concern.
    virtual bool applies(const ServerConfig &server) const;

    // --- shell bundle
    // The server script's section: "# --- ID", packages, shellBeforeFiles(),
    // the files, shellAfterFiles(), services, shellAfterServices().
    virtual QString shellSection(const ServerConfig &server) const;
    // Appended after every section of the script (e.g. the Let's Encrypt requests).
    virtual QString shellEpilogue(const ServerConfig &) const { return QString(); }

    // --- Ansible project
    // roles/ID/tasks/main.yml (header + ansibleTasksBody()).
    QString roleTasks() const;
    // roles/ID/handlers/main.yml; empty: the role has none.
    virtual QString roleHandlers() const;
    // More files of the role (path -> content).
    virtual QVector<QPair<QString, QString>> extraRoleFiles() const { return {}; }
    // The group of servers having it in the inventory; empty: none of its own.
    virtual QString inventoryGroup() const { return QString(); }
    // The plays of site.yml running the role, each with its rank (plays run
    // by rank; equal ranks in table order).
    struct Play {
        int rank = 0;
        QString text;
    };
    virtual QVector<Play> plays(const StackConfig &config, const InventoryGroups &groups) const;
    // Host variables beyond ID_packages, ID_files and ID_services, and the
    // rank of their block in host_vars (blocks by rank, then table order).
    virtual QString hostVariables(const ServerConfig &) const { return QString(); }
    virtual int hostVariablesRank() const { return 0; }

protected:
    virtual QString shellBeforeFiles(const ServerConfig &) const { return QString(); }
    virtual QString shellAfterFiles(const ServerConfig &) const { return QString(); }
    virtual QString shellAfterServices(const ServerConfig &) const { return QString(); }
    // Default: packages, files, ansibleSpecificTasks(), services.
    virtual QString ansibleTasksBody() const;
    virtual QString ansibleSpecificTasks() const { return QString(); }
    // The standard play: NAME on HOSTS, one server at a time when `serial`
    // and the group has several; none when the group is empty.
    Play standardPlay(int rank, const QString &name, const QString &hosts, bool serial, const InventoryGroups &groups) const;

    // Building blocks of the sections and tasks above.
    QString shellHeader() const;
    QString shellPackages(const ServerConfig &server) const;
    QString shellFiles(const ServerConfig &server) const;
    QString shellServices(const ServerConfig &server) const;
    QString packagesTask() const;
    QString filesTask() const;
    QString servicesTask() const;
};

// The table, in provisioning order (one section per concern in each server
// script, in this order).
const std::vector<std::unique_ptr<Concern>> &concerns();
// The concern with this id, or nullptr.
const Concern *findConcern(const QString &id);

// A site.yml play running `roles` on `hosts`.
QString ansiblePlay(const QString &name, const QString &hosts, int count, const QStringList &roles);
// A YAML list "KEY:\n  - item" ("KEY: []" when empty); `unsafe`: items are !unsafe.
QString yamlList(const QString &key, const QStringList &items, bool unsafe);

} // namespace sw::bundle
