#include "bundletesthelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>

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

} // namespace bundletest
