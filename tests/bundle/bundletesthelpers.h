// Helpers shared by the bundle tests: run a tool, read a file, the config
// files a shell script writes, the Ansible templates rendered with Jinja2.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace bundletest {

struct Result {
    int code = -1;
    QString output; // stdout + stderr
};

// Runs `program args` in `dir` with extra environment; waits up to `seconds`.
Result run(const QString &program, const QStringList &args, const QString &dir = QString(),
           const QHash<QString, QString> &env = {}, int seconds = 120);
QString readText(const QString &path);
bool writeText(const QString &path, const QString &text);
// path -> content of every `sw_file PATH ... <<'DELIM'` in a server script,
// "@@NAME@@" replaced by values[NAME].
QHash<QString, QString> shellFiles(const QString &script, const QHash<QString, QString> &values);
// Renders every roles/*/templates/**.j2 of an Ansible project with Jinja2
// (as Ansible's template module does) into `outDir`, same relative paths.
bool renderTemplates(const QString &projectDir, const QString &outDir, const QHash<QString, QString> &vars, QString *error);
// The environment that keeps Ansible offline and out of the real home.
QHash<QString, QString> ansibleEnv(const QString &tmpDir);
// A network interface of this machine other than lo (for keepalived checks).
QString someInterface();
// The user these tests run as, and whether it is root (the configuration
// checkers refuse some things to others: binding ports below 1024, scripts
// run as root).
QString userName();
bool isRoot();
// `nginx -t` on a site (the text of /etc/nginx/sites-available/stackwright),
// included in the http block of a minimal main configuration in `dir` with
// pid, logs and temp paths there. Nothing is started. Run as non-root, the
// ports below 1024 are moved up (nginx -t binds them).
Result nginxTest(const QString &site, const QString &dir);
// `apache2ctl configtest` on a copy of this machine's /etc/apache2 in `dir`,
// with the site installed the way the bundles do it on the target:
// a2enmod MODULES, a2ensite stackwright, a2dissite 000-default.
Result apacheConfigtest(const QString &site, const QStringList &modules, const QString &dir);

} // namespace bundletest
