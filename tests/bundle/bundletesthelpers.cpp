#include "tests/bundle/bundletesthelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace bundletest {

Result run(const QString &program, const QStringList &args, const QString &dir, const QHash<QString, QString> &env, int seconds)
{
    QProcess p;
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Result r;
    if (!p.waitForStarted(10000)) {
        r.output = QStringLiteral("cannot start %1").arg(program);
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(seconds * 1000)) {
        p.kill();
        p.waitForFinished();
        r.output = QStringLiteral("timeout: %1").arg(program);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = QString::fromUtf8(p.readAll());
    return r;
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

bool writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

QHash<QString, QString> shellFiles(const QString &script, const QHash<QString, QString> &values)
{
    QHash<QString, QString> out;
    const QStringList lines = script.split(QLatin1Char('\n'));
    static const QRegularExpression head(QStringLiteral("^sw_file '([^']+)' .*<<'([A-Z_0-9]+)'$"));
    for (int i = 0; i < lines.size(); ++i) {
        const auto m = head.match(lines[i]);
        if (!m.hasMatch())
            continue;
        QString content;
        int j = i + 1;
        for (; j < lines.size() && lines[j] != m.captured(2); ++j)
            content += lines[j] + QLatin1Char('\n');
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            content.replace(QStringLiteral("@@%1@@").arg(it.key()), it.value());
        out.insert(m.captured(1), content);
        i = j;
    }
    return out;
}

bool renderTemplates(const QString &projectDir, const QString &outDir, const QHash<QString, QString> &vars, QString *error)
{
    QJsonObject o;
    for (auto it = vars.cbegin(); it != vars.cend(); ++it)
        o.insert(it.key(), it.value());
    const QString py = QStringLiteral(
        "import sys, json, pathlib, jinja2\n"
        "root = pathlib.Path(sys.argv[1]); out = pathlib.Path(sys.argv[2]); values = json.loads(sys.argv[3])\n"
        "env = jinja2.Environment(keep_trailing_newline=True, trim_blocks=True, undefined=jinja2.StrictUndefined)\n"
        "for p in sorted(root.glob('roles/*/templates/*/*.j2')):\n"
        "    t = out / p.relative_to(root)\n"
        "    t.parent.mkdir(parents=True, exist_ok=True)\n"
        "    t.write_text(env.from_string(p.read_text()).render(**values))\n");
    const Result r = run(QStringLiteral("python3"),
                         {QStringLiteral("-c"), py, projectDir, outDir, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))});
    if (r.code != 0 && error)
        *error = r.output;
    return r.code == 0;
}

QHash<QString, QString> ansibleEnv(const QString &tmpDir)
{
    QDir().mkpath(tmpDir + QStringLiteral("/home"));
    QDir().mkpath(tmpDir + QStringLiteral("/ansible-tmp"));
    return {{QStringLiteral("HOME"), tmpDir + QStringLiteral("/home")},
            {QStringLiteral("ANSIBLE_LOCAL_TEMP"), tmpDir + QStringLiteral("/ansible-tmp")},
            {QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1")},
            {QStringLiteral("NO_COLOR"), QStringLiteral("1")},
            {QStringLiteral("ANSIBLE_GALAXY_DISABLE_GPG_VERIFY"), QStringLiteral("1")}};
}

QString someInterface()
{
    for (const QNetworkInterface &i : QNetworkInterface::allInterfaces())
        if (!(i.flags() & QNetworkInterface::IsLoopBack) && !i.name().isEmpty())
            return i.name();
    return QStringLiteral("eth0");
}

QString userName()
{
    const struct passwd *pw = getpwuid(geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(geteuid());
}

bool isRoot()
{
    return geteuid() == 0;
}

Result nginxTest(const QString &site, const QString &dir)
{
    QDir().mkpath(dir);
    QString text = site;
    if (!isRoot()) {
        static const QRegularExpression listen(QStringLiteral("\\blisten (\\d+)\\b"));
        QString moved;
        int last = 0;
        for (auto it = listen.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const int port = m.captured(1).toInt();
            moved += text.mid(last, m.capturedStart() - last)
                     + QStringLiteral("listen %1").arg(port < 1024 ? port + 20000 : port);
            last = m.capturedEnd();
        }
        text = moved + text.mid(last);
    }
    const QString sitePath = dir + QStringLiteral("/site.conf");
    const QString main = dir + QStringLiteral("/nginx.conf");
    QString conf = QStringLiteral("pid %1/nginx.pid;\n"
                                  "error_log stderr;\n"
                                  "events {}\n"
                                  "http {\n"
                                  "    include /etc/nginx/mime.types;\n"
                                  "    access_log %1/access.log;\n").arg(dir);
    for (const char *t : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
        conf += QStringLiteral("    %1_temp_path %2/%1;\n").arg(QLatin1String(t), dir);
    conf += QStringLiteral("    include %1;\n}\n").arg(sitePath);
    if (!writeText(sitePath, text) || !writeText(main, conf))
        return Result{-1, QStringLiteral("cannot write in %1").arg(dir)};
    return run(QStringLiteral("nginx"), {QStringLiteral("-t"), QStringLiteral("-e"), QStringLiteral("stderr"),
                                         QStringLiteral("-p"), dir + QLatin1Char('/'), QStringLiteral("-c"), main});
}

Result apacheConfigtest(const QString &site, const QStringList &modules, const QString &dir)
{
    const QString conf = dir + QStringLiteral("/etc-apache2");
    QDir().mkpath(dir);
    Result r = run(QStringLiteral("cp"), {QStringLiteral("-a"), QStringLiteral("/etc/apache2"), conf});
    if (r.code != 0)
        return r;
    // apache2ctl creates the run and lock folders, owned by the run user.
    for (const char *d : {"log", "state"})
        QDir().mkpath(dir + QLatin1Char('/') + QLatin1String(d));
    // Apache refuses to run as root: www-data then, else this user.
    QString user = QStringLiteral("www-data"), groupName = QStringLiteral("www-data");
    if (!isRoot()) {
        const struct group *gr = getgrgid(getegid());
        user = userName();
        groupName = gr ? QString::fromLocal8Bit(gr->gr_name) : QString::number(getegid());
    }
    const QString envvars = QStringLiteral("export APACHE_RUN_USER=%2\n"
                                           "export APACHE_RUN_GROUP=%3\n"
                                           "export APACHE_PID_FILE=%1/run/apache2.pid\n"
                                           "export APACHE_RUN_DIR=%1/run\n"
                                           "export APACHE_LOCK_DIR=%1/lock\n"
                                           "export APACHE_LOG_DIR=%1/log\n"
                                           "export LANG=C\n").arg(dir, user, groupName);
    if (!writeText(conf + QStringLiteral("/envvars"), envvars)
        || !writeText(conf + QStringLiteral("/sites-available/stackwright.conf"), site))
        return Result{-1, QStringLiteral("cannot write in %1").arg(conf)};
    const QHash<QString, QString> env{{QStringLiteral("APACHE_CONFDIR"), conf},
                                      {QStringLiteral("APACHE_STATE_DIRECTORY"), dir + QStringLiteral("/state")}};
    const QList<QPair<QString, QStringList>> steps{
        {QStringLiteral("a2enmod"), QStringList{QStringLiteral("-q")} + modules},
        {QStringLiteral("a2ensite"), {QStringLiteral("-q"), QStringLiteral("stackwright")}},
        {QStringLiteral("a2dissite"), {QStringLiteral("-q"), QStringLiteral("000-default")}},
        {QStringLiteral("apache2ctl"), {QStringLiteral("configtest")}}};
    QString output;
    for (const auto &step : steps) {
        r = run(step.first, step.second, dir, env);
        output += r.output;
        if (r.code != 0)
            break;
    }
    r.output = output;
    return r;
}

} // namespace bundletest
