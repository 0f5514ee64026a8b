#include "exporters/bundle/planner_p.h"

#include "exporters/bundle/quoting.h"
#include "core/model/check.h"
#include "core/model/propertykeys.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace sw::bundle {

void addPackage(ServerConfig *sc, const QString &concern, const QString &name)
{
    for (const Package &p : sc->packages)
        if (p.name == name)
            return;
    sc->packages << Package{concern, name};
}

void addService(ServerConfig *sc, const QString &concern, const QString &unit, bool reload)
{
    for (const Service &s : sc->services)
        if (s.unit == unit)
            return;
    sc->services << Service{concern, unit, reload};
}

ConfigFile makeFile(const QString &concern, const QString &path, const QString &content)
{
    ConfigFile f;
    f.concern = concern;
    f.path = path;
    f.parts << TextPart{content, false};
    return f;
}

QString where(const QString &node, const QString &field)
{
    return Tr::tr("node \"%1\", field \"%2\"").arg(node, field);
}

bool Planner::checkValues(QString *error) const
{
    const QStringList problems = checkDesign(design()) + missingRequired(design());
    if (!problems.isEmpty()) {
        *error = problems.first(); // a draft: the PROP-MISSING finding's own message
        return false;
    }
    static const QRegularExpression user(QStringLiteral("^[a-z_][a-z0-9_-]{0,31}$"));
    static const QRegularExpression scheme(QStringLiteral("^(https?|ssh|git)://"));
    static const QRegularExpression scpLike(QStringLiteral("^[A-Za-z0-9_.-]+@[A-Za-z0-9.-]+:"));
    static const QRegularExpression badRef(QStringLiteral("[\\s~^:?*\\[\\\\]|\\.\\.|@\\{|^-|^/|/$|\\.lock$|\\.$|//"));
    QSet<QString> hostnames;
    for (const Node &n : design().nodes()) {
        if (n.kind == Kind::Server) {
            const QString sshUser = n.propString(keys::sshUser);
            if (!user.match(sshUser).hasMatch()) {
                *error = Tr::tr("%1: \"%2\" is not a user name the bundle can log in with "
                                  "(lower-case letters, digits, _ and -, starting with a letter or _)")
                             .arg(where(n.id, keys::sshUser), sshUser);
                return false;
            }
            const QString h = n.propString(keys::hostname);
            if (hostnames.contains(h)) {
                *error = Tr::tr("%1: another server already has the hostname \"%2\"; each server of a bundle "
                                  "needs its own").arg(where(n.id, keys::hostname), h);
                return false;
            }
            hostnames.insert(h);
        } else if (n.kind == Kind::Codebase) {
            const QString repo = n.propString(keys::repository);
            if (!repo.isEmpty() && (hasControlCharacters(repo) || repo.startsWith(QLatin1Char('-'))
                || !(scheme.match(repo).hasMatch() || scpLike.match(repo).hasMatch()))) {
                *error = Tr::tr("%1: \"%2\" cannot be cloned safely: give an https://, ssh://, git:// or "
                                  "user@host:path address on one line").arg(where(n.id, keys::repository), repo);
                return false;
            }
            const QString branch = n.propString(keys::branch);
            if (branch.isEmpty() || hasControlCharacters(branch) || badRef.match(branch).hasMatch()) {
                *error = Tr::tr("%1: \"%2\" is not a branch name git accepts (no spaces, line breaks, "
                                  "~ ^ : ? * [ \\, \"..\", nor a leading -)").arg(where(n.id, keys::branch), branch);
                return false;
            }
        } else if (n.kind == Kind::AppServer && n.propString(keys::wsgi) == QLatin1String("mod_wsgi")) {
            *error = Tr::tr("%1: the deploy bundles run Python apps with gunicorn; mod_wsgi is not supported yet")
                         .arg(where(n.id, keys::wsgi));
            return false;
        }
    }
    return true;
}

bool Planner::requireAddress(const QString &serverId, const QString &node, const QString &field, const QString &why,
                             QString *address, QString *error) const
{
    *address = m_facts.addressOf(serverId);
    if (!address->isEmpty())
        return true;
    *error = Tr::tr("%1: server \"%2\" has no address (field \"address\"), but %3")
                 .arg(where(node, field), serverId, why);
    return false;
}

bool Planner::run(StackConfig *out, QString *error)
{
    if (!checkValues(error))
        return false;
    out->designName = design().name;
    out->domain = m_facts.domain();
    for (const Node *server : design().nodesOfKind(Kind::Server)) {
        ServerConfig sc;
        if (!planServer(*server, &sc, error))
            return false;
        out->servers << sc;
    }
    // Deploy order: databases (primaries first), app, web, load balancers.
    std::stable_sort(out->servers.begin(), out->servers.end(), [](const ServerConfig &a, const ServerConfig &b) {
        if (a.tier != b.tier)
            return int(a.tier) < int(b.tier);
        const bool ap = a.databases.isEmpty() || a.databases.first().primary;
        const bool bp = b.databases.isEmpty() || b.databases.first().primary;
        return ap && !bp;
    });

    // Network firewalls are not provisioned: say what to configure.
    for (const Node *fw : design().nodesOfKind(Kind::Firewall)) {
        if (!fw->parent.isEmpty())
            continue;
        m_notes << Tr::tr("Network firewall \"%1\" is not configured by this bundle; allow on it: %2")
                       .arg(fw->id, fw->propList(keys::allow).join(QStringLiteral(", ")));
    }
    out->notes = m_notes;

    // The SHA-256 the Sumo Logic collector download must have: pinned by the
    // design (props.collector_sha256 of its monitoring agents), else asked
    // for like a secret. Checked here: it goes into the scripts.
    QString collectorSha;
    for (const Node *agent : design().nodesOfKind(Kind::MonitoringAgent)) {
        const QVariant v = agent->prop(QStringLiteral("collector_sha256"));
        if (!v.isValid())
            continue;
        const QString sha = v.toString().toLower();
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (v.typeId() != QMetaType::QString || !hex.match(sha).hasMatch()) {
            *error = Tr::tr("node \"%1\", field \"props.collector_sha256\": must be a SHA-256 checksum (64 hexadecimal digits)")
                         .arg(agent->id);
            return false;
        }
        if (!collectorSha.isEmpty() && collectorSha != sha) {
            *error = Tr::tr("node \"%1\", field \"props.collector_sha256\": differs from the checksum another monitoring "
                            "agent pins (one collector package for all)").arg(agent->id);
            return false;
        }
        collectorSha = sha;
    }
    const QVector<Variable> catalog{
        {QStringLiteral("vrrp_interface"), Tr::tr("Network interface keepalived announces the virtual address on."),
         false, QStringLiteral("$(ip -o route get 1.1.1.1 | awk '{for (i = 1; i < NF; i++) if ($i == \"dev\") print $(i + 1)}')"),
         QStringLiteral("{{ ansible_default_ipv4.interface }}")},
        {QStringLiteral("gunicorn_app"), Tr::tr("The WSGI application gunicorn runs (module:callable)."), false,
         QStringLiteral("wsgi:application"), QStringLiteral("wsgi:application")},
        {QStringLiteral("mysql_app_password"), Tr::tr("Password of the database user \"app\" the application connects with "
                                                        "(12 or more of A-Z a-z 0-9 . _ + = -)."), true, QString(), QString()},
        {QStringLiteral("mysql_replication_password"), Tr::tr("Password of the database user \"replication\" replicas "
                                                                "connect to the primary with (12 or more of A-Z a-z 0-9 . _ + = -)."),
         true, QString(), QString()},
        {QStringLiteral("cache_password"), Tr::tr("Password the application servers give the Redis cache "
                                                    "(12 or more of A-Z a-z 0-9 . _ + = -)."),
         true, QString(), QString()},
        {QStringLiteral("letsencrypt_email"), Tr::tr("E-mail address Let's Encrypt sends expiry notices to."), false,
         QString(), QString()},
        {QStringLiteral("sumologic_access_id"), Tr::tr("Sumo Logic access id the collectors register with."), true,
         QString(), QString()},
        {QStringLiteral("sumologic_access_key"), Tr::tr("Sumo Logic access key the collectors register with."), true,
         QString(), QString()},
        {QStringLiteral("sumologic_collector_sha256"), Tr::tr("SHA-256 checksum of the Sumo Logic collector package the "
                                                                "servers download; a download that differs is refused "
                                                                "(a design pins it in props.collector_sha256 of a "
                                                                "monitoring agent)."),
         false, collectorSha, collectorSha}, // 64 hex digits: nothing to quote
    };
    QStringList used;
    for (const ServerConfig &sc : out->servers)
        for (const QString &v : sc.variables())
            if (!used.contains(v))
                used << v;
    for (const Variable &v : catalog)
        if (used.contains(v.name))
            out->variables << v;
    return true;
}

bool Planner::planServer(const Node &server, ServerConfig *sc, QString *error)
{
    sc->id = server.id;
    sc->label = server.displayLabel();
    sc->hostname = server.propString(keys::hostname);
    sc->address = server.propString(keys::address);
    sc->sshUser = server.propString(keys::sshUser);
    sc->sshPort = server.propInt(keys::sshPort);
    sc->os = server.propString(keys::os);
    addPackage(sc, concern::base(), QStringLiteral("ca-certificates"));
    addPackage(sc, concern::base(), QStringLiteral("curl"));
    addPackage(sc, concern::base(), QStringLiteral("rsyslog"));
    addService(sc, concern::base(), QStringLiteral("rsyslog"), false);
    m_sumoLogs = {QStringLiteral("/var/log/syslog"), QStringLiteral("/var/log/auth.log")};

    static const QVector<QPair<Kind, Tier>> tiers{{Kind::Database, Tier::Database}, {Kind::AppServer, Tier::App},
                                                  {Kind::WebServer, Tier::Web}, {Kind::LoadBalancer, Tier::LoadBalancer}};
    for (const auto &t : tiers)
        if (m_facts.hasServiceOf(server.id, t.first))
            sc->tiers.insert(t.second);
    for (const auto &t : tiers)
        if (sc->tiers.contains(t.second)) {
            sc->tier = t.second;
            break;
        }

    for (const QString &id : m_facts.servicesOf(server.id, Kind::Database))
        if (!planDatabase(*design().node(id), sc, error))
            return false;
    for (const QString &id : m_facts.servicesOf(server.id, Kind::Cache))
        if (!planCache(*design().node(id), sc, error))
            return false;
    for (const QString &id : m_facts.servicesOf(server.id, Kind::AppServer))
        if (!planApp(*design().node(id), sc, error))
            return false;
    for (const QString &id : m_facts.servicesOf(server.id, Kind::WebServer))
        if (!planWeb(*design().node(id), sc, error))
            return false;
    for (const QString &id : m_facts.servicesOf(server.id, Kind::LoadBalancer))
        if (!planLoadBalancer(*design().node(id), sc, error))
            return false;
    if (!planKeepalived(server, sc, error))
        return false;
    planCertificates(sc);
    if (!planFirewall(server, sc, error))
        return false;
    planMonitoring(sc);
    return true;
}

} // namespace sw::bundle
