// The catalog of node kinds and link protocols of design-format.md, version 1.
// Everything the rest of Stackwright knows about a kind (its name, its typed
// properties with defaults, where it may be placed) comes from here.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>
#include <optional>

namespace sw {

enum class Kind {
    Internet,
    Dns,
    Certificate,
    Server,
    LoadBalancer,
    WebServer,
    AppServer,
    Codebase,
    Database,
    MonitoringAgent,
    Firewall,
    MonitoringService,
    Cluster,
    Zone,
    Note,
    Cache,
};
// The number of kinds (Kind values are 0 .. kKindCount - 1).
constexpr int kKindCount = int(Kind::Cache) + 1;

enum class PropType {
    String,      // free text
    Int,         // integer within [min, max]
    Number,      // floating point within [min, max]
    Bool,
    Choice,      // one of `choices`
    Hostname,    // RFC 1123 label
    Domain,      // fully qualified host name
    Address,     // IPv4 or IPv6 address
    Url,         // repository or endpoint URL
    NodeRef,     // id of another node, of one of `refKinds`
    NodeRefList, // ids of other nodes, of `refKinds`
    PortRules,   // firewall allows: "PORT/PROTO" or "PORT/PROTO from ID"
};

struct PropertySpec {
    QString key;
    PropType type = PropType::String;
    QVariant defaultValue;       // invalid QVariant: no default
    QStringList choices;         // for Choice
    QVector<int> refKinds;       // for NodeRef(List): allowed Kind values; empty = any
    bool required = false;
    double min = 0;              // for Int and Number
    double max = 0;
    const char *label = nullptr;       // QT_TRANSLATE_NOOP("sw::Kinds", ...)
    const char *description = nullptr; // QT_TRANSLATE_NOOP("sw::Kinds", ...)
};

enum class KindRole {
    Source,      // internet
    Record,      // dns, certificate
    Machine,     // server
    Service,     // lives inside a server
    Network,     // firewall (host or network)
    External,    // monitoring-service
    Group,       // cluster, zone
    Annotation,  // note
};

enum class Protocol { Http, Https, Mysql, Tcp, Dns, Vrrp, Syslog, Ssh };

// Where a kind stands on the request path (core/model/requestgraph.h).
enum class PathRole {
    Source, // internet: requests start here
    Hop,    // passed on the way: services, servers, firewalls, clusters
    Sink,   // database: a request that reaches one is served
    Aside,  // reached from the path, not needed by it (cache): its failure slows the site, never stops it
    Off,    // dns, certificate, monitoring service, zone, note: not on the path
};

// The request tier, in the order a request meets them. A server takes its
// earliest service's tier.
enum class KindTier { Users, Entry, Web, App, Data, Outside };

// Everything Stackwright knows about one kind. Adding a kind is one entry in
// kindcatalog.cpp (every field filled; test_kind_catalog checks it), its icon
// resources/icons/<name>.svg, its rules and tests: see docs/extending.md.
struct KindInfo {
    Kind kind;
    QString name;               // the format's name, e.g. "web-server"
    KindRole role;
    const char *title;          // QT_TRANSLATE_NOOP("sw::Kinds", "Web server")
    const char *description;    // one sentence for the palette tooltip
    QVector<PropertySpec> props;

    // --- Look ---
    quint32 color = 0;          // 0xRRGGBB: its tile and icon, white glyphs on it
    double width = 0;           // canvas size of a leaf; a container's minimum
    double height = 0;
    int layer = 3;              // painting order: 0 zone, 1 cluster, 2 server, 3 the rest
    int column = 3;             // column of the quick placement (0 users ... 6 notes);
                                // for a service: the column it gives its server, -1 none
    QStringList subtitle;       // properties shown under the title, joined with " · "
    // --- Structure ---
    QVector<Kind> placedIn;     // kinds that may hold it (design-format.md, "Containment")
    bool container = false;     // draws its children inside it (server, zone)
    // --- Request path ---
    KindTier tier = KindTier::Outside;
    PathRole path = PathRole::Off;
    bool failureUnit = false;   // fails as one unit in the analysis (server; a firewall outside servers)
    QVector<Protocol> linkProtocols;     // suggested protocols of a link into it, best first
    QVector<Protocol> userLinkProtocols; // the same for a link from internet (empty: as above)
    QString portKey;            // property holding the port links into it use; empty: the protocol's

    const PropertySpec *prop(const QString &key) const;
};

const QVector<KindInfo> &allKinds();
const KindInfo &kindInfo(Kind kind);
QString kindName(Kind kind);
std::optional<Kind> kindFromName(const QString &name);
// Translated display name of a kind ("Web server").
QString kindTitle(Kind kind);
QString kindDescription(Kind kind);

bool isService(Kind kind);
// Can a node of `child` kind be placed inside a node of `parent` kind?
// (design-format.md, "Containment")
bool canContain(Kind parent, Kind child);
// May a node of this kind have a parent at all?
bool mayHaveParent(Kind child);
// Does a node of this kind draw its children inside it (server, zone)?
bool isContainerKind(Kind kind);
PathRole pathRole(Kind kind);
KindTier kindTier(Kind kind);

const QVector<Protocol> &allProtocols();
QString protocolName(Protocol p);
std::optional<Protocol> protocolFromName(const QString &name);
int defaultPort(Protocol p);

// Value checks shared by the readers and the property editors.
bool isValidId(const QString &id);
bool isValidHostnameLabel(const QString &s);
bool isValidDomain(const QString &s);
bool isValidAddress(const QString &s);
bool isValidUrl(const QString &s);
// Parses one firewall rule ("443/tcp" or "3306/tcp from app1").
struct PortRule {
    int port = 0;
    QString proto;   // "tcp" or "udp"
    QString from;    // node id, empty = anywhere
};
std::optional<PortRule> parsePortRule(const QString &s);
QString formatPortRule(const PortRule &r);

} // namespace sw
