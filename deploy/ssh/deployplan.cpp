#include "deploy/ssh/deployplan.h"

#include "deploy/ssh/servercheck.h"
#include "deploy/ssh/servermaterial.h"
#include "core/model/check.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace sw {

QStringList DeployPlan::serverIds() const
{
    QStringList ids;
    for (const QStringList &tier : tiers)
        ids += tier;
    return ids;
}

int defaultTier(const Design &design, const QString &serverId)
{
    int tier = 5;
    for (const QString &childId : design.children(serverId)) {
        const Node *n = design.node(childId);
        if (!n)
            continue;
        switch (n->kind) {
        case Kind::Database:
            tier = qMin(tier, n->propString(QStringLiteral("role")) == QLatin1String("replica") ? 1 : 0);
            break;
        case Kind::AppServer: tier = qMin(tier, 2); break;
        case Kind::WebServer: tier = qMin(tier, 3); break;
        case Kind::LoadBalancer: tier = qMin(tier, 4); break;
        case Kind::Internet:
        case Kind::Dns:
        case Kind::Certificate:
        case Kind::Server:
        case Kind::Codebase:
        case Kind::MonitoringAgent:
        case Kind::Firewall:
        case Kind::MonitoringService:
        case Kind::Cluster:
        case Kind::Zone:
        case Kind::Note:
        case Kind::Cache: break;
        }
    }
    return tier;
}

bool planFromDesign(const Design &design, const QStringList &hosts, const TargetOverride &all,
                    const QHash<QString, TargetOverride> &perServer, DeployPlan *plan, QString *error)
{
    *plan = DeployPlan();
    // A draft cannot be deployed: the PROP-MISSING finding's own message.
    if (const QStringList missing = missingRequired(design); !missing.isEmpty()) {
        *error = missing.first();
        return false;
    }
    for (const QString &h : hosts) {
        const Node *n = design.node(h);
        if (!n || n->kind != Kind::Server) {
            *error = QCoreApplication::translate("sw::Deploy", "\"%1\" is not a server of the design").arg(h);
            return false;
        }
    }
    QVector<QStringList> tiers(6);
    for (const Node *n : design.nodesOfKind(Kind::Server)) {
        if (!hosts.isEmpty() && !hosts.contains(n->id))
            continue;
        ServerTarget t;
        t.id = n->id;
        t.hostname = n->propString(QStringLiteral("hostname"));
        t.address = n->propString(QStringLiteral("address"));
        t.port = n->propInt(QStringLiteral("ssh_port"));
        t.user = n->propString(QStringLiteral("ssh_user"));
        t.os = n->propString(QStringLiteral("os"));
        const auto own = perServer.constFind(n->id);
        const TargetOverride *overrides[] = {&all, own != perServer.constEnd() ? &own.value() : nullptr};
        for (const TargetOverride *o : overrides) {
            if (!o)
                continue;
            if (!o->address.isEmpty())
                t.address = o->address;
            if (o->port > 0)
                t.port = o->port;
            if (!o->user.isEmpty())
                t.user = o->user;
            if (!o->identityFile.isEmpty())
                t.identityFile = o->identityFile;
        }
        if (t.address.isEmpty()) {
            *error = QCoreApplication::translate("sw::Deploy", "server \"%1\" has no address: set its "
                                                 "\"address\" property").arg(n->id);
            return false;
        }
        ServerJob job;
        job.target = t;
        job.expect = expectationFromDesign(design, n->id, t.port);
        job.tier = defaultTier(design, n->id);
        plan->jobs.insert(n->id, job);
        tiers[job.tier] << n->id;
    }
    for (const QStringList &tier : std::as_const(tiers))
        if (!tier.isEmpty())
            plan->tiers << tier;
    if (plan->isEmpty()) {
        *error = QCoreApplication::translate("sw::Deploy", "the design has no server to deploy to");
        return false;
    }
    return true;
}

bool attachShellBundle(DeployPlan *plan, const QString &bundleDir, QString *error)
{
    const QDir root(bundleDir);
    const QString shown = QDir::toNativeSeparators(bundleDir);
    QFile order(root.filePath(QStringLiteral("servers/order.txt")));
    if (!order.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QCoreApplication::translate("sw::Deploy", "%1 is not a shell bundle of Stackwright "
                                             "(servers/order.txt cannot be read: %2)")
                     .arg(shown, order.errorString());
        return false;
    }
    QVector<QStringList> tiers;
    int lastTier = -1;
    QStringList seen;
    int lineNo = 0;
    for (const QString &raw : QString::fromUtf8(order.readAll()).split(QLatin1Char('\n'))) {
        ++lineNo;
        if (raw.trimmed().isEmpty())
            continue;
        const QStringList cols = raw.split(QLatin1Char('\t'));
        const QString script = cols.value(0).trimmed();
        const QString id = cols.value(4).trimmed();
        if (cols.size() < 5 || script.contains(QLatin1Char('/')) || script.startsWith(QLatin1Char('.'))) {
            *error = QCoreApplication::translate("sw::Deploy", "%1, line %2: expected \"SCRIPT<TAB>host<TAB>"
                                                 "user<TAB>port<TAB>node id\"")
                         .arg(QDir::toNativeSeparators(order.fileName())).arg(lineNo);
            return false;
        }
        auto job = plan->jobs.find(id);
        if (job == plan->jobs.end() || seen.contains(id))
            continue; // a server left out with --host
        if (!QFileInfo(root.filePath(QStringLiteral("servers/") + script)).isFile()) {
            *error = QCoreApplication::translate("sw::Deploy", "the bundle %1 lacks servers/%2").arg(shown, script);
            return false;
        }
        job->localDir = root.filePath(QStringLiteral("servers"));
        job->files = QStringList{script};
        job->script = script;
        if (job->tier != lastTier || tiers.isEmpty())
            tiers.append(QStringList());
        tiers.last() << id;
        lastTier = job->tier;
        seen << id;
    }
    for (const QString &id : plan->serverIds()) {
        if (!seen.contains(id)) {
            *error = QCoreApplication::translate("sw::Deploy", "the bundle %1 has no script for server \"%2\" "
                                                 "(export it again from this design)").arg(shown, id);
            return false;
        }
    }
    plan->tiers = tiers;
    if (bundleHasServerMaterial(bundleDir)) {
        // deploy.sh selects servers by the hostname in the script's name (NN-HOSTNAME.sh).
        static const QRegularExpression scriptName(QStringLiteral("^[0-9]+-(.+)\\.sh$"));
        for (auto job = plan->jobs.begin(); job != plan->jobs.end(); ++job) {
            const QRegularExpressionMatch m = scriptName.match(job->script);
            const QString host = m.hasMatch() ? m.captured(1) : job->target.hostname;
            if (!serverMaterial(bundleDir, host, &job->environment, error))
                return false;
        }
    }
    plan->variables.clear();
    QFile deploy(root.filePath(QStringLiteral("deploy.sh")));
    if (deploy.open(QIODevice::ReadOnly | QIODevice::Text)) {
        static const QRegularExpression line(QStringLiteral("^SW_VARIABLES=\\(([A-Za-z0-9_ ]*)\\)"),
                                             QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(deploy.readAll()));
        if (m.hasMatch())
            plan->variables = m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return true;
}

QHash<QString, QString> environmentValues(const QStringList &names)
{
    QHash<QString, QString> values;
    for (const QString &n : names) {
        const QByteArray key = n.toLocal8Bit();
        if (qEnvironmentVariableIsSet(key.constData()))
            values.insert(n, qEnvironmentVariable(key.constData()));
    }
    return values;
}

} // namespace sw
