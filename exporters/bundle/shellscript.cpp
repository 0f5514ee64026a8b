#include "exporters/bundle/shellscript.h"

#include "exporters/bundle/certificateconfig.h"
#include "exporters/bundle/quoting.h"
#include "exporters/bundle/shelllibrary.h"

#include <QStringList>

namespace sw::bundle {

namespace {

QString q(const QString &s) { return shellQuote(s); }

QString quoteAll(const QStringList &l)
{
    QStringList out;
    for (const QString &s : l)
        out << q(s);
    return out.join(QLatin1Char(' '));
}

QString delimiterFor(const QString &content)
{
    const QStringList lines = content.split(QLatin1Char('\n'));
    QString d = QStringLiteral("SW_EOF");
    for (int i = 1; lines.contains(d); ++i)
        d = QStringLiteral("SW_EOF_%1").arg(i);
    return d;
}

QString serviceLines(const ServerConfig &sc, const QString &c)
{
    QString s;
    for (const Service &svc : sc.servicesOf(c))
        s += QStringLiteral("sw_service %1 %2\n").arg(q(svc.unit), svc.reload ? QStringLiteral("reload") : QStringLiteral("restart"));
    return s;
}

QString variableLines(const StackConfig &cfg, const ServerConfig &sc)
{
    QString s;
    for (const QString &name : sc.variables()) {
        const Variable *v = cfg.variable(name);
        if (!v)
            continue;
        if (v->shellDefault.isEmpty())
            s += QStringLiteral("sw_require %1 %2\n").arg(v->envName(), q(v->description));
        else
            s += QStringLiteral(": \"${%1:=%2}\"\n").arg(v->envName(), v->shellDefault);
        if (name.endsWith(QLatin1String("_password")))
            s += QStringLiteral("sw_password %1\n").arg(v->envName());
    }
    return s;
}

} // namespace

QString replicationPrivileges()
{
    // REPLICATION SLAVE to follow; the rest for the consistent dump a new
    // replica is seeded from (mysqldump --single-transaction --master-data).
    return QStringLiteral("REPLICATION SLAVE, REPLICATION CLIENT, RELOAD, SELECT, LOCK TABLES, SHOW VIEW, TRIGGER, EVENT");
}

QString shellFileCommand(const ConfigFile &f)
{
    QString content;
    QStringList vars;
    for (const TextPart &p : f.parts) {
        if (p.variable) {
            content += QStringLiteral("@@%1@@").arg(p.text.toUpper());
            vars << p.text.toUpper();
        } else {
            content += p.text;
        }
    }
    QString head = QStringLiteral("sw_file %1 %2 %3 %4 %5 %6").arg(q(f.path), q(f.mode), q(f.owner), q(f.group), q(f.notify), q(f.validate));
    for (const QString &v : vars)
        head += QLatin1Char(' ') + v;
    if (!content.endsWith(QLatin1Char('\n')))
        return QStringLiteral("printf '%s' %1 | %2\n").arg(q(content), head);
    const QString d = delimiterFor(content);
    return QStringLiteral("%1 <<'%2'\n%3%2\n").arg(head, d, content);
}

QString serverScript(const StackConfig &cfg, const ServerConfig &sc)
{
    QString s = QStringLiteral(
        "#!/usr/bin/env bash\n"
        "# Stackwright deploy bundle: provisions one server of the design.\n"
        "# Safe to run again: installs only what is missing, writes a file only when\n"
        "# its content changes, restarts a service only when something it uses changed.\n"
        "# Run as root on the server (deploy.sh does it over ssh).\n"
        "set -euo pipefail\n\n");
    // Values from the design, single-quoted on purpose: shellcheck's "does
    // not expand in single quotes" notes do not apply to data.
    s += QStringLiteral("# shellcheck disable=SC2016,SC1003\n{\n    SW_DESIGN=%1\n    SW_SERVER=%2\n    SW_HOSTNAME=%3\n}\n\n")
             .arg(q(cfg.designName), q(sc.label), q(sc.hostname));
    s += shellLibrary();
    s += QStringLiteral("\nsw_log \"Provisioning ${SW_SERVER} (${SW_HOSTNAME}) of ${SW_DESIGN}\"\n");
    if (!sc.variables().isEmpty())
        s += QStringLiteral("\n# Values given when running, never stored in the bundle.\n") + variableLines(cfg, sc);

    for (const QString &c : concern::all()) {
        if (!sc.hasConcern(c))
            continue;
        s += QStringLiteral("\n# --- %1\n").arg(c);
        const bool detect = c == concern::mysql() && !sc.databases.isEmpty() && sc.databases.first().detectOs;
        if (detect)
            s += QStringLiteral("sw_database_flavour  # the OS is not in the design: MariaDB on Debian, MySQL elsewhere\n");
        const QStringList pkgs = sc.packagesOf(c);
        if (!pkgs.isEmpty())
            s += QStringLiteral("sw_packages %1\n").arg(detect ? quoteAll(pkgs).replace(QStringLiteral("'mysql-server'"), QStringLiteral("\"$SW_DB_PACKAGE\""))
                                                          : quoteAll(pkgs));
        if (c == concern::mysql())
            s += QStringLiteral("sw_dir /var/log/mysql 2750 mysql adm  # the binary logs (MariaDB does not create it)\n");
        if (c == concern::app()) {
            for (const QString &u : sc.users)
                s += QStringLiteral("sw_user %1\n").arg(q(u));
            for (const Checkout &co : sc.checkouts) {
                s += QStringLiteral("# shellcheck disable=SC2016,SC1003\n");
                if (co.repository.isEmpty())
                    s += QStringLiteral("sw_dir %1 0755 %2 %2  # the built-in demo application\n")
                             .arg(q(co.dir.section(QLatin1Char('/'), 0, -2)), q(co.owner));
                else
                    s += QStringLiteral("sw_checkout %1 %2 %3 %4 %5\n").arg(q(co.repository), q(co.branch), q(co.dir), q(co.owner), q(co.unit));
                s += QStringLiteral("sw_venv %1 %2 %3 %4\n").arg(q(co.venv), q(co.dir), q(co.owner), q(co.unit));
                s += QStringLiteral("sw_dir %1 0755 %2 %2\n").arg(q(QStringLiteral("/var/log/") + co.unit), q(co.owner));
            }
            s += QStringLiteral("sw_dir /etc/stackwright 0755 root root\n");
        }
        if (c == concern::certificates() && sc.trustsPrivateCa)
            s += QStringLiteral("sw_private_ca %1\n").arg(q(privateCaPath()));
        if (c == concern::certificates()) {
            for (const CertificatePlan &cert : sc.certificates)
                s += QStringLiteral("sw_certificate %1 %2 %3 %4 %5 %6\n")
                         .arg(q(cert.domain), q(cert.issuer), q(cert.certPath), q(cert.keyPath), q(cert.pemPath), quoteAll(cert.reloadUnits));
        }
        for (const ConfigFile &f : sc.filesOf(c)) {
            if (detect) {
                s += QStringLiteral("if [ \"$SW_DB_UNIT\" = mariadb ]; then\n") + shellFileCommand(sc.mariadbFile)
                     + QStringLiteral("else\n") + shellFileCommand(f) + QStringLiteral("fi\n");
                continue;
            }
            s += shellFileCommand(f);
        }
        if (c == concern::firewall())
            s += QStringLiteral("sw_firewall\n");
        if (c == concern::apache()) {
            s += QStringLiteral("sw_a2enmod %1\n").arg(quoteAll(sc.apacheModules));
            s += QStringLiteral("sw_a2ensite stackwright\nsw_a2dissite 000-default\n");
        }
        if (c == concern::nginx()) {
            s += QStringLiteral("if [ ! -e /etc/nginx/sites-enabled/stackwright ]; then\n"
                                "    ln -s /etc/nginx/sites-available/stackwright /etc/nginx/sites-enabled/stackwright\n"
                                "    SW_CHANGED[nginx]=1\n"
                                "fi\n"
                                "if [ -e /etc/nginx/sites-enabled/default ]; then\n"
                                "    rm -f /etc/nginx/sites-enabled/default\n"
                                "    SW_CHANGED[nginx]=1\n"
                                "fi\n");
        }
        if (c == concern::sumologic())
            s += QStringLiteral("sw_sumologic\n");
        s += detect ? QString(serviceLines(sc, c)).replace(QStringLiteral("sw_service 'mysql'"), QStringLiteral("sw_service \"$SW_DB_UNIT\""))
                    : serviceLines(sc, c);
        if (c == concern::mysql()) {
            for (const DatabasePlan &d : sc.databases) {
                const QString engine = d.detectOs ? QStringLiteral("\"$SW_DB_UNIT\"")
                                       : d.unit == QLatin1String("mariadb") ? QStringLiteral("mariadb") : QStringLiteral("mysql");
                if (d.primary) {
                    if (!d.clientAddresses.isEmpty())
                        s += QStringLiteral("sw_mysql_database %1\n").arg(q(d.database));
                    for (const QString &a : d.replicaAddresses)
                        s += QStringLiteral("sw_mysql_user %1 %2 MYSQL_REPLICATION_PASSWORD %3 '*.*'\n")
                                 .arg(q(d.replicationUser), q(a), q(replicationPrivileges()));
                } else {
                    // Seeded from a consistent dump of the primary, then following it.
                    s += QStringLiteral("sw_mysql_follow %1 3306 %2 MYSQL_REPLICATION_PASSWORD %3 %4\n")
                             .arg(q(d.primaryAddress), q(d.replicationUser), engine, q(d.database));
                    if (!d.clientAddresses.isEmpty())
                        s += QStringLiteral("SW_SQL_SESSION='SET sql_log_bin = 0; '  # the replica's own users\n");
                }
                for (const QString &a : d.clientAddresses)
                    s += QStringLiteral("sw_mysql_user %1 %2 MYSQL_APP_PASSWORD 'ALL PRIVILEGES' %3\n")
                             .arg(q(d.appUser), q(a), q(d.database + QStringLiteral(".*")));
                if (!d.primary && !d.clientAddresses.isEmpty())
                    s += QStringLiteral("SW_SQL_SESSION=\n");
            }
        }
    }
    bool acme = false;
    for (const CertificatePlan &cert : sc.certificates)
        acme = acme || cert.issuer == QLatin1String("letsencrypt");
    if (acme) {
        s += QStringLiteral("\n# --- Let's Encrypt (the services above answer its challenge)\n");
        for (const CertificatePlan &cert : sc.certificates)
            if (cert.issuer == QLatin1String("letsencrypt"))
                s += QStringLiteral("sw_letsencrypt %1\n").arg(q(cert.domain));
    }
    s += QStringLiteral("\nsw_log \"${SW_HOSTNAME} is provisioned\"\n");
    return s;
}

} // namespace sw::bundle
