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
        for (int v : g.verticesOfIndex(c.indexOf(app)))
            dead[size_t(v)] = 1;
    const std::vector<char> reach = g.forwardReach(dead);
    for (const Node *db : c.ofKind(Kind::Database)) {
        bool exposed = false;
        for (int v : g.verticesOfIndex(c.indexOf(db)))
            exposed = exposed || reach[size_t(v)];
        if (!exposed)
            continue;
        const Node *server = c.serverOf(db);
        out.add(rule::DbExposed, {server ? server->id : db->id},
                ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Database \"%1\" can be reached from the internet without passing an application server."))
                    .arg(db->displayLabel()));
    }
}

void webWithoutApp(const RuleContext &c, FindingSink &out)
{
    for (const Node *web : c.ofKind(Kind::WebServer)) {
        bool hasApp = false;
        for (const Node *next : c.nextServices(web, true))
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
