// The one source of truth of both deploy bundles: what every server of a
// design gets (packages, configuration files, services, firewall rules,
// checkouts, databases, certificates, monitoring), computed once from the
// Design. ShellBundleExporter and AnsibleBundleExporter only render it, so
// the same design gives the same configuration files in both bundles.
#pragma once

#include "core/model/design.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sw::bundle {

// Deploy order: databases first, load balancers last.
enum class Tier { Database = 0, App = 1, Web = 2, LoadBalancer = 3, Other = 4 };
QString tierGroup(Tier tier); // inventory group: "databases", "app_servers", ...

// A value given when the bundle is run, never written into it: an
// environment variable for the shell bundle (NAME upper-cased), a variable
// (or Ansible Vault entry) for the Ansible project.
struct Variable {
    QString name;          // "sumologic_access_id"; shell: SUMOLOGIC_ACCESS_ID
    QString description;   // one sentence for the READMEs
    bool secret = false;
    QString shellDefault;  // shell code (our own, never user text) used when unset; empty: required
    QString ansibleDefault; // Jinja expression used when unset; empty: required
    QString envName() const { return name.toUpper(); }
};

// A piece of a configuration file: literal text, or a Variable's value.
struct TextPart {
    QString text;          // the literal, or the variable name
    bool variable = false;
};

// The concerns: one Ansible role each, one section of each shell script
// (rendered by the classes of exporters/bundle/concerns/).
namespace concern {
inline QString base() { return QStringLiteral("base"); }
inline QString firewall() { return QStringLiteral("firewall"); }
inline QString certificates() { return QStringLiteral("certificates"); }
inline QString mysql() { return QStringLiteral("mysql"); }
inline QString cache() { return QStringLiteral("cache"); }
inline QString app() { return QStringLiteral("app"); }
inline QString apache() { return QStringLiteral("apache"); }
inline QString nginx() { return QStringLiteral("nginx"); }
inline QString haproxy() { return QStringLiteral("haproxy"); }
inline QString keepalived() { return QStringLiteral("keepalived"); }
inline QString sumologic() { return QStringLiteral("sumologic"); }
// In the order a server is provisioned.
QStringList all();
} // namespace concern

struct ConfigFile {
    QString concern;
    QString path;                  // absolute path on the server
    QString mode = QStringLiteral("0644");
    QString owner = QStringLiteral("root");
    QString group = QStringLiteral("root");
    QVector<TextPart> parts;
    QString validate;              // our own command, "%s" = the candidate file; empty: none
    QString notify;                // systemd unit restarted/reloaded when the file changes; empty: none

    QStringList variables() const;
    // The content with variables replaced by `values` (missing: "{{ name }}").
    QString render(const QHash<QString, QString> &values = {}) const;
    QString baseName() const { return path.section(QLatin1Char('/'), -1); }
};

struct Service {
    QString concern;
    QString unit;                  // "haproxy", "gunicorn-app"
    bool reload = false;           // on change: reload (true) or restart (false)
};

struct Package {
    QString concern;
    QString name;
};

struct Checkout {
    QString nodeId;                // the codebase node
    QString repository;            // user value: always quoted; empty: the built-in demo app
    QString branch;                // user value: always quoted
    QString dir;                   // /srv/<codebase>/src
    QString venv;                  // /srv/<codebase>/venv
    QString owner;                 // the system user running the app
    QString unit;                  // the gunicorn unit restarted when the code changes
};

struct DatabasePlan {
    QString nodeId;
    QString engine;                // "mysql" or "mariadb"
    QString unit;                  // "mysql" or "mariadb"
    bool primary = true;
    int serverId = 1;
    QString primaryAddress;        // replicas: the primary they follow
    QStringList replicaAddresses;  // primaries: replicas allowed to replicate
    QStringList clientAddresses;   // app servers allowed to use the database
    QString database = QStringLiteral("app");
    QString appUser = QStringLiteral("app");
    QString replicationUser = QStringLiteral("replication");
    // The server's OS is not given and the engine is "mysql": the shell
    // script detects the OS when it runs (/etc/os-release) and installs
    // MariaDB on Debian (mariadbFile), MySQL elsewhere (the plan's file).
    bool detectOs = false;
};

struct CertificatePlan {
    QString nodeId;                // the certificate node
    QString domain;
    QString issuer;                // letsencrypt, self-signed, commercial, private (the stack's CA)
    QString certPath;              // chain
    QString keyPath;
    QString pemPath;               // chain + key (HAProxy)
    QStringList reloadUnits;       // units that present it
};

struct ServerConfig {
    QString id;                    // the server node
    QString label;                 // user text: only quoted
    QString hostname;
    QString address;               // may be empty: hostname is used
    QString sshUser;
    int sshPort = 22;
    QString os;
    Tier tier = Tier::Other;
    QSet<Tier> tiers;
    QVector<Package> packages;
    QStringList users;             // system users to create
    QVector<ConfigFile> files;     // in write order
    QVector<Service> services;     // enabled and started, in start order
    QVector<Checkout> checkouts;
    QVector<DatabasePlan> databases;
    ConfigFile mariadbFile;        // detectOs: the MariaDB variant of the database's file
    QVector<CertificatePlan> certificates;
    bool trustsPrivateCa = false;  // verifies servers behind it with the stack's private CA
    bool firewall = false;         // has a host firewall (ufw)
    QStringList firewallRules;     // ufw rule arguments, ssh first
    QStringList impliedRules;      // rules its services need (the cache's clients); in firewallRules when it has a firewall
    bool monitored = false;        // Sumo Logic collector
    QString webSoftware;           // "apache", "nginx" or empty
    QStringList apacheModules;     // a2enmod names

    QString connectHost() const { return address.isEmpty() ? hostname : address; }
    QStringList variables() const; // names used by its files and steps
    bool hasConcern(const QString &c) const;
    QStringList packagesOf(const QString &c) const;
    QVector<ConfigFile> filesOf(const QString &c) const;
    QVector<Service> servicesOf(const QString &c) const;
};

struct StackConfig {
    QString designName;            // user text: only quoted
    QString domain;
    QVector<ServerConfig> servers; // deploy order
    QVector<Variable> variables;   // every variable some server uses
    QStringList notes;             // things to do by hand (network firewalls ...)

    const Variable *variable(const QString &name) const;
};

// The built-in demo WSGI application (resources/demoapp/wsgi.py) a codebase
// without a repository runs.
QString demoApplication();

// Computes the configuration; false with a message naming the node and field
// when the design cannot be turned into a bundle safely.
bool buildStackConfig(const Design &design, StackConfig *out, QString *error);

} // namespace sw::bundle
