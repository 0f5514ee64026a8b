// The kind catalog: one entry per kind of design-format.md (and the cache),
// with everything the rest of Stackwright asks about a kind. Adding a kind is
// one entry here plus its icon, rules and tests (docs/extending.md).
#include "core/model/kinds.h"

#include "core/model/propertykeys.h"

namespace sw {

namespace {

PropertySpec str(const QString &key, const char *label, const char *desc, QVariant def = {})
{
    PropertySpec p;
    p.key = key;
    p.type = PropType::String;
    p.defaultValue = std::move(def);
    p.label = label;
    p.description = desc;
    return p;
}

PropertySpec typed(const QString &key, PropType type, const char *label, const char *desc, bool required = false)
{
    PropertySpec p = str(key, label, desc);
    p.type = type;
    p.required = required;
    return p;
}

PropertySpec choice(const QString &key, QStringList choices, const char *label, const char *desc)
{
    PropertySpec p = str(key, label, desc, choices.value(0));
    p.type = PropType::Choice;
    p.choices = std::move(choices);
    return p;
}

PropertySpec integer(const QString &key, int def, int min, int max, const char *label, const char *desc)
{
    PropertySpec p = str(key, label, desc, def);
    p.type = PropType::Int;
    p.min = min;
    p.max = max;
    return p;
}

PropertySpec number(const QString &key, double def, double min, double max, const char *label, const char *desc)
{
    PropertySpec p = str(key, label, desc, def);
    p.type = PropType::Number;
    p.min = min;
    p.max = max;
    return p;
}

PropertySpec ref(const QString &key, PropType type, QVector<Kind> kinds, const char *label, const char *desc,
                 bool required = false)
{
    PropertySpec p = typed(key, type, label, desc, required);
    for (Kind k : kinds)
        p.refKinds.append(int(k));
    return p;
}

// Extension property (not in design-format.md, kept as an ordinary prop):
// the availability of one failure candidate, used by the analysis.
PropertySpec availability(double def)
{
    return number(keys::availability, def, 0.0, 1.0, QT_TRANSLATE_NOOP("sw::Kinds", "Availability"),
                  QT_TRANSLATE_NOOP("sw::Kinds", "Fraction of time this element works (0.999 = three nines)"));
}

// Extension property: plain HTTP on port 80 answers with a redirect to HTTPS.
PropertySpec httpRedirect()
{
    PropertySpec p = typed(keys::httpRedirect, PropType::Bool, QT_TRANSLATE_NOOP("sw::Kinds", "Redirect HTTP to HTTPS"),
                           QT_TRANSLATE_NOOP("sw::Kinds", "Port 80 answers with a redirect to the HTTPS address"));
    p.defaultValue = false;
    return p;
}

KindInfo entry(Kind kind, const char *name, KindRole role, const char *title, const char *description,
               QVector<PropertySpec> props)
{
    KindInfo k{kind, QString::fromLatin1(name), role, title, description, std::move(props)};
    if (role == KindRole::Service) { // what every service shares
        k.width = 180;
        k.height = 40;
        k.placedIn = {Kind::Server};
        k.path = PathRole::Hop;
    }
    return k;
}

void look(KindInfo &k, quint32 color, double width, double height, int column, QStringList subtitle)
{
    k.color = color;
    k.width = width;
    k.height = height;
    k.column = column;
    k.subtitle = std::move(subtitle);
}

void path(KindInfo &k, KindTier tier, PathRole role, QVector<Protocol> protocols, QVector<Protocol> fromUsers = {})
{
    k.tier = tier;
    k.path = role;
    k.linkProtocols = std::move(protocols);
    k.userLinkProtocols = std::move(fromUsers);
}


QVector<KindInfo> buildCatalog()
{
    using P = Protocol;
    QVector<KindInfo> c;
    KindInfo k = entry(Kind::Internet, "internet", KindRole::Source, QT_TRANSLATE_NOOP("sw::Kinds", "Internet"), QT_TRANSLATE_NOOP("sw::Kinds", "Where users' requests come from"),
                       {number(keys::load, 100, 0, 1e9, QT_TRANSLATE_NOOP("sw::Kinds", "Expected load (req/s)"), QT_TRANSLATE_NOOP("sw::Kinds", "Requests per second the users send"))});
    look(k, 0x2f6fd6, 120, 70, 0, {});
    path(k, KindTier::Users, PathRole::Source, {P::Tcp});
    c.append(k);

    k = entry(Kind::Dns, "dns", KindRole::Record, QT_TRANSLATE_NOOP("sw::Kinds", "DNS record"), QT_TRANSLATE_NOOP("sw::Kinds", "A name that points users at the entry of the stack"),
              {typed(keys::domain, PropType::Domain, QT_TRANSLATE_NOOP("sw::Kinds", "Domain"), QT_TRANSLATE_NOOP("sw::Kinds", "The host name, e.g. www.foobar.com"), true),
               choice(keys::record, {QStringLiteral("A"), QStringLiteral("AAAA"), QStringLiteral("CNAME")}, QT_TRANSLATE_NOOP("sw::Kinds", "Record type"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "The DNS record type")),
               ref(keys::target, PropType::NodeRef, {}, QT_TRANSLATE_NOOP("sw::Kinds", "Points at"), QT_TRANSLATE_NOOP("sw::Kinds", "The node the record resolves to"))});
    look(k, 0x8a4fd8, 170, 50, 0, {keys::record, keys::domain});
    path(k, KindTier::Outside, PathRole::Off, {P::Dns});
    c.append(k);

    k = entry(Kind::Certificate, "certificate", KindRole::Record, QT_TRANSLATE_NOOP("sw::Kinds", "SSL certificate"),
              QT_TRANSLATE_NOOP("sw::Kinds", "A TLS certificate that lets a service speak HTTPS"),
              {typed(keys::domain, PropType::Domain, QT_TRANSLATE_NOOP("sw::Kinds", "Domain"), QT_TRANSLATE_NOOP("sw::Kinds", "The name the certificate is for"), true),
               choice(keys::issuer, {QStringLiteral("letsencrypt"), QStringLiteral("self-signed"), QStringLiteral("commercial")},
                      QT_TRANSLATE_NOOP("sw::Kinds", "Issuer"), QT_TRANSLATE_NOOP("sw::Kinds", "Who signs the certificate")),
               ref(keys::installedOn, PropType::NodeRefList, {Kind::LoadBalancer, Kind::WebServer}, QT_TRANSLATE_NOOP("sw::Kinds", "Installed on"),
                   QT_TRANSLATE_NOOP("sw::Kinds", "The services that present it"))});
    look(k, 0x17784a, 170, 50, 0, {keys::domain, keys::issuer});
    path(k, KindTier::Outside, PathRole::Off, {P::Tcp});
    c.append(k);

    k = entry(Kind::Server, "server", KindRole::Machine, QT_TRANSLATE_NOOP("sw::Kinds", "Server"),
              QT_TRANSLATE_NOOP("sw::Kinds", "One machine, virtual machine or container that runs services"),
              {typed(keys::hostname, PropType::Hostname, QT_TRANSLATE_NOOP("sw::Kinds", "Host name"), QT_TRANSLATE_NOOP("sw::Kinds", "The machine's name (letters, digits and hyphens)"), true),
               typed(keys::address, PropType::Address, QT_TRANSLATE_NOOP("sw::Kinds", "Address"), QT_TRANSLATE_NOOP("sw::Kinds", "The IP address to reach it")),
               choice(keys::os, {QStringLiteral("ubuntu-22.04"), QStringLiteral("ubuntu-24.04"), QStringLiteral("debian-12")},
                      QT_TRANSLATE_NOOP("sw::Kinds", "Operating system"), QT_TRANSLATE_NOOP("sw::Kinds", "The system the deploy scripts target")),
               str(keys::sshUser, QT_TRANSLATE_NOOP("sw::Kinds", "SSH user"), QT_TRANSLATE_NOOP("sw::Kinds", "Account used to deploy"), QStringLiteral("root")),
               integer(keys::sshPort, 22, 1, 65535, QT_TRANSLATE_NOOP("sw::Kinds", "SSH port"), QT_TRANSLATE_NOOP("sw::Kinds", "Port of the SSH server")),
               number(keys::capacity, 500, 0, 1e9, QT_TRANSLATE_NOOP("sw::Kinds", "Capacity (req/s)"), QT_TRANSLATE_NOOP("sw::Kinds", "Requests per second this server can handle")),
               availability(0.99)});
    look(k, 0x4a5867, 200, 80, 5, {keys::hostname, keys::address}); // column: its earliest service's
    k.layer = 2;
    k.placedIn = {Kind::Zone};
    k.container = true;
    k.failureUnit = true;
    path(k, KindTier::Outside, PathRole::Hop, {P::Ssh, P::Http}, {P::Https, P::Http}); // tier: its earliest service's
    c.append(k);

    k = entry(Kind::LoadBalancer, "load-balancer", KindRole::Service, QT_TRANSLATE_NOOP("sw::Kinds", "Load balancer"),
              QT_TRANSLATE_NOOP("sw::Kinds", "Spreads requests over the servers behind it"),
              {choice(keys::software, {QStringLiteral("haproxy")}, QT_TRANSLATE_NOOP("sw::Kinds", "Software"), QT_TRANSLATE_NOOP("sw::Kinds", "The load balancer program")),
               choice(keys::algorithm, {QStringLiteral("roundrobin"), QStringLiteral("leastconn"), QStringLiteral("source")},
                      QT_TRANSLATE_NOOP("sw::Kinds", "Algorithm"), QT_TRANSLATE_NOOP("sw::Kinds", "How the next backend is chosen")),
               choice(keys::tls, {QStringLiteral("none"), QStringLiteral("terminate"), QStringLiteral("passthrough")}, QT_TRANSLATE_NOOP("sw::Kinds", "TLS"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "Whether it decrypts HTTPS or passes it on")),
               httpRedirect()});
    look(k, 0xa85400, 180, 40, 1, {keys::software, keys::tls});
    path(k, KindTier::Entry, PathRole::Hop, {P::Https, P::Http, P::Vrrp}, {P::Https, P::Http});
    c.append(k);

    k = entry(Kind::WebServer, "web-server", KindRole::Service, QT_TRANSLATE_NOOP("sw::Kinds", "Web server"),
              QT_TRANSLATE_NOOP("sw::Kinds", "Serves static files and forwards dynamic requests"),
              {choice(keys::software, {QStringLiteral("apache"), QStringLiteral("nginx")}, QT_TRANSLATE_NOOP("sw::Kinds", "Software"), QT_TRANSLATE_NOOP("sw::Kinds", "The web server program")),
               choice(keys::tls, {QStringLiteral("off"), QStringLiteral("on")}, QT_TRANSLATE_NOOP("sw::Kinds", "TLS"), QT_TRANSLATE_NOOP("sw::Kinds", "Whether it serves HTTPS itself")),
               httpRedirect()});
    look(k, 0x1770ad, 180, 40, 2, {keys::software, keys::tls});
    path(k, KindTier::Web, PathRole::Hop, {P::Http, P::Https}, {P::Https, P::Http});
    c.append(k);

    k = entry(Kind::AppServer, "app-server", KindRole::Service, QT_TRANSLATE_NOOP("sw::Kinds", "Application server"), QT_TRANSLATE_NOOP("sw::Kinds", "Runs the application code"),
              {choice(keys::runtime, {QStringLiteral("python")}, QT_TRANSLATE_NOOP("sw::Kinds", "Runtime"), QT_TRANSLATE_NOOP("sw::Kinds", "Language runtime")),
               choice(keys::wsgi, {QStringLiteral("gunicorn"), QStringLiteral("mod_wsgi")}, QT_TRANSLATE_NOOP("sw::Kinds", "WSGI server"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "How the Python code is served")),
               integer(keys::port, 8000, 1, 65535, QT_TRANSLATE_NOOP("sw::Kinds", "Port"), QT_TRANSLATE_NOOP("sw::Kinds", "Port the application listens on"))});
    look(k, 0x6150d8, 180, 40, 3, {keys::wsgi, keys::port});
    path(k, KindTier::App, PathRole::Hop, {P::Http, P::Tcp});
    k.portKey = keys::port;
    c.append(k);

    k = entry(Kind::Codebase, "codebase", KindRole::Service, QT_TRANSLATE_NOOP("sw::Kinds", "Codebase"),
              QT_TRANSLATE_NOOP("sw::Kinds", "The application's source code, checked out on the server"),
              {typed(keys::repository, PropType::Url, QT_TRANSLATE_NOOP("sw::Kinds", "Repository"), QT_TRANSLATE_NOOP("sw::Kinds", "URL of the Git repository")),
               str(keys::branch, QT_TRANSLATE_NOOP("sw::Kinds", "Branch"), QT_TRANSLATE_NOOP("sw::Kinds", "Branch to check out"), QStringLiteral("main"))});
    look(k, 0x8a6240, 180, 40, 3, {keys::branch});
    path(k, KindTier::App, PathRole::Hop, {P::Tcp});
    c.append(k);

    k = entry(Kind::Database, "database", KindRole::Service, QT_TRANSLATE_NOOP("sw::Kinds", "Database"), QT_TRANSLATE_NOOP("sw::Kinds", "Stores the application's data"),
              {choice(keys::engine, {QStringLiteral("mysql"), QStringLiteral("mariadb")}, QT_TRANSLATE_NOOP("sw::Kinds", "Engine"), QT_TRANSLATE_NOOP("sw::Kinds", "Database program")),
               choice(keys::role, {QStringLiteral("primary"), QStringLiteral("replica")}, QT_TRANSLATE_NOOP("sw::Kinds", "Role"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "A primary accepts writes; a replica follows a primary")),
               ref(keys::replicatesFrom, PropType::NodeRef, {Kind::Database}, QT_TRANSLATE_NOOP("sw::Kinds", "Replicates from"),
                   QT_TRANSLATE_NOOP("sw::Kinds", "The primary this replica follows"))});
    look(k, 0x0e7a6f, 180, 40, 4, {keys::engine, keys::role});
    path(k, KindTier::Data, PathRole::Sink, {P::Mysql, P::Tcp});
    c.append(k);

    k = entry(Kind::MonitoringAgent, "monitoring-agent", KindRole::Service, QT_TRANSLATE_NOOP("sw::Kinds", "Monitoring agent"),
              QT_TRANSLATE_NOOP("sw::Kinds", "Collects logs and metrics of its server"),
              {choice(keys::vendor, {QStringLiteral("sumologic")}, QT_TRANSLATE_NOOP("sw::Kinds", "Vendor"), QT_TRANSLATE_NOOP("sw::Kinds", "Monitoring product")),
               ref(keys::reportsTo, PropType::NodeRef, {Kind::MonitoringService}, QT_TRANSLATE_NOOP("sw::Kinds", "Reports to"),
                   QT_TRANSLATE_NOOP("sw::Kinds", "The monitoring service that receives the data"))});
    look(k, 0x8a6a00, 180, 40, -1, {keys::vendor});
    path(k, KindTier::Outside, PathRole::Hop, {P::Tcp});
    c.append(k);

    k = entry(Kind::Firewall, "firewall", KindRole::Network, QT_TRANSLATE_NOOP("sw::Kinds", "Firewall"), QT_TRANSLATE_NOOP("sw::Kinds", "Lets through only the traffic it allows"),
              {typed(keys::allow, PropType::PortRules, QT_TRANSLATE_NOOP("sw::Kinds", "Allowed"), QT_TRANSLATE_NOOP("sw::Kinds", "Open ports: PORT/PROTO or PORT/PROTO from ID")),
               availability(0.999)});
    look(k, 0xc23b2e, 180, 40, 1, {keys::allow});
    k.placedIn = {Kind::Server, Kind::Zone};
    k.failureUnit = true; // a network firewall; a host firewall fails with its server
    path(k, KindTier::Entry, PathRole::Hop, {P::Https, P::Http});
    c.append(k);

    k = entry(Kind::MonitoringService, "monitoring-service", KindRole::External, QT_TRANSLATE_NOOP("sw::Kinds", "Monitoring service"),
              QT_TRANSLATE_NOOP("sw::Kinds", "A monitoring system outside the stack"),
              {choice(keys::vendor, {QStringLiteral("sumologic")}, QT_TRANSLATE_NOOP("sw::Kinds", "Vendor"), QT_TRANSLATE_NOOP("sw::Kinds", "Monitoring product")),
               typed(keys::endpoint, PropType::Url, QT_TRANSLATE_NOOP("sw::Kinds", "Endpoint"), QT_TRANSLATE_NOOP("sw::Kinds", "Where agents send their data"))});
    look(k, 0xc7336f, 170, 60, 5, {keys::vendor});
    path(k, KindTier::Outside, PathRole::Off, {P::Https, P::Syslog});
    c.append(k);

    k = entry(Kind::Cluster, "cluster", KindRole::Group, QT_TRANSLATE_NOOP("sw::Kinds", "Cluster"), QT_TRANSLATE_NOOP("sw::Kinds", "Load balancers or servers that act as one"),
              {ref(keys::members, PropType::NodeRefList, {Kind::LoadBalancer, Kind::Server}, QT_TRANSLATE_NOOP("sw::Kinds", "Members"),
                   QT_TRANSLATE_NOOP("sw::Kinds", "The load balancers or servers of the cluster"), true),
               choice(keys::mode, {QStringLiteral("active-passive"), QStringLiteral("active-active")}, QT_TRANSLATE_NOOP("sw::Kinds", "Mode"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "One member works and the other waits, or both work")),
               typed(keys::vip, PropType::Address, QT_TRANSLATE_NOOP("sw::Kinds", "Virtual address"), QT_TRANSLATE_NOOP("sw::Kinds", "The address that moves to whichever member is alive"))});
    look(k, 0x276f8c, 180, 60, 1, {keys::mode, keys::vip});
    k.layer = 1;
    k.placedIn = {Kind::Zone};
    path(k, KindTier::Entry, PathRole::Hop, {P::Https, P::Http, P::Vrrp}, {P::Https, P::Http});
    c.append(k);

    k = entry(Kind::Zone, "zone", KindRole::Group, QT_TRANSLATE_NOOP("sw::Kinds", "Network zone"), QT_TRANSLATE_NOOP("sw::Kinds", "A network segment drawn as a box"),
              {choice(keys::trust, {QStringLiteral("private"), QStringLiteral("public"), QStringLiteral("dmz")}, QT_TRANSLATE_NOOP("sw::Kinds", "Trust"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "How far the zone is trusted"))});
    look(k, 0x5e6b76, 320, 200, 2, {keys::trust});
    k.layer = 0;
    k.container = true;
    path(k, KindTier::Outside, PathRole::Off, {P::Tcp});
    c.append(k);

    k = entry(Kind::Note, "note", KindRole::Annotation, QT_TRANSLATE_NOOP("sw::Kinds", "Note"), QT_TRANSLATE_NOOP("sw::Kinds", "A text annotation"),
              {str(keys::text, QT_TRANSLATE_NOOP("sw::Kinds", "Text"), QT_TRANSLATE_NOOP("sw::Kinds", "The note's text"))});
    look(k, 0x806600, 180, 60, 6, {keys::text});
    k.placedIn = {Kind::Zone};
    path(k, KindTier::Outside, PathRole::Off, {P::Tcp});
    c.append(k);

    // Not in design-format.md version 1 (an addition readers of version 1 accept):
    // an in-memory cache the application servers ask before the database.
    k = entry(Kind::Cache, "cache", KindRole::Service, QT_TRANSLATE_NOOP("sw::Kinds", "Cache"),
              QT_TRANSLATE_NOOP("sw::Kinds", "Keeps answers in memory so the application asks the database less often"),
              {choice(keys::engine, {QStringLiteral("redis"), QStringLiteral("memcached")}, QT_TRANSLATE_NOOP("sw::Kinds", "Engine"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "Cache program: Redis or Memcached")),
               integer(keys::port, 6379, 1, 65535, QT_TRANSLATE_NOOP("sw::Kinds", "Port"),
                       QT_TRANSLATE_NOOP("sw::Kinds", "Port the cache listens on (6379 for Redis, 11211 for Memcached)")),
               integer(keys::memoryMb, 256, 16, 1048576, QT_TRANSLATE_NOOP("sw::Kinds", "Memory (MB)"), QT_TRANSLATE_NOOP("sw::Kinds", "Memory the cache may use before it evicts entries"))});
    look(k, 0xa3245c, 180, 40, 4, {keys::engine, keys::port});
    // Aside: the application still answers when the cache is gone, only slower.
    path(k, KindTier::Data, PathRole::Aside, {P::Tcp});
    k.portKey = keys::port;
    c.append(k);

    for (int i = 0; i < c.size(); ++i)
        Q_ASSERT(int(c[i].kind) == i);
    Q_ASSERT(c.size() == kKindCount);
    return c;
}


} // namespace

const QVector<KindInfo> &allKinds()
{
    static const QVector<KindInfo> catalog = buildCatalog();
    return catalog;
}

} // namespace sw
