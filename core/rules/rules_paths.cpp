// Rules about request paths: SPOF, NO-REQUEST-PATH, DB-EXPOSED, WEB-WITHOUT-APP.
// All path reasoning goes through RequestGraph.
#include "core/rules/ruleids.h"
#include "core/rules/rulechecks.h"

namespace sw::checks {

namespace {

void noRequestPath(const RuleContext &c, FindingSink &out)
{
    if (c.reach()[size_t(c.graph().sink())])
        return;
    QString message;
    if (c.ofKind(Kind::Internet).isEmpty())
        message = ruleText(QT_TRANSLATE_NOOP("sw::Rules", "The design has no internet node, so no request comes in."));
    else if (c.ofKind(Kind::Database).isEmpty())
        message = ruleText(QT_TRANSLATE_NOOP("sw::Rules", "The design has no database, so requests have no data to reach."));
    else
        message = ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Following the links from the internet, no request reaches a database."));
    out.add(rule::NoRequestPath, {}, message);
}

void spof(const RuleContext &c, FindingSink &out)
{
    if (!c.reach()[size_t(c.graph().sink())])
        return;
    for (const QString &unit : c.graph().singlePointsOfFailure(c.idom())) {
        const Node *n = c.node(unit);
        if (!n)
            continue;
        const QString message = n->kind == Kind::Server
            ? ruleText(QT_TRANSLATE_NOOP("sw::Rules", "If server \"%1\" fails, no request from the internet reaches a database.")).arg(n->displayLabel())
            : ruleText(QT_TRANSLATE_NOOP("sw::Rules", "If firewall \"%1\" fails, no request from the internet reaches a database.")).arg(n->displayLabel());
        out.add(rule::Spof, {unit}, message);
    }
}

void dbExposed(const RuleContext &c, FindingSink &out)
{
    const RequestGraph &g = c.graph();
    std::vector<char> dead(size_t(g.vertexCount()), 0);
    for (const Node *app : c.ofKind(Kind::AppServer))
        for (int v : g.verticesOf(app->id))
            dead[size_t(v)] = 1;
    const std::vector<char> reach = g.forwardReach(dead);
    for (const Node *db : c.ofKind(Kind::Database)) {
        bool exposed = false;
        for (int v : g.verticesOf(db->id))
            exposed = exposed || reach[size_t(v)];
        if (!exposed)
            continue;
        const QString server = c.serverOf(db->id);
        out.add(rule::DbExposed, {server.isEmpty() ? db->id : server},
                ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Database \"%1\" can be reached from the internet without passing an application server."))
                    .arg(db->displayLabel()));
    }
}

void webWithoutApp(const RuleContext &c, FindingSink &out)
{
    for (const Node *web : c.ofKind(Kind::WebServer)) {
        bool hasApp = false;
        for (const Node *next : c.nextServices(web->id, true))
            hasApp = hasApp || next->kind == Kind::AppServer;
        if (!hasApp)
            out.add(rule::WebWithoutApp, {web->id},
                    ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Web server \"%1\" forwards requests to no application server.")).arg(web->displayLabel()));
    }
}

} // namespace

void paths(const RuleContext &c, FindingSink &out)
{
    noRequestPath(c, out);
    spof(c, out);
    dbExposed(c, out);
    webWithoutApp(c, out);
}

} // namespace sw::checks

namespace sw::catalog {

// The catalog entries of the rules above (rulecatalog.h).
QVector<RuleInfo> paths()
{
    using S = Severity;
    using T = RuleTopic;
    return {
        {rule::Spof, S::Warning, T::Availability, 0,
         QT_TRANSLATE_NOOP("sw::Rules", "Single point of failure"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "When this one machine stops (a crash, a disk failure, a reboot for updates) no request can reach "
             "the data any more and the whole site is down. Having a second server that can take over means "
             "one failure does not stop the site: fault isolation."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a second server that does the same job and link it like the first one (or put both in a "
             "cluster), so that a request always has another way to the database.")},
        {rule::DbExposed, S::Error, T::Security, 70,
         QT_TRANSLATE_NOOP("sw::Rules", "Database reachable without the application"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Requests can reach the database without passing an application server, so nothing checks "
             "what they ask for. The database should only be reachable from the application that owns the "
             "data: separating it from the public-facing servers reduces the attack surface."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Remove the links that reach the database from the internet, a load balancer or a web server; "
             "only application servers should link to it.")},
        {rule::NoRequestPath, S::Error, T::Paths, 120,
         QT_TRANSLATE_NOOP("sw::Rules", "No request reaches a database"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "A web stack exists to answer users' requests with data. Following the links from the internet "
             "no request arrives at a database, so the site cannot work as drawn (a link is missing or "
             "points the wrong way)."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Link the internet to the entry, the entry to the web servers, the web servers to the "
             "application servers and those to the database, in the direction of the request.")},
        {rule::WebWithoutApp, S::Warning, T::Paths, 250,
         QT_TRANSLATE_NOOP("sw::Rules", "Web server with no application server behind it"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "The web server serves static files and forwards dynamic requests to an application server. "
             "With none behind it every dynamic page fails."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Link the web server to an application server (HTTP to the app server's port).")},
    };
}

} // namespace sw::catalog
