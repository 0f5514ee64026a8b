// LabEngine: what it answers about a running lab (status, files), and what
// it does to one node (exec, fail, heal), and the probe from the users.
#include "deploy/lab/labengine.h"
#include "deploy/lab/labtr_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace sw::lab {

namespace {

QString roleName(LabNode::Role r)
{
    switch (r) {
    case LabNode::Role::Server: return QStringLiteral("server");
    case LabNode::Role::Users: return QStringLiteral("users");
    case LabNode::Role::Firewall: return QStringLiteral("firewall");
    }
    return QString();
}

} // namespace

void LabEngine::checkFiles(const LabNode &node, const QProcessEnvironment &env, NodeStatus *status) const
{
    QHash<QString, QString> values;
    for (const QString &k : env.keys())
        values.insert(k.toLower(), env.value(k));
    values.insert(QStringLiteral("gunicorn_app"), QStringLiteral("wsgi:application"));
    QStringList paths;
    for (const bundle::ConfigFile &f : node.files)
        paths << f.path;
    QByteArray out;
    QString error;
    // One line per file: the SHA-256 of what is on the node ("-" when missing).
    const QString script = QStringLiteral("for f in \"$@\"; do if [ -f \"$f\" ]; then sha256sum <\"$f\" | cut -d ' ' -f 1; else echo -; fi; done");
    if (!runInNode(node, QStringList{QStringLiteral("bash"), QStringLiteral("-c"), script, QStringLiteral("_")} + paths, env, &out, &error)) {
        status->filesDiffering << error;
        return;
    }
    const QList<QByteArray> sums = out.split('\n');
    for (int i = 0; i < node.files.size(); ++i) {
        const QByteArray want = QCryptographicHash::hash(node.files[i].render(values).toUtf8(), QCryptographicHash::Sha256).toHex();
        ++status->filesChecked;
        if (sums.value(i) != want)
            status->filesDiffering << node.files[i].path;
    }
}

bool LabEngine::status(LabStatus *out, bool withFiles, QString *error)
{
    *out = LabStatus();
    LabPlan plan;
    QProcessEnvironment env;
    if (!loadLab(&plan, &env, error))
        return false;
    out->running = true;
    out->designName = plan.designName;
    out->domain = plan.domain;
    out->dnsTarget = plan.dnsTarget;
    out->hostOs = plan.hostOs;
    out->notes = plan.notes;
    out->notes << Tr::tr("the servers run as %1 (this machine's system)").arg(plan.hostOs);
    for (const LabNode &n : plan.nodes) {
        NodeStatus s;
        s.name = n.name;
        s.nodeId = n.nodeId;
        s.role = roleName(n.role);
        s.addresses = n.addresses;
        s.notes = n.notes;
        s.present = QFile::exists(QStringLiteral("/run/netns/") + netnsName(n.name));
        s.failed = QFile::exists(QStringLiteral("%1/failed/%2").arg(m_state, n.name));
        if (s.present && !n.units.isEmpty()) {
            QByteArray o;
            QString e;
            runInNode(n, QStringList{QStringLiteral("bash"), QStringLiteral("-c"), unitStatusScript(), QStringLiteral("_")} + n.units, env, &o, &e);
            for (const QByteArray &line : o.split('\n'))
                if (!line.isEmpty())
                    s.units << UnitStatus{QString::fromUtf8(line.split(' ').value(0)), line.endsWith(" up"), line.endsWith(" absent")};
        }
        if (s.present) {
            QByteArray o;
            QString e;
            runInNode(n, {QStringLiteral("ip"), QStringLiteral("-o"), QStringLiteral("-4"), QStringLiteral("addr"), QStringLiteral("show")}, env, &o, &e);
            for (const QString &vip : plan.vips)
                if (o.contains(QStringLiteral(" %1/").arg(vip).toUtf8()))
                    out->vipHolders << n.name;
        }
        if (withFiles && s.present && n.role == LabNode::Role::Server)
            checkFiles(n, env, &s);
        out->nodes << s;
    }
    return true;
}

int LabEngine::exec(const QString &nodeName, const QStringList &command, QString *error)
{
    LabPlan plan;
    QProcessEnvironment env;
    if (!loadLab(&plan, &env, error))
        return -1;
    const LabNode *n = plan.node(nodeName);
    if (!n) {
        *error = Tr::tr("no node \"%1\" in the lab (see stackwright-cli lab status)").arg(nodeName);
        return -1;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.setInputChannelMode(QProcess::ForwardedInputChannel);
    p.setProgram(QStringLiteral("nsenter"));
    p.setArguments(enterArgs(*n) + QStringList{QStringLiteral("--")} + command);
    p.start();
    if (!p.waitForStarted()) {
        *error = Tr::tr("cannot start nsenter: %1").arg(p.errorString());
        return -1;
    }
    p.waitForFinished(-1);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : 128 + 9;
}

bool LabEngine::capture(const QString &nodeName, const QStringList &command, QByteArray *out, QString *error, int timeoutMs)
{
    LabPlan plan;
    QProcessEnvironment env;
    if (!loadLab(&plan, &env, error))
        return false;
    const LabNode *n = plan.node(nodeName);
    if (!n) {
        *error = Tr::tr("no node \"%1\" in the lab (see stackwright-cli lab status)").arg(nodeName);
        return false;
    }
    return runInNode(*n, command, env, out, error, timeoutMs);
}

// The server `name` of the lab, or null with the message in `error`.
static const LabNode *labServer(const LabPlan &plan, const QString &name, QString *error)
{
    const LabNode *n = plan.node(name);
    if (n && n->role == LabNode::Role::Server)
        return n;
    *error = Tr::tr("no server \"%1\" in the lab (see stackwright-cli lab status)").arg(name);
    return nullptr;
}

bool LabEngine::fail(const QString &nodeName, QString *error)
{
    LabPlan plan;
    QProcessEnvironment env;
    if (!loadLab(&plan, &env, error))
        return false;
    const LabNode *n = labServer(plan, nodeName, error);
    if (!n)
        return false;
    QDir().mkpath(m_state + QStringLiteral("/failed"));
    QFile mark(QStringLiteral("%1/failed/%2").arg(m_state, n->name));
    if (!mark.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("%1: cannot write").arg(mark.fileName());
        return false;
    }
    mark.close();
    return runHost(stopNodeScript(), {netnsName(n->name)}, error);
}

bool LabEngine::heal(const QString &nodeName, QString *error)
{
    LabPlan plan;
    QProcessEnvironment env;
    if (!loadLab(&plan, &env, error))
        return false;
    const LabNode *n = labServer(plan, nodeName, error);
    if (!n)
        return false;
    // Its script again: idempotent, it starts what is not running.
    if (!provision({n}, env, LabProgress(), nullptr, error))
        return false;
    QFile::remove(QStringLiteral("%1/failed/%2").arg(m_state, n->name));
    return true;
}

bool LabEngine::probe(const ProbeOptions &o, QVector<ProbeResult> *out, QString *error)
{
    out->clear();
    LabPlan plan;
    QProcessEnvironment env;
    if (!loadLab(&plan, &env, error))
        return false;
    const LabNode *users = plan.node(QStringLiteral("users"));
    const QString host = plan.domain.isEmpty() ? plan.dnsTarget : plan.domain;
    if (!users || host.isEmpty()) {
        *error = Tr::tr("the design has no DNS record pointing at the stack: nothing to probe");
        return false;
    }
    QString path = o.path;
    if (o.write)
        path += QStringLiteral("?write=1&replica");
    const QString url = QStringLiteral("%1://%2%3").arg(o.scheme.isEmpty() ? plan.entryScheme : o.scheme, host, path);
    QByteArray text;
    const int budget = o.count * (o.intervalMs + o.timeoutMs) + 10000;
    if (!runInNode(*users, {QStringLiteral("python3"), QStringLiteral("-c"), probeProgram(), url, QString::number(o.count),
                            QString::number(o.intervalMs), QString::number(o.timeoutMs)}, env, &text, error, budget))
        return false;
    for (const QByteArray &line : text.split('\n'))
        if (!line.trimmed().isEmpty())
            out->append(parseProbeLine(line));
    return true;
}

} // namespace sw::lab
