#include "deploy/lab/labplan.h"

#include "deploy/lab/labprofile.h"
#include "deploy/lab/labtr_p.h"
#include "exporters/bundle/shellbundle.h"
#include "exporters/bundle/shellscript.h"
#include "core/model/propertykeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace sw::lab {

namespace {

QString osReleaseValue(const QString &text, const QString &key)
{
    const QRegularExpression re(QStringLiteral("^%1=\"?([^\"\\n]*)\"?$").arg(key), QRegularExpression::MultilineOption);
    return re.match(text).captured(1);
}

} // namespace

const LabNode *LabPlan::node(const QString &nameOrId) const
{
    for (const LabNode &n : nodes)
        if (n.name == nameOrId || n.nodeId == nameOrId)
            return &n;
    return nullptr;
}

QString netnsName(const QString &nodeName) { return QStringLiteral("swlab-") + nodeName; }
QString bridgeNetns() { return QStringLiteral("swlab-net"); }

QString hostOs()
{
    QFile f(QStringLiteral("/etc/os-release"));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    const QString text = QString::fromUtf8(f.readAll());
    const QString id = osReleaseValue(text, QStringLiteral("ID"));
    const QString version = osReleaseValue(text, QStringLiteral("VERSION_ID"));
    const QString os = id + QLatin1Char('-') + version;
    static const QStringList known{QStringLiteral("debian-12"), QStringLiteral("ubuntu-22.04"), QStringLiteral("ubuntu-24.04")};
    return known.contains(os) ? os : QString();
}

Design labDesign(const Design &design, const QString &os)
{
    Design d = design;
    QStringList servers;
    for (const Node &n : d.nodes())
        if (n.kind == Kind::Server)
            servers << n.id;
    for (const QString &id : servers)
        d.node(id)->props.insert(keys::os, os);
    return d;
}

namespace {

// How users reach the stack: https when a link from the internet is HTTPS,
// http when the internet's links are plain HTTP only.
QString entryScheme(const Design &design)
{
    bool http = false;
    for (const Node *internet : design.nodesOfKind(Kind::Internet))
        for (const Link *l : design.linksFrom(internet->id)) {
            if (l->protocol == Protocol::Https)
                return QStringLiteral("https");
            http = http || l->protocol == Protocol::Http;
        }
    return http ? QStringLiteral("http") : QStringLiteral("https");
}

} // namespace

bool planLab(const Design &design, LabPlan *out, QString *error)
{
    *out = LabPlan();
    out->hostOs = hostOs();
    if (out->hostOs.isEmpty()) {
        *error = Tr::tr("the lab runs on Debian 12 or Ubuntu 22.04/24.04; /etc/os-release names another system");
        return false;
    }
    const Design lab = labDesign(design, out->hostOs);
    bundle::StackConfig cfg;
    if (!bundle::buildStackConfig(lab, &cfg, error))
        return false;
    QVector<QPair<QString, QString>> files;
    if (!bundle::ShellBundleExporter(lab).files(&files, error))
        return false;
    QHash<QString, QString> scripts;
    for (const auto &f : files)
        scripts.insert(f.first, f.second);

    out->designName = design.name;
    out->domain = cfg.domain;
    out->notes = cfg.notes;
    for (int i = 0; i < cfg.servers.size(); ++i) {
        const bundle::ServerConfig &sc = cfg.servers[i];
        if (sc.address.isEmpty()) {
            *error = Tr::tr("node \"%1\", field \"address\": the lab puts each server on its address; give it one").arg(sc.id);
            return false;
        }
        LabNode n;
        n.role = LabNode::Role::Server;
        n.name = sc.hostname;
        n.nodeId = sc.id;
        n.addresses << sc.address;
        n.scriptName = bundle::ShellBundleExporter::scriptName(i + 1, sc);
        n.script = labProfileScript(scripts.value(QStringLiteral("servers/") + n.scriptName));
        if (n.script.isEmpty()) {
            *error = Tr::tr("node \"%1\": the bundle's script %2 has no place for the lab profile").arg(sc.id, n.scriptName);
            return false;
        }
        // Only a replica needs another server provisioned first (it is
        // seeded from its primary): everything else starts at once.
        const bool replica = !sc.databases.isEmpty() && !sc.databases.first().primary;
        n.stage = replica ? 1 : 0;
        n.privateCertDomain = bundle::privateCertDomain(sc);
        for (const bundle::Service &s : sc.services)
            n.units << s.unit;
        n.files = sc.files;
        for (const bundle::Checkout &co : sc.checkouts)
            if (!co.repository.isEmpty())
                n.notes << Tr::tr("%1 cannot be reached offline: the demo application runs in its place").arg(co.repository);
        out->nodes << n;
    }
    for (const Node *c : lab.nodesOfKind(Kind::Cluster))
        if (!c->propString(keys::vip).isEmpty())
            out->vips << c->propString(keys::vip);

    LabNode users;
    users.role = LabNode::Role::Users;
    users.name = QStringLiteral("users");
    const QVector<const Node *> internet = lab.nodesOfKind(Kind::Internet);
    users.nodeId = internet.isEmpty() ? QStringLiteral("users") : internet.first()->id;
    users.addresses << out->usersAddress;
    out->nodes << users;
    for (const Node *fw : lab.nodesOfKind(Kind::Firewall)) {
        if (!fw->parent.isEmpty())
            continue;
        LabNode f;
        f.role = LabNode::Role::Firewall;
        f.name = fw->id;
        f.nodeId = fw->id;
        f.notes << Tr::tr("a network firewall: a namespace on the bridge; its rules are not applied in the lab");
        out->nodes << f;
    }

    // Where the domain points: the DNS record's target (a cluster's virtual
    // address, or a server's address).
    for (const Node *dns : lab.nodesOfKind(Kind::Dns)) {
        const QString target = dns->propString(keys::target);
        const Node *t = lab.node(target);
        if (!t)
            continue;
        if (t->kind == Kind::Cluster)
            out->dnsTarget = t->propString(keys::vip);
        else if (t->kind == Kind::Server)
            out->dnsTarget = t->propString(keys::address);
        else if (const Node *server = lab.node(t->parent))
            out->dnsTarget = server->propString(keys::address);
        if (out->domain.isEmpty())
            out->domain = dns->propString(keys::domain);
        break;
    }
    out->entryScheme = entryScheme(lab);
    return true;
}

} // namespace sw::lab
