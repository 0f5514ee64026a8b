#include "exporters/bundle/planner_p.h"

#include "core/model/propertykeys.h"
#include "exporters/bundle/apacheconfig.h"
#include "exporters/bundle/certificateconfig.h"
#include "exporters/bundle/firewallconfig.h"
#include "exporters/bundle/gunicornunit.h"
#include "exporters/bundle/haproxyconfig.h"
#include "exporters/bundle/keepalivedconfig.h"
#include "exporters/bundle/mysqlconfig.h"
#include "exporters/bundle/nginxconfig.h"
#include "exporters/bundle/sumologicconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace sw::bundle {

namespace {

QString safeName(const QString &id)
{
    QString s = id;
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9_]"));
    s.replace(bad, QStringLiteral("_"));
    return s;
}

} // namespace

QString demoApplication()
{
    QFile f(QStringLiteral(":/demoapp/wsgi.py"));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

CertificatePlan Planner::certificateFor(const Node &service, ServerConfig *sc)
{
    CertificatePlan plan;
    if (const Node *c = m_facts.certificateOn(service.id))
        plan = certificatePaths(c->id, c->propString(keys::domain), c->propString(keys::issuer));
    if (plan.domain.isEmpty()) {
        // TLS without a certificate in the design: a self-signed one keeps the service working.
        const QString domain = m_facts.domain().isEmpty() ? sc->hostname : m_facts.domain();
        plan = certificatePaths(QString(), domain, QStringLiteral("self-signed"));
    }
    for (CertificatePlan &existing : sc->certificates) {
        if (existing.domain == plan.domain)
            return existing;
    }
    sc->certificates << plan;
    return plan;
}

CertificatePlan Planner::privateCertificate(ServerConfig *sc)
{
    const QString domain = m_facts.domain().isEmpty() ? sc->hostname : m_facts.domain();
    for (const CertificatePlan &existing : sc->certificates)
        if (existing.domain == domain)
            return existing;
    const CertificatePlan plan = certificatePaths(QString(), domain, QStringLiteral("private"));
    sc->certificates << plan;
    return plan;
}

void Planner::planCertificates(ServerConfig *sc)
{
    if (sc->certificates.isEmpty())
        return;
    // Reload whatever presents the certificates when certbot renews them.
    QStringList units;
    if (sc->hasConcern(concern::haproxy()))
        units << QStringLiteral("haproxy");
    if (sc->webSoftware == QLatin1String("apache"))
        units << QStringLiteral("apache2");
    if (sc->webSoftware == QLatin1String("nginx"))
        units << QStringLiteral("nginx");
    bool acme = false;
    for (CertificatePlan &c : sc->certificates) {
        c.reloadUnits = units;
        acme = acme || c.issuer == QLatin1String("letsencrypt");
    }
    addPackage(sc, concern::certificates(), QStringLiteral("openssl"));
    if (acme) {
        addPackage(sc, concern::certificates(), QStringLiteral("certbot"));
        ConfigFile hook = makeFile(concern::certificates(), QStringLiteral("/etc/letsencrypt/renewal-hooks/deploy/stackwright.sh"),
                                   certbotDeployHook(sc->certificates));
        hook.mode = QStringLiteral("0755");
        sc->files << hook;
    }
}

bool Planner::planLoadBalancer(const Node &lb, ServerConfig *sc, QString *error)
{
    Q_UNUSED(error);
    HaproxyInput in;
    in.algorithm = lb.propString(keys::algorithm);
    in.tls = lb.propString(keys::tls);
    in.domain = m_facts.domain();
    if (in.tls == QLatin1String("terminate")) {
        const CertificatePlan cert = certificateFor(lb, sc);
        in.pemPath = cert.pemPath;
        if (in.domain.isEmpty())
            in.domain = cert.domain;
        if (cert.issuer == QLatin1String("letsencrypt")) {
            QStringList hosts;
            for (const QString &cluster : m_facts.clustersOf(lb.id))
                for (const QString &s : m_facts.clusterServers(cluster))
                    if (!hosts.contains(m_facts.connectHostOf(s)))
                        hosts << m_facts.connectHostOf(s);
            in.acmeHosts = hosts.isEmpty() ? QStringList{QStringLiteral("127.0.0.1")} : hosts;
        }
    }
    QSet<QString> names;
    for (const Endpoint &e : m_facts.targets(lb.id, {Protocol::Http, Protocol::Https, Protocol::Tcp})) {
        HaproxyBackendServer s;
        s.name = e.name;
        for (int i = 2; names.contains(s.name); ++i)
            s.name = QStringLiteral("%1-%2").arg(e.name).arg(i);
        names.insert(s.name);
        s.host = e.host;
        s.port = e.port;
        s.tls = e.protocol == Protocol::Https;
        sc->trustsPrivateCa = sc->trustsPrivateCa || (s.tls && in.tls != QLatin1String("passthrough"));
        in.servers << s;
    }
    const QStringList lbClusters = m_facts.clustersOf(lb.id);
    for (const Link *l : m_facts.linksInto(QStringList{lb.id, sc->id} + lbClusters)) {
        if (l->protocol == Protocol::Https)
            in.httpsPort = l->effectivePort();
    }
    in.hostname = sc->hostname;
    in.caFile = privateCaPath();
    ConfigFile f = makeFile(concern::haproxy(), QStringLiteral("/etc/haproxy/haproxy.cfg"), haproxyConfig(in));
    f.validate = QStringLiteral("haproxy -c -f %s");
    f.notify = QStringLiteral("haproxy");
    sc->files << f;
    addPackage(sc, concern::haproxy(), QStringLiteral("haproxy"));
    addService(sc, concern::haproxy(), QStringLiteral("haproxy"), true);
    m_sumoLogs << QStringLiteral("/var/log/haproxy.log");
    return true;
}

bool Planner::planKeepalived(const Node &server, ServerConfig *sc, QString *error)
{
    const QStringList clusters = m_facts.clustersOfServer(server.id);
    for (const QString &clusterId : clusters) {
        const Node *cluster = design().node(clusterId);
        const QStringList members = m_facts.clusterServers(clusterId);
        const QString vip = cluster->propString(keys::vip);
        if (members.size() < 2)
            continue;
        if (vip.isEmpty()) {
            m_notes << Tr::tr("Cluster \"%1\" has no virtual address (field \"vip\"): keepalived is not set up for it.").arg(clusterId);
            continue;
        }
        KeepalivedInput in;
        in.routerId = sc->hostname;
        in.instance = QStringLiteral("VI_") + safeName(clusterId);
        in.virtualRouterId = 50 + m_facts.clusterOrdinal(clusterId) % 200;
        const int index = int(members.indexOf(server.id));
        in.priority = 150 - 10 * index;
        in.master = index == 0;
        const QString why = Tr::tr("keepalived's unicast VRRP between the members of cluster \"%1\" needs it").arg(clusterId);
        if (!requireAddress(server.id, clusterId, keys::members, why, &in.sourceAddress, error))
            return false;
        for (const QString &m : members) {
            if (m == server.id)
                continue;
            QString a;
            if (!requireAddress(m, clusterId, keys::members, why, &a, error))
                return false;
            in.peers << a;
        }
        in.vip = vip;
        in.trackUnit = sc->hasConcern(concern::haproxy()) ? QStringLiteral("haproxy")
                       : sc->webSoftware == QLatin1String("nginx") ? QStringLiteral("nginx")
                                                                   : QStringLiteral("apache2");
        ConfigFile f;
        f.concern = concern::keepalived();
        f.path = QStringLiteral("/etc/keepalived/keepalived.conf");
        f.parts = keepalivedConfig(in);
        f.validate = QStringLiteral("keepalived --config-test -f %s");
        f.notify = QStringLiteral("keepalived");
        ConfigFile check = makeFile(concern::keepalived(), keepalivedCheckPath(), keepalivedCheckScript());
        check.mode = QStringLiteral("0755");
        sc->files << check << f;
        addPackage(sc, concern::keepalived(), QStringLiteral("keepalived"));
        addService(sc, concern::keepalived(), QStringLiteral("keepalived"), true);
        break; // one VRRP instance per server
    }
    return true;
}

bool Planner::planWeb(const Node &web, ServerConfig *sc, QString *error)
{
    Q_UNUSED(error);
    WebProxyInput in;
    in.serverName = m_facts.domain();
    in.tls = web.propString(keys::tls) == QLatin1String("on");
    const QVector<const Link *> into = m_facts.linksInto({web.id, sc->id});
    for (const Link *l : into)
        if (l->protocol == Protocol::Http)
            in.httpPort = l->effectivePort();
    in.hostname = sc->hostname;
    // Behind a load balancer the domain points at the balancer: the web
    // server's certificate comes from the stack's private CA instead.
    bool behindBalancer = false;
    for (const Link *l : into) {
        const Node *from = l->to == web.id ? design().node(l->from) : nullptr;
        behindBalancer = behindBalancer || (from && (from->kind == Kind::Cluster || from->kind == Kind::LoadBalancer));
    }
    if (in.tls) {
        const CertificatePlan cert = behindBalancer ? privateCertificate(sc) : certificateFor(web, sc);
        in.certPath = cert.certPath;
        in.keyPath = cert.keyPath;
        in.acme = cert.issuer == QLatin1String("letsencrypt");
        for (const Link *l : into)
            if (l->protocol == Protocol::Https)
                in.httpsPort = l->effectivePort();
    }
    for (const Endpoint &e : m_facts.targets(web.id, {Protocol::Http, Protocol::Https}, Kind::AppServer))
        in.upstreams << Upstream{e.host, e.port, e.protocol == Protocol::Https};
    for (const QString &s : m_facts.sourceServers(web.id)) {
        const QString a = m_facts.addressOf(s);
        if (!a.isEmpty() && !in.trustedProxies.contains(a))
            in.trustedProxies << a;
    }
    sc->webSoftware = web.propString(keys::software);
    if (sc->webSoftware == QLatin1String("nginx")) {
        ConfigFile check = makeFile(concern::nginx(), QStringLiteral("/usr/local/sbin/stackwright-nginx-check"), nginxCheckScript());
        check.mode = QStringLiteral("0755");
        ConfigFile site = makeFile(concern::nginx(), QStringLiteral("/etc/nginx/sites-available/stackwright"), nginxSite(in));
        site.validate = QStringLiteral("/usr/local/sbin/stackwright-nginx-check %s");
        site.notify = QStringLiteral("nginx");
        sc->files << check << site;
        addPackage(sc, concern::nginx(), QStringLiteral("nginx"));
        addService(sc, concern::nginx(), QStringLiteral("nginx"), true);
        m_sumoLogs << QStringLiteral("/var/log/nginx/*.log");
    } else {
        ConfigFile checkConf = makeFile(concern::apache(), QStringLiteral("/etc/apache2/stackwright-check.conf"), apacheCheckConfig(in));
        ConfigFile check = makeFile(concern::apache(), QStringLiteral("/usr/local/sbin/stackwright-apache-check"), apacheCheckScript());
        check.mode = QStringLiteral("0755");
        ConfigFile site = makeFile(concern::apache(), QStringLiteral("/etc/apache2/sites-available/stackwright.conf"), apacheSite(in));
        site.validate = QStringLiteral("/usr/local/sbin/stackwright-apache-check %s");
        site.notify = QStringLiteral("apache2");
        sc->files << checkConf << check << site;
        sc->apacheModules = apacheModules(in);
        addPackage(sc, concern::apache(), QStringLiteral("apache2"));
        addService(sc, concern::apache(), QStringLiteral("apache2"), true);
        m_sumoLogs << QStringLiteral("/var/log/apache2/*.log");
    }
    return true;
}

bool Planner::planApp(const Node &app, ServerConfig *sc, QString *error)
{
    const QStringList codebases = m_facts.servicesOf(sc->id, Kind::Codebase);
    if (codebases.isEmpty()) {
        *error = Tr::tr("node \"%1\": the app server has no codebase on its server \"%2\" to check out and run")
                     .arg(app.id, sc->id);
        return false;
    }
    const Node *code = design().node(codebases.first());
    Checkout co;
    co.nodeId = code->id;
    co.repository = code->propString(keys::repository);
    co.branch = code->propString(keys::branch);
    co.dir = QStringLiteral("/srv/%1/src").arg(code->id);
    co.venv = QStringLiteral("/srv/%1/venv").arg(code->id);
    co.owner = QStringLiteral("webapp");
    co.unit = QStringLiteral("gunicorn-%1").arg(app.id);
    sc->checkouts << co;
    if (!sc->users.contains(co.owner))
        sc->users << co.owner;
    if (co.repository.isEmpty()) {
        // No repository of its own: the built-in demo application.
        ConfigFile demo = makeFile(concern::app(), co.dir + QStringLiteral("/wsgi.py"), demoApplication());
        demo.owner = co.owner;
        demo.group = co.owner;
        demo.notify = co.unit;
        sc->files << demo;
        addPackage(sc, concern::app(), QStringLiteral("python3-gunicorn"));
        addPackage(sc, concern::app(), QStringLiteral("python3-pymysql"));
    }

    GunicornInput g;
    g.unit = co.unit;
    g.description = QStringLiteral("gunicorn serving %1 (Stackwright node %2)").arg(code->id, app.id);
    g.user = co.owner;
    g.workDir = co.dir;
    g.venv = co.venv;
    g.bind = QStringLiteral("0.0.0.0:%1").arg(app.propInt(keys::port));
    g.envFile = QStringLiteral("/etc/stackwright/%1.env").arg(co.unit);
    g.logDir = QStringLiteral("/var/log/%1").arg(co.unit);

    AppEnvInput env;
    for (const Endpoint &e : m_facts.targets(app.id, {Protocol::Mysql, Protocol::Tcp}, Kind::Database)) {
        bool primary = true;
        if (!e.serverId.isEmpty()) {
            const QStringList dbs = m_facts.servicesOf(e.serverId, Kind::Database);
            primary = !dbs.isEmpty() && design().node(dbs.first())->propString(keys::role) == QLatin1String("primary");
        }
        if (primary && env.databaseHost.isEmpty()) {
            env.databaseHost = e.host;
            env.databasePort = e.port;
        } else {
            env.replicaHosts << e.host;
        }
    }
    for (const Endpoint &e : m_facts.targets(app.id, {Protocol::Tcp}, Kind::Cache)) {
        const QStringList caches = e.serverId.isEmpty() ? QStringList() : m_facts.servicesOf(e.serverId, Kind::Cache);
        env.cacheEngine = caches.isEmpty() ? QStringLiteral("redis") : design().node(caches.first())->propString(keys::engine);
        env.cacheHost = e.host;
        env.cachePort = e.port;
        break; // one cache per application
    }
    if (env.databaseHost.isEmpty() && !env.replicaHosts.isEmpty())
        env.databaseHost = env.replicaHosts.takeFirst();
    ConfigFile unit = makeFile(concern::app(), QStringLiteral("/etc/systemd/system/%1.service").arg(co.unit), gunicornUnit(g));
    unit.notify = co.unit;
    ConfigFile envFile;
    envFile.concern = concern::app();
    envFile.path = g.envFile;
    envFile.mode = QStringLiteral("0640");
    envFile.group = co.owner;
    envFile.parts = appEnvironment(env);
    envFile.notify = co.unit;
    sc->files << envFile << unit;
    addPackage(sc, concern::app(), QStringLiteral("git"));
    addPackage(sc, concern::app(), QStringLiteral("python3-venv"));
    addPackage(sc, concern::app(), QStringLiteral("python3-pip"));
    addPackage(sc, concern::app(), QStringLiteral("acl")); // Ansible becomes the unprivileged app user
    addService(sc, concern::app(), co.unit, false);
    m_sumoLogs << QStringLiteral("%1/*.log").arg(g.logDir);
    Q_UNUSED(error);
    return true;
}

bool Planner::planDatabase(const Node &db, ServerConfig *sc, QString *error)
{
    if (!sc->databases.isEmpty()) {
        *error = Tr::tr("node \"%1\": server \"%2\" already runs database \"%3\"; the bundles set up one "
                          "database server per server").arg(db.id, sc->id, sc->databases.first().nodeId);
        return false;
    }
    DatabasePlan p;
    p.nodeId = db.id;
    p.engine = db.propString(keys::engine);
    p.unit = mysqlUnit(p.engine, sc->os);
    p.primary = db.propString(keys::role) != QLatin1String("replica");
    p.serverId = m_facts.databaseOrdinal(db.id) + 1;
    const QString why = Tr::tr("database users and replication are granted per address");
    if (p.primary) {
        for (const Node *r : m_facts.replicasOf(db.id)) {
            QString a;
            if (!requireAddress(m_facts.serverOf(r->id), r->id, keys::replicatesFrom, why, &a, error))
                return false;
            p.replicaAddresses << a;
        }
    } else {
        const QString from = db.propString(keys::replicatesFrom);
        if (from.isEmpty() || !design().node(from)) {
            *error = Tr::tr("%1: a replica needs the primary it follows").arg(where(db.id, keys::replicatesFrom));
            return false;
        }
        if (!requireAddress(m_facts.serverOf(from), db.id, keys::replicatesFrom, why, &p.primaryAddress, error))
            return false;
    }
    for (const QString &s : m_facts.sourceServers(db.id)) {
        QString a;
        if (s == sc->id && sc->address.isEmpty())
            a = QStringLiteral("127.0.0.1"); // the app next to it, over the loopback
        else if (!requireAddress(s, db.id, QStringLiteral("parent"), why, &a, error))
            return false;
        if (!p.clientAddresses.contains(a))
            p.clientAddresses << a;
    }
    p.detectOs = sc->os.isEmpty() && !isMariaDb(p.engine, sc->os);
    sc->databases << p;
    const bool maria = isMariaDb(p.engine, sc->os);
    const QString bind = sc->address.isEmpty() ? QStringLiteral("0.0.0.0") : sc->address;
    ConfigFile f = makeFile(concern::mysql(), mysqlConfigPath(p.engine, sc->os), mysqlConfig(p, bind, maria));
    f.notify = p.unit;
    sc->files << f;
    if (p.detectOs) {
        sc->mariadbFile = makeFile(concern::mysql(), mysqlConfigPath(QStringLiteral("mariadb"), sc->os), mysqlConfig(p, bind, true));
        sc->mariadbFile.notify = QStringLiteral("mariadb");
    }
    addPackage(sc, concern::mysql(), mysqlServerPackage(p.engine, sc->os));
    addPackage(sc, concern::mysql(), QStringLiteral("python3-pymysql"));
    addService(sc, concern::mysql(), p.unit, false);
    m_sumoLogs << QStringLiteral("/var/log/mysql/*.log");
    return true;
}

void Planner::planMonitoring(ServerConfig *sc)
{
    bool agent = false;
    for (const QString &id : m_facts.servicesOf(sc->id, Kind::MonitoringAgent))
        agent = agent || design().node(id)->propString(keys::vendor) == QLatin1String("sumologic");
    if (!agent)
        return;
    sc->monitored = true;
    QVector<SumoSource> sources;
    for (const QString &path : m_sumoLogs) {
        QString name = path.section(QLatin1Char('/'), -2, -2);
        if (name == QLatin1String("log"))
            name = path.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0);
        for (int i = 2; std::any_of(sources.begin(), sources.end(), [&](const SumoSource &s) { return s.name == name; }); ++i)
            name = QStringLiteral("%1-%2").arg(name).arg(i);
        sources << SumoSource{name, path, QStringLiteral("%1/%2").arg(sc->hostname, name)};
    }
    sc->files << makeFile(concern::sumologic(), QStringLiteral("/etc/sumo/sources.json"), sumoSources(sources));
    ConfigFile props;
    props.concern = concern::sumologic();
    props.path = QStringLiteral("/opt/SumoCollector/config/user.properties");
    props.mode = QStringLiteral("0600");
    props.parts = sumoUserProperties(sc->hostname, QStringLiteral("/etc/sumo/sources.json"));
    props.notify = QStringLiteral("collector");
    sc->files << props;
    sc->files[sc->files.size() - 2].notify = QStringLiteral("collector");
    addService(sc, concern::sumologic(), QStringLiteral("collector"), false);
}

bool Planner::planFirewall(const Node &server, ServerConfig *sc, QString *error)
{
    const QStringList firewalls = m_facts.servicesOf(server.id, Kind::Firewall);
    if (firewalls.isEmpty())
        return true;
    sc->firewall = true;
    QStringList rules{QStringLiteral("allow %1/tcp").arg(sc->sshPort)};
    auto add = [&rules](const QString &r) {
        if (!rules.contains(r))
            rules << r;
    };
    for (const QString &fwId : firewalls) {
        const Node *fw = design().node(fwId);
        for (const QString &text : fw->propList(keys::allow)) {
            const std::optional<PortRule> r = parsePortRule(text);
            if (!r)
                continue; // checkDesign() refused these already
            if (r->from.isEmpty()) {
                add(QStringLiteral("allow %1/%2").arg(r->port).arg(r->proto));
                continue;
            }
            const Node *from = design().node(r->from);
            QStringList servers;
            if (from && from->kind == Kind::Internet) {
                add(QStringLiteral("allow %1/%2").arg(r->port).arg(r->proto));
                continue;
            }
            if (from && from->kind == Kind::Cluster)
                servers = m_facts.clusterServers(from->id);
            else if (from && !m_facts.serverOf(from->id).isEmpty())
                servers << m_facts.serverOf(from->id);
            else
                servers = m_facts.sourceServers(r->from);
            for (const QString &s : servers) {
                QString a;
                const QString why = Tr::tr("the rule \"%1\" needs the address ufw allows").arg(text);
                if (!requireAddress(s, fwId, keys::allow, why, &a, error))
                    return false;
                add(QStringLiteral("allow from %1 to any port %2 proto %3").arg(a).arg(r->port).arg(r->proto));
            }
        }
    }
    // Implied: VRRP (and certbot's challenge port) between cluster members,
    // replication from each replica to its primary.
    for (const QString &clusterId : m_facts.clustersOfServer(server.id)) {
        const QStringList members = m_facts.clusterServers(clusterId);
        if (members.size() < 2)
            continue;
        bool acme = false;
        for (const CertificatePlan &c : sc->certificates)
            acme = acme || c.issuer == QLatin1String("letsencrypt");
        for (const QString &m : members) {
            const QString a = m_facts.addressOf(m);
            if (m == server.id || a.isEmpty())
                continue;
            add(QStringLiteral("allow from %1 to any proto vrrp").arg(a));
            if (acme && sc->hasConcern(concern::haproxy()))
                add(QStringLiteral("allow from %1 to any port %2 proto tcp").arg(a).arg(acmePort()));
        }
    }
    for (const DatabasePlan &d : sc->databases)
        for (const QString &a : d.replicaAddresses)
            add(QStringLiteral("allow from %1 to any port 3306 proto tcp").arg(a));
    for (const QString &r : sc->impliedRules)
        add(r);
    sc->firewallRules = rules;
    ConfigFile script = makeFile(concern::firewall(), firewallScriptPath(), firewallScript());
    script.mode = QStringLiteral("0755");
    sc->files << script << makeFile(concern::firewall(), firewallRulesPath(), firewallRulesFile(rules));
    addPackage(sc, concern::firewall(), QStringLiteral("ufw"));
    return true;
}

bool buildStackConfig(const Design &design, StackConfig *out, QString *error)
{
    *out = StackConfig();
    QString err;
    Planner planner(design);
    if (!planner.run(out, &err)) {
        if (error)
            *error = err;
        return false;
    }
    return true;
}

} // namespace sw::bundle
