#include "exporters/bundle/shellbundle.h"

#include "exporters/bundle/bundlewriter.h"
#include "exporters/bundle/quoting.h"
#include "exporters/bundle/shellscript.h"

#include <QCoreApplication>

#include <functional>

namespace sw::bundle {

namespace {

QString q(const QString &s) { return shellQuote(s); }

QString oneLine(QString s)
{
    for (QChar &c : s)
        if (c.unicode() < 0x20 || c == QLatin1Char('`'))
            c = QLatin1Char(' ');
    return s;
}

} // namespace

QString privateCertDomain(const ServerConfig &sc)
{
    for (const CertificatePlan &c : sc.certificates)
        if (c.issuer == QLatin1String("private"))
            return c.domain;
    return QString();
}

bool usesPrivateCa(const StackConfig &cfg)
{
    for (const ServerConfig &sc : cfg.servers)
        if (sc.trustsPrivateCa || !privateCertDomain(sc).isEmpty())
            return true;
    return false;
}

namespace {

QString deployScript(const StackConfig &cfg)
{
    QString s = QStringLiteral(
        "#!/usr/bin/env bash\n"
        "# Stackwright deploy bundle: runs each server's script over ssh, in order\n"
        "# (databases, app servers, web servers, load balancers). Usage:\n"
        "#   ./deploy.sh              every server\n"
        "#   ./deploy.sh HOSTNAME...  only these servers (an unknown name: usage, exit 2)\n"
        "#   ./deploy.sh --help       the usage\n"
        "# Extra ssh options: SSH_OPTIONS, e.g. SSH_OPTIONS='-i ~/.ssh/deploy_key'.\n"
        "set -euo pipefail\n"
        "cd \"$(dirname \"$0\")\"\n\n");
    s += QStringLiteral("# Variables passed to the servers (read from this environment).\nSW_VARIABLES=(");
    for (const Variable &v : cfg.variables)
        s += QLatin1Char(' ') + v.envName();
    s += QStringLiteral(" )\n");
    s += QStringLiteral(
        "SSH_EXTRA=()\n"
        "if [ -n \"${SSH_OPTIONS:-}\" ]; then\n"
        "    read -r -a SSH_EXTRA <<<\"$SSH_OPTIONS\"\n"
        "fi\n\n"
        "# The remote side stores the script in a private temporary file and runs it\n"
        "# as root (sudo when the ssh user is not root).\n"
        "REMOTE=$(cat <<'SW_REMOTE'\n"
        "umask 077; f=$(mktemp) || exit 1; cat >\"$f\"\n"
        "if [ \"$(id -u)\" = 0 ]; then bash \"$f\" </dev/null; else sudo -n bash \"$f\" </dev/null; fi\n"
        "rc=$?; rm -f \"$f\"; exit $rc\n"
        "SW_REMOTE\n"
        ")\n\n"
        "# The stack's private CA (private-ca/, made on the first run and kept):\n"
        "# it signs the certificates of web servers behind the load balancers,\n"
        "# which verify them with it.\n"
        "private_ca() {\n"
        "    if [ ! -s private-ca/ca.crt ]; then\n"
        "        (umask 077 && mkdir -p private-ca)\n"
        "        openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj '/CN=Stackwright private CA' \\\n"
        "            -keyout private-ca/ca.key -out private-ca/ca.crt 2>/dev/null\n"
        "    fi\n"
        "}\n\n"
        "# private_cert NAME ADDRESS DOMAIN: a certificate for a server behind the balancers.\n"
        "private_cert() {\n"
        "    local name=$1 address=$2 domain=$3 san\n"
        "    if [ ! -s \"private-ca/$name.crt\" ]; then\n"
        "        san=\"DNS:$name,DNS:$domain\"\n"
        "        if [[ $address =~ ^[0-9.]+$|: ]]; then san=\"$san,IP:$address\"; else san=\"$san,DNS:$address\"; fi\n"
        "        openssl req -newkey rsa:2048 -nodes -subj \"/CN=$name\" -keyout \"private-ca/$name.key\" \\\n"
        "            -out \"private-ca/$name.csr\" 2>/dev/null\n"
        "        openssl x509 -req -in \"private-ca/$name.csr\" -CA private-ca/ca.crt -CAkey private-ca/ca.key \\\n"
        "            -CAcreateserial -days 825 -extfile <(printf 'subjectAltName=%s\\n' \"$san\") \\\n"
        "            -out \"private-ca/$name.crt\" 2>/dev/null\n"
        "    fi\n"
        "}\n\n"
        "# server_material NAME CERT_DOMAIN: what a server's script reads besides the\n"
        "# variables, as NAME=VALUE pairs each ended by a NUL byte (private_cert ran first).\n"
        "server_material() {\n"
        "    local name=$1 cert=$2\n"
        "    if [ -s private-ca/ca.crt ]; then\n"
        "        printf 'SW_PRIVATE_CA=%s\\0' \"$(cat private-ca/ca.crt)\"\n"
        "    fi\n"
        "    if [ -n \"$cert\" ]; then\n"
        "        printf 'SW_PRIVATE_CERT=%s\\0SW_PRIVATE_KEY=%s\\0' \"$(cat \"private-ca/$name.crt\")\" \"$(cat \"private-ca/$name.key\")\"\n"
        "    fi\n"
        "}\n\n"
        "# run_server SCRIPT HOST USER PORT NAME CERT_DOMAIN (\"\": no private certificate)\n"
        "run_server() {\n"
        "    local script=$1 host=$2 user=$3 port=$4 name=$5 cert=$6 var kv\n"
        "    if [ \"${#SELECTED[@]}\" -gt 0 ] && [[ \" ${SELECTED[*]} \" != *\" $name \"* ]]; then\n"
        "        return 0\n"
        "    fi\n"
        "    if [ -n \"$cert\" ]; then\n"
        "        private_cert \"$name\" \"$host\" \"$cert\"\n"
        "    fi\n"
        "    if [ \"$MATERIAL\" = 1 ]; then\n"
        "        server_material \"$name\" \"$cert\"\n"
        "        return 0\n"
        "    fi\n"
        "    printf '\\n=== %s (%s@%s:%s)\\n' \"$name\" \"$user\" \"$host\" \"$port\"\n"
        "    {\n"
        "        for var in \"${SW_VARIABLES[@]}\"; do\n"
        "            if [ -n \"${!var:-}\" ]; then\n"
        "                printf 'export %s=%q\\n' \"$var\" \"${!var}\"\n"
        "            fi\n"
        "        done\n"
        "        while IFS= read -r -d '' kv; do\n"
        "            printf 'export %q\\n' \"$kv\"\n"
        "        done < <(server_material \"$name\" \"$cert\")\n"
        "        cat \"servers/$script\"\n"
        "    } | ssh -p \"$port\" -l \"$user\" \"${SSH_EXTRA[@]}\" -- \"$host\" \"$REMOTE\"\n"
        "}\n\n"
        "usage() {\n"
        "    printf 'Usage: ./deploy.sh [HOSTNAME...]\\n'\n"
        "    printf 'Runs each server'\\''s script over ssh, in order; with host names, only those servers.\\n'\n"
        "    printf 'Host names: %s\\n' \"${HOSTS[*]}\"\n"
        "    printf 'Extra ssh options: SSH_OPTIONS, e.g. SSH_OPTIONS='\\''-i ~/.ssh/deploy_key'\\''.\\n'\n"
        "    printf 'With --material HOSTNAME: print what that server'\\''s script is given (for Stackwright'\\''s deploy engine).\\n'\n"
        "}\n\n");
    s += QStringLiteral("HOSTS=(");
    for (const ServerConfig &sc : cfg.servers)
        s += QLatin1Char(' ') + q(sc.hostname);
    s += QStringLiteral(
        " )\n"
        "SELECTED=()\n"
        "# --material: print the servers' material (see server_material), run nothing.\n"
        "MATERIAL=0\n"
        "for arg in \"$@\"; do\n"
        "    case $arg in\n"
        "    -h | --help) usage; exit 0 ;;\n"
        "    --material) MATERIAL=1; continue ;;\n"
        "    -*) printf 'deploy.sh: unknown option: %s\\n' \"$arg\" >&2; usage >&2; exit 2 ;;\n"
        "    esac\n"
        "    if [[ -z $arg || $arg == *[[:space:]]* || \" ${HOSTS[*]} \" != *\" $arg \"* ]]; then\n"
        "        printf 'deploy.sh: unknown host name: %s\\n' \"$arg\" >&2\n"
        "        usage >&2\n"
        "        exit 2\n"
        "    fi\n"
        "    SELECTED+=(\"$arg\")\n"
        "done\n");
    if (usesPrivateCa(cfg))
        s += QStringLiteral("private_ca\n");
    int i = 1;
    for (const ServerConfig &sc : cfg.servers) {
        s += QStringLiteral("run_server %1 %2 %3 %4 %5 %6\n")
                 .arg(q(ShellBundleExporter::scriptName(i++, sc)), q(sc.connectHost()), q(sc.sshUser))
                 .arg(sc.sshPort)
                 .arg(q(sc.hostname), q(privateCertDomain(sc)));
    }
    s += QStringLiteral("if [ \"$MATERIAL\" = 0 ]; then\n    printf '\\nAll servers are provisioned.\\n'\nfi\n");
    return s;
}

QString readme(const StackConfig &cfg)
{
    QString s = QStringLiteral("# Shell deploy bundle: %1\n\n").arg(oneLine(cfg.designName));
    s += QStringLiteral(
        "Written by Stackwright. `deploy.sh` runs one script per server over ssh, in this order:\n\n");
    int i = 1;
    for (const ServerConfig &sc : cfg.servers) {
        s += QStringLiteral("%1. `servers/%2` on `%3` (%4, ssh %5@%3:%6)\n")
                 .arg(i)
                 .arg(ShellBundleExporter::scriptName(i, sc), sc.connectHost(), tierGroup(sc.tier), sc.sshUser)
                 .arg(sc.sshPort);
        ++i;
    }
    s += QStringLiteral(
        "\nEach script is idempotent: running it again installs nothing new, rewrites no file whose\n"
        "content is unchanged and restarts a service only when one of its files, its code or its\n"
        "packages changed. Configuration files are checked (`haproxy -c`, `keepalived --config-test`,\n"
        "`apache2 -t`) before they replace the current ones.\n\n"
        "## Before running\n\n"
        "The servers run Ubuntu 22.04/24.04 or Debian 12; your ssh key is accepted by each of them\n"
        "(the ssh user is root, or may `sudo` without a password). Set these environment variables;\n"
        "secrets are sent to the servers over ssh and never written into this folder:\n\n");
    if (cfg.variables.isEmpty())
        s += QStringLiteral("- none: this design needs no deploy-time value.\n");
    for (const Variable &v : cfg.variables) {
        s += QStringLiteral("- `%1`%2: %3%4\n")
                 .arg(v.envName(), v.secret ? QStringLiteral(" (secret)") : QString(), v.description,
                      v.shellDefault.isEmpty() ? QString() : QStringLiteral(" Optional: detected or defaulted when unset."));
    }
    s += QStringLiteral(
        "\n## Running\n\n"
        "```sh\n"
        "read -rs MYSQL_APP_PASSWORD && export MYSQL_APP_PASSWORD   # and the others above\n"
        "./deploy.sh                # every server, in order\n"
        "./deploy.sh web-01         # only some servers (by hostname)\n"
        "SSH_OPTIONS='-i ~/.ssh/deploy' ./deploy.sh\n"
        "```\n\n"
        "Private repositories: give the `webapp` user of the app servers a deploy key (or use an\n"
        "https address the servers can read).\n");
    if (!cfg.notes.isEmpty()) {
        s += QStringLiteral("\n## To do by hand\n\n");
        for (const QString &n : cfg.notes)
            s += QStringLiteral("- %1\n").arg(oneLine(n));
    }
    return s;
}

} // namespace

QString ShellBundleExporter::scriptName(int index, const ServerConfig &server)
{
    return QStringLiteral("%1-%2.sh").arg(index, 2, 10, QLatin1Char('0')).arg(server.hostname);
}

namespace {

// Renders the bundle's files one at a time into `sink` (path, content), in
// the bundle's order; stops at the first sink that fails.
bool renderShellFiles(const StackConfig &cfg, const std::function<bool(const QString &, const QString &)> &sink)
{
    if (!sink(QStringLiteral("README.md"), readme(cfg)) || !sink(QStringLiteral("deploy.sh"), deployScript(cfg)))
        return false;
    QString order;
    int i = 1;
    for (const ServerConfig &sc : cfg.servers) {
        const QString name = ShellBundleExporter::scriptName(i++, sc);
        if (!sink(QStringLiteral("servers/") + name, serverScript(cfg, sc)))
            return false;
        order += QStringLiteral("%1\t%2\t%3\t%4\t%5\n").arg(name, sc.connectHost(), sc.sshUser).arg(sc.sshPort).arg(sc.id);
    }
    return sink(QStringLiteral("servers/order.txt"), order);
}

} // namespace

bool ShellBundleExporter::files(QVector<QPair<QString, QString>> *out, QString *error) const
{
    StackConfig cfg;
    if (!buildStackConfig(m_design, &cfg, error))
        return false;
    out->clear();
    return renderShellFiles(cfg, [out](const QString &path, const QString &content) {
        out->append({path, content});
        return true;
    });
}

bool ShellBundleExporter::write(const QString &dir, QString *error) const
{
    // Each file goes to disk as soon as it is rendered: the scripts of a
    // large design are never all in memory at once.
    QString err;
    StackConfig cfg;
    BundleWriter writer(dir);
    const bool ok = BundleWriter::targetAcceptable(dir, &err) && buildStackConfig(m_design, &cfg, &err) && writer.open(&err)
                    && renderShellFiles(cfg, [&](const QString &path, const QString &content) {
                           return writer.put(path, content.toUtf8(), path.endsWith(QLatin1String(".sh")), &err);
                       })
                    && writer.commit(&err);
    if (!ok && error)
        *error = err;
    return ok;
}

bool writeShellBundle(const Design &design, const QString &dir, QString *error)
{
    return ShellBundleExporter(design).write(dir, error);
}

} // namespace sw::bundle
