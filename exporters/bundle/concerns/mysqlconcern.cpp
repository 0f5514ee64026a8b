// The databases: MySQL or MariaDB (the OS decides when the design does not
// say), the application database and its users, replicas following their
// primary.
#include "exporters/bundle/concerns/concerns_p.h"

#include "exporters/bundle/quoting.h"
#include "exporters/bundle/shellscript.h"

namespace sw::bundle {

namespace {

class MysqlConcern : public Concern {
public:
    QString id() const override { return concern::mysql(); }
    QString title() const override { return QStringLiteral("database"); }

    // With detectOs the script picks MariaDB or MySQL when it runs: package,
    // configuration file and unit come from sw_database_flavour.
    QString shellSection(const ServerConfig &sc) const override
    {
        const bool detect = !sc.databases.isEmpty() && sc.databases.first().detectOs;
        if (!detect)
            return Concern::shellSection(sc);
        QString s = shellHeader();
        s += QStringLiteral("sw_database_flavour  # the OS is not in the design: MariaDB on Debian, MySQL elsewhere\n");
        s += shellPackages(sc).replace(QStringLiteral("'mysql-server'"), QStringLiteral("\"$SW_DB_PACKAGE\""));
        s += shellBeforeFiles(sc);
        for (const ConfigFile &f : sc.filesOf(id()))
            s += QStringLiteral("if [ \"$SW_DB_UNIT\" = mariadb ]; then\n") + shellFileCommand(sc.mariadbFile)
                 + QStringLiteral("else\n") + shellFileCommand(f) + QStringLiteral("fi\n");
        s += shellAfterFiles(sc);
        s += shellServices(sc).replace(QStringLiteral("sw_service 'mysql'"), QStringLiteral("sw_service \"$SW_DB_UNIT\""));
        return s + shellAfterServices(sc);
    }

    QVector<Play> plays(const StackConfig &, const InventoryGroups &groups) const override
    {
        return {standardPlay(30, QStringLiteral("Set up the databases (primaries first)"), tierGroup(Tier::Database), true, groups)};
    }

    QString hostVariables(const ServerConfig &sc) const override
    {
        if (sc.databases.isEmpty())
            return QString();
        const DatabasePlan &d = sc.databases.first();
        QString s = QStringLiteral("mysql_primary: %1\nmysql_unit: %2\nmysql_database: %3\nmysql_app_user: %4\n"
                                   "mysql_replication_user: %5\nmysql_primary_host: %6\n")
                        .arg(d.primary ? QStringLiteral("true") : QStringLiteral("false"), yamlQuote(d.unit), yamlQuote(d.database),
                             yamlQuote(d.appUser), yamlQuote(d.replicationUser), yamlUnsafe(d.primaryAddress));
        s += yamlList(QStringLiteral("mysql_clients"), d.clientAddresses, true);
        s += yamlList(QStringLiteral("mysql_replicas"), d.replicaAddresses, true);
        return s;
    }
    int hostVariablesRank() const override { return 4; }

protected:
    QString shellBeforeFiles(const ServerConfig &) const override
    {
        return QStringLiteral("sw_dir /var/log/mysql 2750 mysql adm  # the binary logs (MariaDB does not create it)\n");
    }
    QString shellAfterServices(const ServerConfig &sc) const override
    {
        QString s;
        for (const DatabasePlan &d : sc.databases) {
            const QString engine = d.detectOs ? QStringLiteral("\"$SW_DB_UNIT\"")
                                   : d.unit == QLatin1String("mariadb") ? QStringLiteral("mariadb") : QStringLiteral("mysql");
            if (d.primary) {
                if (!d.clientAddresses.isEmpty())
                    s += QStringLiteral("sw_mysql_database %1\n").arg(shellQuote(d.database));
                for (const QString &a : d.replicaAddresses)
                    s += QStringLiteral("sw_mysql_user %1 %2 MYSQL_REPLICATION_PASSWORD %3 '*.*'\n")
                             .arg(shellQuote(d.replicationUser), shellQuote(a), shellQuote(replicationPrivileges()));
            } else {
                // Seeded from a consistent dump of the primary, then following it.
                s += QStringLiteral("sw_mysql_follow %1 3306 %2 MYSQL_REPLICATION_PASSWORD %3 %4\n")
                         .arg(shellQuote(d.primaryAddress), shellQuote(d.replicationUser), engine, shellQuote(d.database));
                if (!d.clientAddresses.isEmpty())
                    s += QStringLiteral("SW_SQL_SESSION='SET sql_log_bin = 0; '  # the replica's own users\n");
            }
            for (const QString &a : d.clientAddresses)
                s += QStringLiteral("sw_mysql_user %1 %2 MYSQL_APP_PASSWORD 'ALL PRIVILEGES' %3\n")
                         .arg(shellQuote(d.appUser), shellQuote(a), shellQuote(d.database + QStringLiteral(".*")));
            if (!d.primary && !d.clientAddresses.isEmpty())
                s += QStringLiteral("SW_SQL_SESSION=\n");
        }
        return s;
    }
    QString ansibleTasksBody() const override
    {
        return packagesTask() + ansibleSpecificTasks() + filesTask()
               + QStringLiteral("- name: Apply database setting changes before configuring users\n"
                                "  ansible.builtin.meta: flush_handlers\n\n")
               + servicesTask() + QStringLiteral("\n") + setupTasks();
    }
    QString ansibleSpecificTasks() const override
    {
        return QStringLiteral(
            "- name: Create the folder of the binary logs\n"
            "  ansible.builtin.file:\n"
            "    path: /var/log/mysql\n"
            "    state: directory\n"
            "    owner: mysql\n"
            "    group: adm\n"
            "    mode: \"2750\"\n\n");
    }

private:
    // The application database, its users, and replicas following the primary.
    static QString setupTasks()
    {
        return QStringLiteral(
            "- name: Create the application database\n"
            "  community.mysql.mysql_db:\n"
            "    name: \"{{ mysql_database }}\"\n"
            "    encoding: utf8mb4\n"
            "    state: present\n"
            "    login_unix_socket: /run/mysqld/mysqld.sock\n"
            "  when: mysql_primary and mysql_clients | length > 0\n\n"
            "- name: Let the app servers use the database\n"
            "  community.mysql.mysql_user:\n"
            "    name: \"{{ mysql_app_user }}\"\n"
            "    host: \"{{ item }}\"\n"
            "    password: \"{{ mysql_app_password }}\"\n"
            "    priv: \"{{ mysql_database }}.*:ALL\"\n"
            "    state: present\n"
            "    login_unix_socket: /run/mysqld/mysqld.sock\n"
            "  loop: \"{{ mysql_clients if mysql_primary else [] }}\"\n"
            "  no_log: true\n\n"
            "- name: Let the replicas replicate\n"
            "  community.mysql.mysql_user:\n"
            "    name: \"{{ mysql_replication_user }}\"\n"
            "    host: \"{{ item }}\"\n"
            "    password: \"{{ mysql_replication_password }}\"\n"
            "    priv: \"*.*:REPLICATION SLAVE,REPLICATION CLIENT,RELOAD,SELECT,LOCK TABLES,SHOW VIEW,TRIGGER,EVENT\"\n"
            "    state: present\n"
            "    login_unix_socket: /run/mysqld/mysqld.sock\n"
            "  loop: \"{{ mysql_replicas if mysql_primary else [] }}\"\n"
            "  no_log: true\n\n"
            "- name: Read the replication state\n"
            "  community.mysql.mysql_replication:\n"
            "    mode: getreplica\n"
            "    login_unix_socket: /run/mysqld/mysqld.sock\n"
            "  register: mysql_replica_state\n"
            "  when: not mysql_primary\n\n"
            "- name: Follow the primary (MySQL, GTID auto-position)\n"
            "  community.mysql.mysql_query:\n"
            "    query: >-\n"
            "      CHANGE MASTER TO MASTER_HOST=%s, MASTER_PORT=3306, MASTER_USER=%s, MASTER_PASSWORD=%s,\n"
            "      MASTER_AUTO_POSITION=1, GET_MASTER_PUBLIC_KEY=1\n"
            "    positional_args:\n"
            "      - \"{{ mysql_primary_host }}\"\n"
            "      - \"{{ mysql_replication_user }}\"\n"
            "      - \"{{ mysql_replication_password }}\"\n"
            "    login_unix_socket: /run/mysqld/mysqld.sock\n"
            "  no_log: true\n"
            "  when: not mysql_primary and not mysql_replica_state.is_replica and mysql_unit == 'mysql'\n\n"
            "- name: Follow the primary (MariaDB, GTID)\n"
            "  community.mysql.mysql_query:\n"
            "    query: >-\n"
            "      CHANGE MASTER TO MASTER_HOST=%s, MASTER_PORT=3306, MASTER_USER=%s, MASTER_PASSWORD=%s,\n"
            "      MASTER_USE_GTID=slave_pos\n"
            "    positional_args:\n"
            "      - \"{{ mysql_primary_host }}\"\n"
            "      - \"{{ mysql_replication_user }}\"\n"
            "      - \"{{ mysql_replication_password }}\"\n"
            "    login_unix_socket: /run/mysqld/mysqld.sock\n"
            "  no_log: true\n"
            "  when: not mysql_primary and not mysql_replica_state.is_replica and mysql_unit == 'mariadb'\n\n"
            "- name: Start replicating\n"
            "  community.mysql.mysql_replication:\n"
            "    mode: startreplica\n"
            "    login_unix_socket: /run/mysqld/mysqld.sock\n"
            "  when: not mysql_primary and not mysql_replica_state.is_replica\n");
    }
};

} // namespace

std::unique_ptr<Concern> makeMysqlConcern() { return std::make_unique<MysqlConcern>(); }

} // namespace sw::bundle
