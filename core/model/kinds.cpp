#include "core/model/kinds.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace sw {

namespace {

PropertySpec str(const char *key, const char *label, const char *desc, QVariant def = {})
{
    PropertySpec p;
    p.key = QString::fromLatin1(key);
    p.type = PropType::String;
    p.defaultValue = std::move(def);
    p.label = label;
    p.description = desc;
    return p;
}

PropertySpec typed(const char *key, PropType type, const char *label, const char *desc,
                   bool required = false)
{
    PropertySpec p = str(key, label, desc);
    p.type = type;
    p.required = required;
    return p;
}

PropertySpec choice(const char *key, QStringList choices, const char *label, const char *desc)
{
    PropertySpec p = str(key, label, desc, choices.value(0));
    p.type = PropType::Choice;
    p.choices = std::move(choices);
    return p;
}

PropertySpec integer(const char *key, int def, int min, int max, const char *label, const char *desc)
{
    PropertySpec p = str(key, label, desc, def);
    p.type = PropType::Int;
    p.min = min;
    p.max = max;
    return p;
}

PropertySpec number(const char *key, double def, double min, double max, const char *label,
                    const char *desc)
{
    PropertySpec p = str(key, label, desc, def);
    p.type = PropType::Number;
    p.min = min;
    p.max = max;
    return p;
}

PropertySpec ref(const char *key, PropType type, QVector<Kind> kinds, const char *label,
                 const char *desc, bool required = false)
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
    return number("availability", def, 0.0, 1.0, QT_TRANSLATE_NOOP("sw::Kinds", "Availability"),
                  QT_TRANSLATE_NOOP("sw::Kinds", "Fraction of time this element works (0.999 = three nines)"));
}

// Extension property: plain HTTP on port 80 answers with a redirect to HTTPS.
PropertySpec httpRedirect()
{
    PropertySpec p = typed("http_redirect", PropType::Bool, QT_TRANSLATE_NOOP("sw::Kinds", "Redirect HTTP to HTTPS"),
                           QT_TRANSLATE_NOOP("sw::Kinds", "Port 80 answers with a redirect to the HTTPS address"));
    p.defaultValue = false;
    return p;
}

QVector<KindInfo> buildCatalog()
{
    const QVector<Kind> services{Kind::LoadBalancer, Kind::WebServer, Kind::AppServer,
                                Kind::Codebase, Kind::Database, Kind::MonitoringAgent};
    QVector<KindInfo> c;
    c.append({Kind::Internet, QStringLiteral("internet"), KindRole::Source,
              QT_TRANSLATE_NOOP("sw::Kinds", "Internet"),
              QT_TRANSLATE_NOOP("sw::Kinds", "Where users' requests come from"),
              {number("load", 100, 0, 1e9, QT_TRANSLATE_NOOP("sw::Kinds", "Expected load (req/s)"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "Requests per second the users send"))}});
    c.append({Kind::Dns, QStringLiteral("dns"), KindRole::Record,
              QT_TRANSLATE_NOOP("sw::Kinds", "DNS record"),
              QT_TRANSLATE_NOOP("sw::Kinds", "A name that points users at the entry of the stack"),
              {typed("domain", PropType::Domain, QT_TRANSLATE_NOOP("sw::Kinds", "Domain"),
                     QT_TRANSLATE_NOOP("sw::Kinds", "The host name, e.g. www.foobar.com"), true),
               choice("record", {QStringLiteral("A"), QStringLiteral("AAAA"), QStringLiteral("CNAME")},
                      QT_TRANSLATE_NOOP("sw::Kinds", "Record type"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "The DNS record type")),
               ref("target", PropType::NodeRef, {}, QT_TRANSLATE_NOOP("sw::Kinds", "Points at"),
                   QT_TRANSLATE_NOOP("sw::Kinds", "The node the record resolves to"))}});
    c.append({Kind::Certificate, QStringLiteral("certificate"), KindRole::Record,
              QT_TRANSLATE_NOOP("sw::Kinds", "SSL certificate"),
              QT_TRANSLATE_NOOP("sw::Kinds", "A TLS certificate that lets a service speak HTTPS"),
              {typed("domain", PropType::Domain, QT_TRANSLATE_NOOP("sw::Kinds", "Domain"),
                     QT_TRANSLATE_NOOP("sw::Kinds", "The name the certificate is for"), true),
               choice("issuer", {QStringLiteral("letsencrypt"), QStringLiteral("self-signed"), QStringLiteral("commercial")},
                      QT_TRANSLATE_NOOP("sw::Kinds", "Issuer"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "Who signs the certificate")),
               ref("installed_on", PropType::NodeRefList, {Kind::LoadBalancer, Kind::WebServer},
                   QT_TRANSLATE_NOOP("sw::Kinds", "Installed on"),
                   QT_TRANSLATE_NOOP("sw::Kinds", "The services that present it"))}});
    c.append({Kind::Server, QStringLiteral("server"), KindRole::Machine,
              QT_TRANSLATE_NOOP("sw::Kinds", "Server"),
              QT_TRANSLATE_NOOP("sw::Kinds", "One machine, virtual machine or container that runs services"),
              {typed("hostname", PropType::Hostname, QT_TRANSLATE_NOOP("sw::Kinds", "Host name"),
                     QT_TRANSLATE_NOOP("sw::Kinds", "The machine's name (letters, digits and hyphens)"), true),
               typed("address", PropType::Address, QT_TRANSLATE_NOOP("sw::Kinds", "Address"),
                     QT_TRANSLATE_NOOP("sw::Kinds", "The IP address to reach it")),
               choice("os", {QStringLiteral("ubuntu-22.04"), QStringLiteral("ubuntu-24.04"), QStringLiteral("debian-12")},
                      QT_TRANSLATE_NOOP("sw::Kinds", "Operating system"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "The system the deploy scripts target")),
               str("ssh_user", QT_TRANSLATE_NOOP("sw::Kinds", "SSH user"),
                   QT_TRANSLATE_NOOP("sw::Kinds", "Account used to deploy"), QStringLiteral("root")),
               integer("ssh_port", 22, 1, 65535, QT_TRANSLATE_NOOP("sw::Kinds", "SSH port"),
                       QT_TRANSLATE_NOOP("sw::Kinds", "Port of the SSH server")),
               number("capacity", 500, 0, 1e9, QT_TRANSLATE_NOOP("sw::Kinds", "Capacity (req/s)"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "Requests per second this server can handle")),
               availability(0.99)}});
    c.append({Kind::LoadBalancer, QStringLiteral("load-balancer"), KindRole::Service,
              QT_TRANSLATE_NOOP("sw::Kinds", "Load balancer"),
              QT_TRANSLATE_NOOP("sw::Kinds", "Spreads requests over the servers behind it"),
              {choice("software", {QStringLiteral("haproxy")}, QT_TRANSLATE_NOOP("sw::Kinds", "Software"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "The load balancer program")),
               choice("algorithm", {QStringLiteral("roundrobin"), QStringLiteral("leastconn"), QStringLiteral("source")},
                      QT_TRANSLATE_NOOP("sw::Kinds", "Algorithm"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "How the next backend is chosen")),
               choice("tls", {QStringLiteral("none"), QStringLiteral("terminate"), QStringLiteral("passthrough")},
                      QT_TRANSLATE_NOOP("sw::Kinds", "TLS"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "Whether it decrypts HTTPS or passes it on")),
               httpRedirect()}});
    c.append({Kind::WebServer, QStringLiteral("web-server"), KindRole::Service,
              QT_TRANSLATE_NOOP("sw::Kinds", "Web server"),
              QT_TRANSLATE_NOOP("sw::Kinds", "Serves static files and forwards dynamic requests"),
              {choice("software", {QStringLiteral("apache"), QStringLiteral("nginx")},
                      QT_TRANSLATE_NOOP("sw::Kinds", "Software"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "The web server program")),
               choice("tls", {QStringLiteral("off"), QStringLiteral("on")}, QT_TRANSLATE_NOOP("sw::Kinds", "TLS"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "Whether it serves HTTPS itself")),
               httpRedirect()}});
    c.append({Kind::AppServer, QStringLiteral("app-server"), KindRole::Service,
              QT_TRANSLATE_NOOP("sw::Kinds", "Application server"),
              QT_TRANSLATE_NOOP("sw::Kinds", "Runs the application code"),
              {choice("runtime", {QStringLiteral("python")}, QT_TRANSLATE_NOOP("sw::Kinds", "Runtime"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "Language runtime")),
               choice("wsgi", {QStringLiteral("gunicorn"), QStringLiteral("mod_wsgi")},
                      QT_TRANSLATE_NOOP("sw::Kinds", "WSGI server"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "How the Python code is served")),
               integer("port", 8000, 1, 65535, QT_TRANSLATE_NOOP("sw::Kinds", "Port"),
                       QT_TRANSLATE_NOOP("sw::Kinds", "Port the application listens on"))}});
    c.append({Kind::Codebase, QStringLiteral("codebase"), KindRole::Service,
              QT_TRANSLATE_NOOP("sw::Kinds", "Codebase"),
              QT_TRANSLATE_NOOP("sw::Kinds", "The application's source code, checked out on the server"),
              {typed("repository", PropType::Url, QT_TRANSLATE_NOOP("sw::Kinds", "Repository"),
                     QT_TRANSLATE_NOOP("sw::Kinds", "URL of the Git repository")),
               str("branch", QT_TRANSLATE_NOOP("sw::Kinds", "Branch"),
                   QT_TRANSLATE_NOOP("sw::Kinds", "Branch to check out"), QStringLiteral("main"))}});
    c.append({Kind::Database, QStringLiteral("database"), KindRole::Service,
              QT_TRANSLATE_NOOP("sw::Kinds", "Database"),
              QT_TRANSLATE_NOOP("sw::Kinds", "Stores the application's data"),
              {choice("engine", {QStringLiteral("mysql"), QStringLiteral("mariadb")},
                      QT_TRANSLATE_NOOP("sw::Kinds", "Engine"), QT_TRANSLATE_NOOP("sw::Kinds", "Database program")),
               choice("role", {QStringLiteral("primary"), QStringLiteral("replica")},
                      QT_TRANSLATE_NOOP("sw::Kinds", "Role"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "A primary accepts writes; a replica follows a primary")),
               ref("replicates_from", PropType::NodeRef, {Kind::Database},
                   QT_TRANSLATE_NOOP("sw::Kinds", "Replicates from"),
                   QT_TRANSLATE_NOOP("sw::Kinds", "The primary this replica follows"))}});
    c.append({Kind::MonitoringAgent, QStringLiteral("monitoring-agent"), KindRole::Service,
              QT_TRANSLATE_NOOP("sw::Kinds", "Monitoring agent"),
              QT_TRANSLATE_NOOP("sw::Kinds", "Collects logs and metrics of its server"),
              {choice("vendor", {QStringLiteral("sumologic")}, QT_TRANSLATE_NOOP("sw::Kinds", "Vendor"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "Monitoring product")),
               ref("reports_to", PropType::NodeRef, {Kind::MonitoringService},
                   QT_TRANSLATE_NOOP("sw::Kinds", "Reports to"),
                   QT_TRANSLATE_NOOP("sw::Kinds", "The monitoring service that receives the data"))}});
    c.append({Kind::Firewall, QStringLiteral("firewall"), KindRole::Network,
              QT_TRANSLATE_NOOP("sw::Kinds", "Firewall"),
              QT_TRANSLATE_NOOP("sw::Kinds", "Lets through only the traffic it allows"),
              {typed("allow", PropType::PortRules, QT_TRANSLATE_NOOP("sw::Kinds", "Allowed"),
                     QT_TRANSLATE_NOOP("sw::Kinds", "Open ports: PORT/PROTO or PORT/PROTO from ID")),
               availability(0.999)}});
    c.append({Kind::MonitoringService, QStringLiteral("monitoring-service"), KindRole::External,
              QT_TRANSLATE_NOOP("sw::Kinds", "Monitoring service"),
              QT_TRANSLATE_NOOP("sw::Kinds", "A monitoring system outside the stack"),
              {choice("vendor", {QStringLiteral("sumologic")}, QT_TRANSLATE_NOOP("sw::Kinds", "Vendor"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "Monitoring product")),
               typed("endpoint", PropType::Url, QT_TRANSLATE_NOOP("sw::Kinds", "Endpoint"),
                     QT_TRANSLATE_NOOP("sw::Kinds", "Where agents send their data"))}});
    c.append({Kind::Cluster, QStringLiteral("cluster"), KindRole::Group,
              QT_TRANSLATE_NOOP("sw::Kinds", "Cluster"),
              QT_TRANSLATE_NOOP("sw::Kinds", "Load balancers or servers that act as one"),
              {ref("members", PropType::NodeRefList, {Kind::LoadBalancer, Kind::Server},
                   QT_TRANSLATE_NOOP("sw::Kinds", "Members"),
                   QT_TRANSLATE_NOOP("sw::Kinds", "The load balancers or servers of the cluster"), true),
               choice("mode", {QStringLiteral("active-passive"), QStringLiteral("active-active")},
                      QT_TRANSLATE_NOOP("sw::Kinds", "Mode"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "One member works and the other waits, or both work")),
               typed("vip", PropType::Address, QT_TRANSLATE_NOOP("sw::Kinds", "Virtual address"),
                     QT_TRANSLATE_NOOP("sw::Kinds", "The address that moves to whichever member is alive"))}});
    c.append({Kind::Zone, QStringLiteral("zone"), KindRole::Group,
              QT_TRANSLATE_NOOP("sw::Kinds", "Network zone"),
              QT_TRANSLATE_NOOP("sw::Kinds", "A network segment drawn as a box"),
              {choice("trust", {QStringLiteral("private"), QStringLiteral("public"), QStringLiteral("dmz")},
                      QT_TRANSLATE_NOOP("sw::Kinds", "Trust"),
                      QT_TRANSLATE_NOOP("sw::Kinds", "How far the zone is trusted"))}});
    c.append({Kind::Note, QStringLiteral("note"), KindRole::Annotation,
              QT_TRANSLATE_NOOP("sw::Kinds", "Note"), QT_TRANSLATE_NOOP("sw::Kinds", "A text annotation"),
              {str("text", QT_TRANSLATE_NOOP("sw::Kinds", "Text"), QT_TRANSLATE_NOOP("sw::Kinds", "The note's text"))}});
    for (int i = 0; i < c.size(); ++i)
        Q_ASSERT(int(c[i].kind) == i);
    Q_UNUSED(services);
    return c;
}

} // namespace

const PropertySpec *KindInfo::prop(const QString &key) const
{
    for (const PropertySpec &p : props)
        if (p.key == key)
            return &p;
    return nullptr;
}

const QVector<KindInfo> &allKinds()
{
    static const QVector<KindInfo> catalog = buildCatalog();
    return catalog;
}

const KindInfo &kindInfo(Kind kind) { return allKinds()[int(kind)]; }

QString kindName(Kind kind) { return kindInfo(kind).name; }

std::optional<Kind> kindFromName(const QString &name)
{
    for (const KindInfo &k : allKinds())
        if (k.name == name)
            return k.kind;
    return std::nullopt;
}

QString kindTitle(Kind kind)
{
    return QCoreApplication::translate("sw::Kinds", kindInfo(kind).title);
}

QString kindDescription(Kind kind)
{
    return QCoreApplication::translate("sw::Kinds", kindInfo(kind).description);
}

bool isService(Kind kind) { return kindInfo(kind).role == KindRole::Service; }

bool canContain(Kind parent, Kind child)
{
    if (isService(child))
        return parent == Kind::Server;
    switch (child) {
    case Kind::Firewall:
        return parent == Kind::Server || parent == Kind::Zone;
    case Kind::Server:
    case Kind::Cluster:
    case Kind::Note:
        return parent == Kind::Zone;
    default:
        return false;
    }
}

bool mayHaveParent(Kind child)
{
    return isService(child) || child == Kind::Firewall || child == Kind::Server
           || child == Kind::Cluster || child == Kind::Note;
}

const QVector<Protocol> &allProtocols()
{
    static const QVector<Protocol> all{Protocol::Http, Protocol::Https, Protocol::Mysql, Protocol::Tcp,
                                       Protocol::Dns,  Protocol::Vrrp,  Protocol::Syslog, Protocol::Ssh};
    return all;
}

QString protocolName(Protocol p)
{
    static const char *names[] = {"http", "https", "mysql", "tcp", "dns", "vrrp", "syslog", "ssh"};
    return QString::fromLatin1(names[int(p)]);
}

std::optional<Protocol> protocolFromName(const QString &name)
{
    for (Protocol p : allProtocols())
        if (protocolName(p) == name)
            return p;
    return std::nullopt;
}

int defaultPort(Protocol p)
{
    switch (p) {
    case Protocol::Http: return 80;
    case Protocol::Https: return 443;
    case Protocol::Mysql: return 3306;
    case Protocol::Tcp: return 0; // no default: the link says it
    case Protocol::Dns: return 53;
    case Protocol::Vrrp: return 0; // IP protocol 112, no port
    case Protocol::Syslog: return 514;
    case Protocol::Ssh: return 22;
    }
    return 0;
}

bool isValidId(const QString &id)
{
    // ^[A-Za-z][A-Za-z0-9_.-]{0,63}$, checked by hand: it runs for every node
    // and reference of a design.
    if (id.isEmpty() || id.size() > 64)
        return false;
    auto letter = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    if (!letter(id[0]))
        return false;
    for (QChar c : id)
        if (!letter(c) && !(c >= u'0' && c <= u'9') && c != u'_' && c != u'.' && c != u'-')
            return false;
    return true;
}

bool isValidHostnameLabel(const QString &s)
{
    // RFC 1123 label: letters, digits, inner hyphens, 1 to 63 characters.
    if (s.isEmpty() || s.size() > 63 || s.front() == u'-' || s.back() == u'-')
        return false;
    for (QChar c : s)
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    return true;
}

bool isValidDomain(const QString &s)
{
    if (s.isEmpty() || s.size() > 253)
        return false;
    const QStringList labels = s.split(QLatin1Char('.'));
    for (const QString &l : labels)
        if (!isValidHostnameLabel(l))
            return false;
    return true;
}

bool isValidAddress(const QString &s)
{
    QHostAddress a;
    return !s.isEmpty() && !s.contains(QLatin1Char('/')) && a.setAddress(s);
}

bool isValidUrl(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c.unicode() < 0x21 || c.unicode() == 0x7f)
            return false; // no spaces, newlines or control characters
    // scp-like git address: user@host:path
    static const QRegularExpression scp(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z0-9_.-]+@[A-Za-z0-9.-]+:[A-Za-z0-9_./~-]+")));
    if (scp.match(s).hasMatch())
        return true;
    const QUrl u(s, QUrl::StrictMode);
    return u.isValid() && !u.scheme().isEmpty() && !u.host().isEmpty()
           && !s.contains(QLatin1Char(' '));
}

std::optional<PortRule> parsePortRule(const QString &s)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("([0-9]{1,5})/(tcp|udp)(?: from ([A-Za-z][A-Za-z0-9_.-]{0,63}))?")));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    PortRule r;
    r.port = m.captured(1).toInt();
    if (r.port < 1 || r.port > 65535)
        return std::nullopt;
    r.proto = m.captured(2);
    r.from = m.captured(3);
    return r;
}

QString formatPortRule(const PortRule &r)
{
    QString s = QStringLiteral("%1/%2").arg(r.port).arg(r.proto);
    if (!r.from.isEmpty())
        s += QStringLiteral(" from ") + r.from;
    return s;
}

} // namespace sw
