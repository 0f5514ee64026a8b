#include "core/rules/rulecatalog.h"

#include "core/rules/ruleids.h"

#include <QCoreApplication>
#include <QHash>

namespace sw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::Rules)
};

// The "why"s follow the reasons of the spec document (isolation, resource
// allocation, scalability, maintenance, security, performance, fault
// isolation, more servers to take over when one fails).
QVector<RuleInfo> buildCatalog()
{
    using S = Severity;
    using T = RuleTopic;
    return {
        {rule::Spof, S::Warning, T::Availability,
         QT_TRANSLATE_NOOP("sw::Rules", "Single point of failure"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "When this one machine stops (a crash, a disk failure, a reboot for updates) no request can reach "
             "the data any more and the whole site is down. Having a second server that can take over means "
             "one failure does not stop the site: fault isolation."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a second server that does the same job and link it like the first one (or put both in a "
             "cluster), so that a request always has another way to the database.")},
        {rule::NoHttps, S::Warning, T::Security,
         QT_TRANSLATE_NOOP("sw::Rules", "The entry does not serve HTTPS"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Without HTTPS everything users send (passwords, cookies, personal data) crosses the internet in "
             "clear text, anyone on the way can read or change it, and browsers mark the site as not secure. "
             "The certificate must be for the site's own domain, or browsers refuse it."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add an SSL certificate for the design's domain, install it on the service that users reach "
             "first (load balancer or web server), switch that service's TLS on and make the users' link "
             "HTTPS.")},
        {rule::NoFirewall, S::Warning, T::Security,
         QT_TRANSLATE_NOOP("sw::Rules", "Server without a firewall"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "A server without a firewall answers on every port it happens to listen on, so one forgotten "
             "service is enough for an attacker to get in. A firewall lets through only the traffic the "
             "design needs and reduces the attack surface."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a firewall inside the server that allows only the ports its incoming links use, from the "
             "machines that send them (or put a network firewall on every path to it).")},
        {rule::NoMonitoring, S::Warning, T::Operations,
         QT_TRANSLATE_NOOP("sw::Rules", "Server not monitored"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Without monitoring you learn that a server is overloaded, out of disk or down when users "
             "complain. An agent that sends logs and metrics to a monitoring service (Sumo Logic in the "
             "spec) shows problems early and tells you what happened."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a monitoring agent to the server and set it to report to a monitoring service.")},
        {rule::LbNotClustered, S::Warning, T::Availability,
         QT_TRANSLATE_NOOP("sw::Rules", "Load balancer not clustered"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Every request goes through the load balancer, so a single one is a single point of failure "
             "however many servers stand behind it. A second load balancer in a cluster with a virtual "
             "address takes over when the first fails and can share the work of distributing traffic."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a second load balancer on another server and group both in a cluster with a virtual "
             "address; point the users' link and the DNS record at the cluster.")},
        {rule::TiersNotSeparated, S::Info, T::Availability,
         QT_TRANSLATE_NOOP("sw::Rules", "Tiers share a server"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Web server, application server and database have different needs. On separate servers each "
             "gets its own CPU, memory and disk (isolation and resource allocation), can be scaled, updated "
             "and tuned on its own, a break-in into the web server does not give away the database, and a "
             "failure of one does not take the others down."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Move the database (or the application server) onto a server of its own and link the tiers "
             "across servers.")},
        {rule::DbSingleWriter, S::Warning, T::Data,
         QT_TRANSLATE_NOOP("sw::Rules", "One database and no replica"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "All data lives in one database that accepts every write. If it fails the data is unavailable "
             "and may be lost since the last backup, and every read and write competes for the same "
             "machine. A replica keeps a live copy, can serve reads and can become the primary."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a replica database on another server that replicates from the primary, and let the "
             "application servers read from it.")},
        {rule::DbExposed, S::Error, T::Security,
         QT_TRANSLATE_NOOP("sw::Rules", "Database reachable without the application"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Requests can reach the database without passing an application server, so nothing checks "
             "what they ask for. The database should only be reachable from the application that owns the "
             "data: separating it from the public-facing servers reduces the attack surface."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Remove the links that reach the database from the internet, a load balancer or a web server; "
             "only application servers should link to it.")},
        {rule::TlsEndsAtLb, S::Warning, T::Security,
         QT_TRANSLATE_NOOP("sw::Rules", "TLS ends at the load balancer"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "The load balancer decrypts HTTPS and sends the requests on in clear text. Anyone who can "
             "listen inside the network (another tenant, a compromised machine) reads passwords and "
             "cookies there."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Encrypt the traffic behind the load balancer too (HTTPS links to web servers with TLS on), or "
             "pass TLS through to the web servers.")},
        {rule::DnsMissing, S::Warning, T::Operations,
         QT_TRANSLATE_NOOP("sw::Rules", "No DNS record for the entry"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Users type a name such as www.foobar.com, not an address. Without a DNS record that points at "
             "the entry of the stack nobody finds the site, and no certificate can be checked against the "
             "domain."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a DNS record with the site's domain and set its target to the entry (the load balancer "
             "cluster, the load balancer or the web server that users reach).")},
        {rule::PropMissing, S::Error, T::Operations,
         QT_TRANSLATE_NOOP("sw::Rules", "Required property not set"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "A whiteboard holds unfinished work: the design saves and opens with the value missing. But "
             "what the value is for cannot work without it: a DNS record without a domain names nothing, a "
             "server without a host name cannot be set up, a cluster without members protects nothing. The "
             "deploy bundles and deploy refuse the design until it is set."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Select the node and fill in the property in the properties panel (the quick fix takes you "
             "there).")},
        {rule::DuplicateAddress, S::Error, T::Operations,
         QT_TRANSLATE_NOOP("sw::Rules", "Two servers share an address or a host name"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "An address or a host name names one machine. When two servers share one, requests, SSH "
             "sessions and the deploy reach whichever answers first, monitoring mixes up their data, and "
             "the second server is, in fact, not there."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Give each server its own address and host name (a copy made with Duplicate keeps the subnet "
             "and numbers the name: web-01, web-02).")},

        {rule::NoRequestPath, S::Error, T::Paths,
         QT_TRANSLATE_NOOP("sw::Rules", "No request reaches a database"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "A web stack exists to answer users' requests with data. Following the links from the internet "
             "no request arrives at a database, so the site cannot work as drawn (a link is missing or "
             "points the wrong way)."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Link the internet to the entry, the entry to the web servers, the web servers to the "
             "application servers and those to the database, in the direction of the request.")},
        {rule::ClusterNoVip, S::Error, T::Availability,
         QT_TRANSLATE_NOOP("sw::Rules", "Cluster without a virtual address"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Users and DNS reach a cluster through its virtual address, which moves to whichever member is "
             "alive. Without one, requests go to a member's own address and stop when that member fails: "
             "the cluster gives no protection."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Give the cluster a free virtual IP address in the members' network and point the DNS record "
             "at the cluster.")},
        {rule::ClusterBothActive, S::Warning, T::Availability,
         QT_TRANSLATE_NOOP("sw::Rules", "Active-passive cluster with several active members"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "In active-passive mode one member works and the other waits to take over. When requests or "
             "DNS records go straight to several members, they all work at once: the passive member is not "
             "in reserve, and its configuration (sessions, health checks) was not made for it."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Send requests and DNS to the cluster's virtual address only, or switch the cluster to "
             "active-active mode.")},
        {rule::CertNotOnAllMembers, S::Error, T::Security,
         QT_TRANSLATE_NOOP("sw::Rules", "Certificate missing on a cluster member"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Any member of a cluster may answer. A member that terminates no TLS or has no certificate "
             "breaks HTTPS for everyone the moment it takes over, which is exactly when the cluster was "
             "supposed to save the day."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Install the same certificate on every member of the cluster and give every member the same "
             "TLS setting.")},
        {rule::FirewallBlocksLink, S::Error, T::Security,
         QT_TRANSLATE_NOOP("sw::Rules", "A firewall blocks a link of the design"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "A firewall lets through only what it allows. A link whose port (or sender) it does not allow "
             "is dropped, so that part of the stack does not work once deployed."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Allow the link's port on the firewall, from the machine that sends it (\"PORT/tcp from ID\").")},
        {rule::FirewallUnusedPort, S::Warning, T::Security,
         QT_TRANSLATE_NOOP("sw::Rules", "A firewall opens a port no link uses"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Every open port is a door an attacker can try. A port that no link of the design needs only "
             "adds to the attack surface."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Remove the rule from the firewall, or draw the link that needs it.")},
        {rule::DbPortPublic, S::Error, T::Security,
         QT_TRANSLATE_NOOP("sw::Rules", "Database port open to everyone"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "A database port open to any address lets the whole internet try passwords and exploits on "
             "the database directly. It should accept connections only from the application servers."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Replace the rule by rules that allow the database port only from the application servers "
             "(\"3306/tcp from app-1\").")},
        {rule::SshOpenToWorld, S::Warning, T::Security,
         QT_TRANSLATE_NOOP("sw::Rules", "SSH open to the world"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "SSH gives full control of a server. Open to every address it is probed for weak passwords "
             "within minutes of going online. The operator's access is implied by the design; nothing else "
             "should open it to everyone."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Remove the rule that opens SSH to everyone (or allow it only from a bastion host).")},
        {rule::HttpNoRedirect, S::Warning, T::Security,
         QT_TRANSLATE_NOOP("sw::Rules", "Port 80 without a redirect to HTTPS"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Users who type the address without https:// arrive on port 80. If the entry answers there "
             "with the site instead of redirecting to HTTPS, their session travels in clear text."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Serve HTTPS on the entry and redirect port 80 to 443 (set the entry service's property "
             "\"http_redirect\" to true), or close port 80.")},
        {rule::ReplicaWithoutPrimary, S::Error, T::Data,
         QT_TRANSLATE_NOOP("sw::Rules", "Replica without a primary"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "A replica copies every change from its primary. Without a primary to follow it never "
             "receives changes and serves stale or empty data."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Set the replica's \"replicates from\" to the primary database, or make it a primary.")},
        {rule::MultiplePrimaries, S::Warning, T::Data,
         QT_TRANSLATE_NOOP("sw::Rules", "Several primary databases"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Two databases that both accept writes for the same application drift apart: each has changes "
             "the other lacks, and the application sees different data depending on where it writes."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Keep one primary and make the other databases replicas that replicate from it.")},
        {rule::CodebaseMismatch, S::Warning, T::Operations,
         QT_TRANSLATE_NOOP("sw::Rules", "Application servers run different code"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "The load balancer sends each request to any application server. If they run different "
             "repositories or branches, users get different behaviour from one request to the next."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Deploy the same repository and branch on every application server.")},
        {rule::AppNoCodebase, S::Info, T::Operations,
         QT_TRANSLATE_NOOP("sw::Rules", "Application server without a codebase"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "An application server runs the application's code. Without a codebase on its server there is "
             "nothing to run, and the deploy cannot know what to check out."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a codebase (repository and branch) to the application server's server.")},
        {rule::WebWithoutApp, S::Warning, T::Paths,
         QT_TRANSLATE_NOOP("sw::Rules", "Web server with no application server behind it"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "The web server serves static files and forwards dynamic requests to an application server. "
             "With none behind it every dynamic page fails."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Link the web server to an application server (HTTP to the app server's port).")},

        {rule::ProfileOneServer, S::Error, T::Profile,
         QT_TRANSLATE_NOOP("sw::Rules", "Simple web stack: one server runs the whole stack"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "The first stage of the spec is a LAMP stack on one server: web server, application server, "
             "codebase and database together, the simplest thing that works."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Put a web server, an application server, a codebase and a database in one server.")},
        {rule::ProfileDomain, S::Error, T::Profile,
         QT_TRANSLATE_NOOP("sw::Rules", "The design has the domain the profile asks for"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "A site is known by its domain name; the spec's design uses www.foobar.com."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a DNS record with the domain the profile asks for and point it at the entry.")},
        {rule::ProfileLbFront, S::Error, T::Profile,
         QT_TRANSLATE_NOOP("sw::Rules", "Distributed: a load balancer in front of two or more full servers"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "The distributed stage adds servers to lessen the traffic each one carries and to have a "
             "backup when one fails; a load balancer spreads the requests over them."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Put a load balancer in front and link it to two or more servers that each run a web server, an "
             "application server and a codebase.")},
        {rule::ProfileReplica, S::Error, T::Profile,
         QT_TRANSLATE_NOOP("sw::Rules", "Distributed: a primary database and a replica"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "With several servers the data needs a copy too: a replica follows the primary so that reads "
             "can be spread and the data survives the loss of one database."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a replica database that replicates from the primary.")},
        {rule::ProfileLbCluster, S::Error, T::Profile,
         QT_TRANSLATE_NOOP("sw::Rules", "Scale up: a cluster of two load balancers"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "The spec adds a second load balancer that works in a cluster with the first, so that the "
             "entry has no single point of failure and distributing traffic stays efficient."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Group two load balancers on two different servers in a cluster.")},
        {rule::ProfileSeparateTiers, S::Error, T::Profile,
         QT_TRANSLATE_NOOP("sw::Rules", "Scale up: web, application and database each on its own server"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "The spec separates the database, application and web server into their own machines for "
             "isolation, scalability, maintenance, security, performance and fault isolation."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Give the web server, the application server and the database a server each.")},
        {rule::ProfileOneCodebase, S::Error, T::Profile,
         QT_TRANSLATE_NOOP("sw::Rules", "Scale up: one codebase"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "The spec's design runs one codebase: every server that runs the application runs the same "
             "code from the same repository and branch."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a codebase to the application server, with the same repository and branch everywhere.")},
    };
}

} // namespace

QString RuleInfo::titleText() const { return Tr::tr(title); }
QString RuleInfo::whyText() const { return Tr::tr(why); }
QString RuleInfo::fixText() const { return Tr::tr(fix); }

const QVector<RuleInfo> &ruleCatalog()
{
    static const QVector<RuleInfo> catalog = buildCatalog();
    return catalog;
}

const RuleInfo *findRule(const QString &id)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        const QVector<RuleInfo> &c = ruleCatalog();
        for (int i = 0; i < c.size(); ++i)
            h.insert(c[i].idString(), i);
        return h;
    }();
    const int i = index.value(id, -1);
    return i < 0 ? nullptr : &ruleCatalog()[i];
}

QString ruleTopicTitle(RuleTopic topic)
{
    switch (topic) {
    case RuleTopic::Paths: return Tr::tr("Request paths");
    case RuleTopic::Availability: return Tr::tr("Availability");
    case RuleTopic::Security: return Tr::tr("Security");
    case RuleTopic::Operations: return Tr::tr("Operations");
    case RuleTopic::Data: return Tr::tr("Data");
    case RuleTopic::Profile: return Tr::tr("Profile requirements");
    }
    return {};
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        if (severityName(s) == name)
            return s;
    return std::nullopt;
}

QString severityTitle(Severity s)
{
    switch (s) {
    case Severity::Error: return Tr::tr("Error");
    case Severity::Warning: return Tr::tr("Warning");
    case Severity::Info: return Tr::tr("Info");
    }
    return {};
}

} // namespace sw
