#include "deploy/lab/labengine.h"
#include "deploy/lab/labtr_p.h"

#include "core/io/jsonformat.h"
#include "exporters/bundle/stackconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QThread>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

namespace sw::lab {

namespace {

double childCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

QString randomSecret()
{
    static const char chars[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString s;
    for (int i = 0; i < 24; ++i)
        s += QLatin1Char(chars[QRandomGenerator::system()->bounded(int(sizeof(chars) - 1))]);
    return s;
}

bool writePrivate(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error = Tr::tr("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

LabEngine::LabEngine(const QString &stateDir) : m_state(stateDir) {}

bool LabEngine::canRun(QString *why)
{
    if (geteuid() == 0)
        return true;
    const QByteArray clone = readAll(QStringLiteral("/proc/sys/kernel/unprivileged_userns_clone")).trimmed();
    const bool userns = clone != "0";
    *why = Tr::tr("the lab creates network and mount namespaces and runs the servers' daemons in them, which needs root%1; "
                  "run it with sudo")
               .arg(userns ? Tr::tr(" (unprivileged user namespaces are allowed here, but the packaged daemons do not run in them)")
                           : Tr::tr(" (unprivileged user namespaces are disabled here)"));
    return false;
}

bool LabEngine::isUp() const { return QFile::exists(m_state + QStringLiteral("/design.json")); }

bool LabEngine::runHost(const QString &script, const QStringList &args, QString *error, QByteArray *out) const
{
    QProcess p;
    p.setProgram(QStringLiteral("bash"));
    p.setArguments(QStringList{QStringLiteral("-c"), script, QStringLiteral("_")} + args);
    p.start();
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        }
        *error = QString::fromUtf8(p.readAllStandardError()).trimmed();
        if (error->isEmpty())
            *error = Tr::tr("a lab step failed (exit code %1)").arg(p.exitCode());
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

QStringList LabEngine::enterArgs(const LabNode &node) const
{
    QStringList a{QStringLiteral("--net=/run/netns/") + netnsName(node.name)};
    if (QFile::exists(QStringLiteral("%1/ns/%2.mnt").arg(m_state, node.name))) {
        a << QStringLiteral("--mount=%1/ns/%2.mnt").arg(m_state, node.name)
          << QStringLiteral("--uts=%1/ns/%2.uts").arg(m_state, node.name);
    }
    return a;
}

bool LabEngine::runInNode(const LabNode &node, const QStringList &command, const QProcessEnvironment &env, QByteArray *out,
                          QString *error, int timeoutMs) const
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(QStringLiteral("nsenter"));
    p.setArguments(enterArgs(node) + QStringList{QStringLiteral("--")} + command);
    p.start();
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return true;
    *error = Tr::tr("node \"%1\": %2").arg(node.name, QString::fromUtf8(p.readAllStandardError()).trimmed());
    return false;
}

QProcessEnvironment LabEngine::scriptEnvironment(const LabNode &node, const QProcessEnvironment &lab) const
{
    QProcessEnvironment env = lab;
    const QString ca = m_state + QStringLiteral("/ca/");
    env.insert(QStringLiteral("SW_PRIVATE_CA"), QString::fromUtf8(readAll(ca + QStringLiteral("ca.crt"))).trimmed());
    env.insert(QStringLiteral("SW_LAB_CERT"), QString::fromUtf8(readAll(ca + QStringLiteral("domain.crt"))).trimmed());
    env.insert(QStringLiteral("SW_LAB_KEY"), QString::fromUtf8(readAll(ca + QStringLiteral("domain.key"))).trimmed());
    if (!node.privateCertDomain.isEmpty()) {
        env.insert(QStringLiteral("SW_PRIVATE_CERT"), QString::fromUtf8(readAll(ca + QStringLiteral("server-%1.crt").arg(node.name))).trimmed());
        env.insert(QStringLiteral("SW_PRIVATE_KEY"), QString::fromUtf8(readAll(ca + QStringLiteral("server-%1.key").arg(node.name))).trimmed());
    }
    return env;
}

bool LabEngine::loadLab(LabPlan *plan, QProcessEnvironment *env, QString *error) const
{
    if (!isUp()) {
        *error = Tr::tr("no lab is running (%1 has none): start one with: stackwright-cli lab up FILE").arg(m_state);
        return false;
    }
    Design design;
    if (!readJson(readAll(m_state + QStringLiteral("/design.json")), &design, error) || !planLab(design, plan, error))
        return false;
    const QJsonObject secrets = QJsonDocument::fromJson(readAll(m_state + QStringLiteral("/secrets.json"))).object();
    *env = QProcessEnvironment();
    env->insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
    env->insert(QStringLiteral("HOME"), QStringLiteral("/root"));
    env->insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env->insert(QStringLiteral("SW_LAB_SHARE"), QStringLiteral("/run/stackwright-lab/share"));
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        env->insert(it.key(), it.value().toString());
    return true;
}

bool LabEngine::up(const Design &design, const LabProgress &progress, const std::atomic_bool *cancel, QString *error)
{
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = childCpuSeconds();
    auto say = [&](LabEvent::Kind k, const QString &node, const QString &step, const QString &text) {
        if (progress)
            progress(LabEvent{k, node, step, text});
    };
    auto cancelled = [&]() {
        if (cancel && cancel->load()) {
            *error = Tr::tr("cancelled: run `stackwright-cli lab down` (or close the lab) to remove what was started");
            return true;
        }
        return false;
    };
    if (!canRun(error))
        return false;
    if (isUp() || QDir(m_state).exists()) {
        *error = Tr::tr("a lab is already running here (%1): stop it first with: stackwright-cli lab down").arg(m_state);
        return false;
    }
    LabPlan plan;
    if (!planLab(design, &plan, error))
        return false;

    // State: the design, the lab's secrets, the scripts, the demo app.
    say(LabEvent::Kind::Started, QString(), QStringLiteral("namespaces"), Tr::tr("creating the lab network"));
    if (!runHost(bridgeUpScript(), {m_state}, error))
        return false;
    QJsonObject secrets{{QStringLiteral("MYSQL_APP_PASSWORD"), randomSecret()},
                        {QStringLiteral("MYSQL_REPLICATION_PASSWORD"), randomSecret()},
                        {QStringLiteral("CACHE_PASSWORD"), randomSecret()},
                        {QStringLiteral("LETSENCRYPT_EMAIL"), QStringLiteral("lab@example.invalid")},
                        {QStringLiteral("SUMOLOGIC_ACCESS_ID"), QStringLiteral("lab")},
                        {QStringLiteral("SUMOLOGIC_ACCESS_KEY"), QStringLiteral("lab")},
                        // Required by the scripts; never read: the lab profile downloads no collector.
                        {QStringLiteral("SUMOLOGIC_COLLECTOR_SHA256"), QString(64, QLatin1Char('0'))},
                        {QStringLiteral("VRRP_INTERFACE"), QStringLiteral("eth0")}};
    const QString share = m_state + QStringLiteral("/share");
    QDir().mkpath(share + QStringLiteral("/scripts"));
    QDir().mkpath(share + QStringLiteral("/demoapp"));
    if (!writePrivate(m_state + QStringLiteral("/secrets.json"), QJsonDocument(secrets).toJson(), error)
        || !writePrivate(share + QStringLiteral("/demoapp/wsgi.py"), bundle::demoApplication().toUtf8(), error))
        return false;
    QFile::setPermissions(share + QStringLiteral("/demoapp/wsgi.py"), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    for (const LabNode &n : plan.nodes)
        if (n.role == LabNode::Role::Server && !writePrivate(share + QStringLiteral("/scripts/") + n.scriptName, n.script.toUtf8(), error))
            return false;
    // The design last: its presence means "a lab is here" to the other calls.
    if (!writePrivate(m_state + QStringLiteral("/design.json"), writeJson(design), error))
        return false;

    QStringList caArgs{m_state, plan.domain};
    for (const LabNode &n : plan.nodes)
        if (!n.privateCertDomain.isEmpty())
            caArgs << n.name << n.addresses.value(0);
    say(LabEvent::Kind::Started, QString(), QStringLiteral("certificates"), Tr::tr("creating the lab CA"));
    if (!runHost(caScript(), caArgs, error))
        return false;

    int index = 0;
    for (const LabNode &n : plan.nodes) {
        if (cancelled())
            return false;
        say(LabEvent::Kind::Started, n.name, QStringLiteral("namespaces"), Tr::tr("network and mount namespaces"));
        QStringList args{m_state, n.name, n.role == LabNode::Role::Server ? n.name : QStringLiteral("users"), QString::number(++index)};
        args += n.addresses;
        if (!runHost(nodeUpScript(), args, error)) {
            say(LabEvent::Kind::Failed, n.name, QStringLiteral("namespaces"), *error);
            *error = Tr::tr("node \"%1\": %2").arg(n.name, *error);
            return false;
        }
        say(LabEvent::Kind::Done, n.name, QStringLiteral("namespaces"), n.addresses.join(QStringLiteral(", ")));
    }
    QProcessEnvironment env;
    if (!loadLab(&plan, &env, error))
        return false;
    if (const LabNode *users = plan.node(QStringLiteral("users"))) {
        if (!runInNode(*users, {QStringLiteral("bash"), QStringLiteral("-c"), usersSetupScript(), QStringLiteral("_"), plan.domain, plan.dnsTarget},
                       env, nullptr, error))
            return false;
    }
    int stages = 0;
    for (const LabNode &n : plan.nodes)
        stages = std::max(stages, n.stage + 1);
    for (int s = 0; s < stages; ++s) {
        QVector<const LabNode *> batch;
        for (const LabNode &n : plan.nodes)
            if (n.role == LabNode::Role::Server && n.stage == s)
                batch << &n;
        if (!provision(batch, env, progress, cancel, error))
            return false;
    }
    // Up means serving: the virtual addresses held, a request answered.
    say(LabEvent::Kind::Started, QString(), QStringLiteral("ready"), Tr::tr("waiting for the stack to answer"));
    if (!waitReady(plan, cancel, error))
        return false;
    m_timing.wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    m_timing.cpuSeconds = childCpuSeconds() - cpu0;
    say(LabEvent::Kind::Done, QString(), QStringLiteral("lab"), Tr::tr("the lab is up"));
    return true;
}

bool LabEngine::waitReady(const LabPlan &plan, const std::atomic_bool *cancel, QString *error)
{
    QElapsedTimer t;
    t.start();
    QString last;
    while (t.elapsed() < 30000) {
        if (cancel && cancel->load()) {
            *error = Tr::tr("cancelled: run `stackwright-cli lab down` to remove what was started");
            return false;
        }
        LabStatus s;
        bool ready = status(&s, false, &last) && s.vipHolders.size() >= plan.vips.size();
        if (ready && !plan.dnsTarget.isEmpty()) {
            ProbeOptions o;
            o.count = 1;
            o.timeoutMs = 3000;
            QVector<ProbeResult> r;
            ready = probe(o, &r, &last) && !r.isEmpty() && r.first().ok();
            if (!r.isEmpty() && !r.first().ok())
                last = Tr::tr("%1://%2/ answered %3 %4").arg(plan.entryScheme, plan.domain).arg(r.first().status).arg(r.first().error);
        } else if (!ready && last.isEmpty()) {
            last = Tr::tr("no server holds the virtual address yet");
        }
        if (ready)
            return true;
        QThread::msleep(300);
    }
    *error = Tr::tr("the servers are provisioned, but the stack does not answer after 30 s: %1").arg(last);
    return false;
}

bool LabEngine::provision(const QVector<const LabNode *> &nodes, const QProcessEnvironment &env, const LabProgress &progress,
                          const std::atomic_bool *cancel, QString *error)
{
    std::vector<std::unique_ptr<QProcess>> procs;
    QDir().mkpath(m_state + QStringLiteral("/logs"));
    for (const LabNode *n : nodes) {
        if (progress)
            progress(LabEvent{LabEvent::Kind::Started, n->name, QStringLiteral("provision"), n->scriptName});
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(scriptEnvironment(*n, env));
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->setStandardOutputFile(QStringLiteral("%1/logs/%2.log").arg(m_state, n->name), QIODevice::Append);
        p->setProgram(QStringLiteral("nsenter"));
        p->setArguments(enterArgs(*n) + QStringList{QStringLiteral("--"), QStringLiteral("bash"),
                                                    QStringLiteral("/run/stackwright-lab/share/scripts/") + n->scriptName});
        p->setStandardInputFile(QProcess::nullDevice());
        p->start();
        procs.push_back(std::move(p));
    }
    QElapsedTimer t;
    t.start();
    bool ok = true;
    for (size_t i = 0; i < procs.size(); ++i) {
        QProcess &p = *procs[i];
        while (!p.waitForFinished(100)) {
            if ((cancel && cancel->load()) || t.elapsed() > 300000) {
                p.kill();
                p.waitForFinished();
                break;
            }
        }
        const LabNode *n = nodes[int(i)];
        if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
            if (progress)
                progress(LabEvent{LabEvent::Kind::Done, n->name, QStringLiteral("provision"), Tr::tr("provisioned")});
            continue;
        }
        QString tail = QString::fromUtf8(readAll(QStringLiteral("%1/logs/%2.log").arg(m_state, n->name))).trimmed();
        tail = tail.section(QLatin1Char('\n'), -5);
        if (ok)
            *error = Tr::tr("node \"%1\": its script %2 failed (log: %3/logs/%1.log):\n%4").arg(n->name, n->scriptName, m_state, tail);
        if (cancel && cancel->load())
            *error = Tr::tr("cancelled: run `stackwright-cli lab down` to remove what was started");
        if (progress)
            progress(LabEvent{LabEvent::Kind::Failed, n->name, QStringLiteral("provision"), tail});
        ok = false;
    }
    return ok;
}

bool LabEngine::down(QString *error)
{
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = childCpuSeconds();
    if (!canRun(error))
        return false;
    const bool ok = runHost(downScript(), {m_state}, error);
    m_timing.wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    m_timing.cpuSeconds = childCpuSeconds() - cpu0;
    return ok;
}

} // namespace sw::lab
