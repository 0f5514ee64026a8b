// Rules about servers and clusters: NO-MONITORING, TIERS-NOT-SEPARATED,
// LB-NOT-CLUSTERED, CLUSTER-NO-VIP, CLUSTER-BOTH-ACTIVE, CODEBASE-MISMATCH,
// APP-NO-CODEBASE.
#include "core/rules/ruleids.h"
#include "core/rules/rulechecks.h"
#include "core/rules/serverchecks.h"
#include "core/model/propertykeys.h"

namespace sw::checks {

namespace srv {

void noMonitoring(const RuleContext &c, const Node *server, FindingSink &out)
{
    bool agent = false, reports = false;
    for (const Node *s : c.childrenOf(server)) {
        if (s->kind != Kind::MonitoringAgent)
            continue;
        agent = true;
        const Node *target = c.node(s->propString(keys::reportsTo));
        reports = reports || (target && target->kind == Kind::MonitoringService);
    }
    if (reports)
        return;
    out.add(rule::NoMonitoring, {server->id},
            agent ? ruleText(QT_TRANSLATE_NOOP("sw::Rules", "The monitoring agent on server \"%1\" reports to no monitoring service.")).arg(server->displayLabel())
                  : ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Server \"%1\" has no monitoring agent.")).arg(server->displayLabel()));
}

void tiersNotSeparated(const RuleContext &c, const Node *server, TierTitles &titles, FindingSink &out)
{
    const Kind kinds[] = {Kind::WebServer, Kind::AppServer, Kind::Database};
    QStringList tiers;
    for (int t = 0; t < 3; ++t)
        if (c.serverHolds(server, kinds[t])) {
            if (titles.title[t].isEmpty())
                titles.title[t] = kindTitle(kinds[t]).toLower();
            tiers << titles.title[t];
        }
    if (tiers.size() >= 2)
        out.add(rule::TiersNotSeparated, {server->id},
                ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Server \"%1\" runs these tiers together: %2.")).arg(server->displayLabel(), tiers.join(QStringLiteral(", "))));
}

namespace {

// Are a cluster's members on two servers (or more)?
bool onTwoServers(const RuleContext &c, int cluster)
{
    int first = -1;
    for (int m : c.membersAt(cluster))
        if (const int s = c.serverIndex(m); s >= 0) {
            if (first >= 0 && s != first)
                return true;
            first = s;
        }
    return false;
}

bool isRequestProtocol(Protocol p)
{
    return p == Protocol::Http || p == Protocol::Https || p == Protocol::Tcp || p == Protocol::Mysql;
}

} // namespace

const Node *lbPlace(const RuleContext &c, const Node *lb)
{
    const Node *server = c.serverOf(lb);
    return server ? server : lb;
}

bool lbClustered(const RuleContext &c, const Node *lb, std::vector<signed char> &twoServers)
{
    bool clustered = false;
    for (const Node *n : {lb, c.serverOf(lb)})
        for (const Node *cl : c.clustersOf(n)) {
            const int ci = c.indexOf(cl);
            if (ci < 0)
                continue;
            signed char &two = twoServers[size_t(ci)];
            if (two < 0)
                two = onTwoServers(c, ci) ? 1 : 0;
            clustered = clustered || two == 1;
        }
    return clustered;
}

void lbNotClustered(const Node *lb, const Node *place, FindingSink &out)
{
    out.add(rule::LbNotClustered, {place->id},
            ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Load balancer \"%1\" is not in a cluster with a second load balancer on another server."))
                .arg(lb->displayLabel()));
}

void clusterNoVip(const Node *cl, FindingSink &out)
{
    if (cl->propString(keys::vip).trimmed().isEmpty())
        out.add(rule::ClusterNoVip, {cl->id},
                ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Cluster \"%1\" has no virtual address.")).arg(cl->displayLabel()));
}

QSet<QString> dnsTargets(const RuleContext &c)
{
    QSet<QString> targets;
    for (const Node *r : c.ofKind(Kind::Dns))
        targets.insert(r->propString(keys::target));
    return targets;
}

void clusterBothActive(const RuleContext &c, const Node *cl, const QSet<QString> &dnsTargets, FindingSink &out)
{
    if (cl->propString(keys::mode) != QLatin1String("active-passive"))
        return;
    QStringList active;
    for (const QString &m : cl->propList(keys::members)) {
        const Node *mn = c.node(m);
        if (!mn)
            continue;
        QVector<const Node *> targets{mn};
        if (mn->kind == Kind::Server) {
            targets += c.servicesOf(mn);
        } else if (const Node *server = c.serverOf(mn)) {
            targets << server;
        }
        bool direct = false;
        for (const Node *t : targets) {
            direct = direct || dnsTargets.contains(t->id);
            for (const Link *l : c.linksTo(t)) {
                const Node *from = c.source(l);
                direct = direct || (from != cl && isRequestProtocol(l->protocol) && !(from && targets.contains(from)));
            }
        }
        if (direct)
            active << m;
    }
    if (active.size() >= 2)
        out.add(rule::ClusterBothActive, QStringList{cl->id} + active,
                ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Cluster \"%1\" is active-passive, but requests go straight to \"%2\"."))
                    .arg(cl->displayLabel(), active.join(QStringLiteral("\", \""))));
}

void appNoCodebase(const RuleContext &c, const Node *app, FindingSink &out)
{
    for (const Node *code : c.childrenOf(c.serverOf(app)))
        if (code->kind == Kind::Codebase)
            return;
    out.add(rule::AppNoCodebase, {app->id},
            ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Application server \"%1\" has no codebase on its server.")).arg(app->displayLabel()));
}

} // namespace srv

namespace {

QString codeKey(const Node *code)
{
    return QStringLiteral("%1@%2").arg(code->propString(keys::repository),
                                       code->propString(keys::branch));
}

void lbNotClustered(const RuleContext &c, FindingSink &out)
{
    std::vector<char> reported(c.design().nodes().size(), 0); // by place
    std::vector<signed char> twoServers(c.design().nodes().size(), -1); // by cluster, once each
    for (const Node *lb : c.ofKind(Kind::LoadBalancer)) {
        const Node *place = srv::lbPlace(c, lb);
        char &done = reported[size_t(c.indexOf(place))];
        if (srv::lbClustered(c, lb, twoServers) || done)
            continue;
        done = 1;
        srv::lbNotClustered(lb, place, out);
    }
}

void codebases(const RuleContext &c, FindingSink &out)
{
    QStringList keys;
    QStringList codeIds;
    std::vector<char> seenServers(c.design().nodes().size(), 0); // by server index
    for (const Node *app : c.ofKind(Kind::AppServer)) {
        const Node *serverNode = c.serverOf(app);
        const int server = c.indexOf(serverNode);
        if (server < 0 || !seenServers[size_t(server)])
            for (const Node *code : c.childrenOf(serverNode)) {
                if (code->kind != Kind::Codebase)
                    continue;
                codeIds << code->id;
                const QString key = codeKey(code);
                if (!keys.contains(key))
                    keys << key;
            }
        if (server >= 0)
            seenServers[size_t(server)] = 1;
        srv::appNoCodebase(c, app, out);
    }
    if (keys.size() > 1)
        out.add(rule::CodebaseMismatch, codeIds,
                ruleText(QT_TRANSLATE_NOOP("sw::Rules", "The application servers run different code: %1.")).arg(keys.join(QStringLiteral(", "))));
}

} // namespace

void servers(const RuleContext &c, FindingSink &out)
{
    const auto &serverNodes = c.ofKind(Kind::Server);
    for (const Node *server : serverNodes)
        srv::noMonitoring(c, server, out);
    srv::TierTitles titles;
    for (const Node *server : serverNodes)
        srv::tiersNotSeparated(c, server, titles, out);
    lbNotClustered(c, out);
    for (const Node *cl : c.ofKind(Kind::Cluster))
        srv::clusterNoVip(cl, out);
    const QSet<QString> dns = srv::dnsTargets(c);
    for (const Node *cl : c.ofKind(Kind::Cluster))
        srv::clusterBothActive(c, cl, dns, out);
    codebases(c, out);
}

} // namespace sw::checks

namespace sw::catalog {

// The catalog entries of the rules above (rulecatalog.h).
QVector<RuleInfo> servers()
{
    using S = Severity;
    using T = RuleTopic;
    return {
        {rule::NoMonitoring, S::Warning, T::Operations, 30,
         QT_TRANSLATE_NOOP("sw::Rules", "Server not monitored"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Without monitoring you learn that a server is overloaded, out of disk or down when users "
             "complain. An agent that sends logs and metrics to a monitoring service (Sumo Logic in the "
             "spec) shows problems early and tells you what happened."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a monitoring agent to the server and set it to report to a monitoring service.")},
        {rule::LbNotClustered, S::Warning, T::Availability, 40,
         QT_TRANSLATE_NOOP("sw::Rules", "Load balancer not clustered"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Every request goes through the load balancer, so a single one is a single point of failure "
             "however many servers stand behind it. A second load balancer in a cluster with a virtual "
             "address takes over when the first fails and can share the work of distributing traffic."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a second load balancer on another server and group both in a cluster with a virtual "
             "address; point the users' link and the DNS record at the cluster.")},
        {rule::TiersNotSeparated, S::Info, T::Availability, 50,
         QT_TRANSLATE_NOOP("sw::Rules", "Tiers share a server"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Web server, application server and database have different needs. On separate servers each "
             "gets its own CPU, memory and disk (isolation and resource allocation), can be scaled, updated "
             "and tuned on its own, a break-in into the web server does not give away the database, and a "
             "failure of one does not take the others down."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Move the database (or the application server) onto a server of its own and link the tiers "
             "across servers.")},
        {rule::ClusterNoVip, S::Error, T::Availability, 130,
         QT_TRANSLATE_NOOP("sw::Rules", "Cluster without a virtual address"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Users and DNS reach a cluster through its virtual address, which moves to whichever member is "
             "alive. Without one, requests go to a member's own address and stop when that member fails: "
             "the cluster gives no protection."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Give the cluster a free virtual IP address in the members' network and point the DNS record "
             "at the cluster.")},
        {rule::ClusterBothActive, S::Warning, T::Availability, 140,
         QT_TRANSLATE_NOOP("sw::Rules", "Active-passive cluster with several active members"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "In active-passive mode one member works and the other waits to take over. When requests or "
             "DNS records go straight to several members, they all work at once: the passive member is not "
             "in reserve, and its configuration (sessions, health checks) was not made for it."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Send requests and DNS to the cluster's virtual address only, or switch the cluster to "
             "active-active mode.")},
        {rule::CodebaseMismatch, S::Warning, T::Operations, 230,
         QT_TRANSLATE_NOOP("sw::Rules", "Application servers run different code"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "The load balancer sends each request to any application server. If they run different "
             "repositories or branches, users get different behaviour from one request to the next."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Deploy the same repository and branch on every application server.")},
        {rule::AppNoCodebase, S::Info, T::Operations, 240,
         QT_TRANSLATE_NOOP("sw::Rules", "Application server without a codebase"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "An application server runs the application's code. Without a codebase on its server there is "
             "nothing to run, and the deploy cannot know what to check out."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a codebase (repository and branch) to the application server's server.")},
    };
}

} // namespace sw::catalog
