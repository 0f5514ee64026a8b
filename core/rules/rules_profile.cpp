// The spec profiles' requirements (PROFILE-* ids), checked only under the
// profile that asks for them. See profiles.cpp for which profile checks what.
#include "core/rules/profiles.h"
#include "core/rules/ruleids.h"
#include "core/rules/rulechecks.h"

namespace sw::checks {

namespace {

const QString kSpecDomain = QStringLiteral("www.foobar.com");

bool holdsAll(const RuleContext &c, const QString &server, std::initializer_list<Kind> kinds)
{
    for (Kind k : kinds)
        if (!c.serverHolds(server, k))
            return false;
    return true;
}

void oneServer(const RuleContext &c, FindingSink &out)
{
    for (const Node *s : c.ofKind(Kind::Server))
        if (holdsAll(c, s->id, {Kind::WebServer, Kind::AppServer, Kind::Codebase, Kind::Database}))
            return;
    out.add(rule::ProfileOneServer, {},
            ruleText(QT_TRANSLATE_NOOP("sw::Rules", "No server runs a web server, an application server, a codebase and a database together.")));
}

void domain(const RuleContext &c, const QString &profile, FindingSink &out)
{
    if (profile == QLatin1String("scale-up")) {
        if (!c.isDesignDomain(kSpecDomain))
            out.add(rule::ProfileDomain, {},
                    c.domains().isEmpty()
                        ? ruleText(QT_TRANSLATE_NOOP("sw::Rules", "The design has no DNS record for %1.")).arg(kSpecDomain)
                        : ruleText(QT_TRANSLATE_NOOP("sw::Rules", "The design's domain is %1, the profile asks for %2."))
                              .arg(c.domains().join(QStringLiteral(", ")), kSpecDomain));
    } else if (c.domains().isEmpty()) {
        out.add(rule::ProfileDomain, {}, ruleText(QT_TRANSLATE_NOOP("sw::Rules", "The design has no domain: add a DNS record.")));
    }
}

void lbInFront(const RuleContext &c, FindingSink &out)
{
    int best = 0;
    for (const Node *lb : c.ofKind(Kind::LoadBalancer)) {
        QSet<QString> servers;
        for (const Node *s : c.nextServices(lb->id, false)) {
            const QString server = c.serverOf(s->id);
            if (holdsAll(c, server, {Kind::WebServer, Kind::AppServer, Kind::Codebase}))
                servers.insert(server);
        }
        best = std::max(best, int(servers.size()));
    }
    if (best >= 2)
        return;
    out.add(rule::ProfileLbFront, {},
            c.ofKind(Kind::LoadBalancer).isEmpty()
                ? ruleText(QT_TRANSLATE_NOOP("sw::Rules", "The design has no load balancer."))
                : ruleText(QT_TRANSLATE_NOOP("sw::Rules", "No load balancer sends requests to two or more servers that each run a web server, an application server and a codebase.")));
}

void primaryReplica(const RuleContext &c, FindingSink &out)
{
    for (const Node *db : c.ofKind(Kind::Database)) {
        if (db->propString(QStringLiteral("role")) != QLatin1String("replica"))
            continue;
        const Node *p = c.node(db->propString(QStringLiteral("replicates_from")));
        if (p && p->kind == Kind::Database && p->propString(QStringLiteral("role")) == QLatin1String("primary"))
            return;
    }
    out.add(rule::ProfileReplica, {}, ruleText(QT_TRANSLATE_NOOP("sw::Rules", "The design has no primary database with a replica that follows it.")));
}

void lbCluster(const RuleContext &c, FindingSink &out)
{
    for (const Node *cl : c.ofKind(Kind::Cluster)) {
        QSet<QString> servers;
        for (const QString &m : cl->propList(QStringLiteral("members"))) {
            const Node *n = c.node(m);
            if (!n)
                continue;
            const bool lb = n->kind == Kind::LoadBalancer
                            || (n->kind == Kind::Server && c.serverHolds(n->id, Kind::LoadBalancer));
            if (lb)
                servers.insert(c.serverOf(m));
        }
        if (servers.size() >= 2)
            return;
    }
    out.add(rule::ProfileLbCluster, {}, ruleText(QT_TRANSLATE_NOOP("sw::Rules", "The design has no cluster of two load balancers on different servers.")));
}

void separateTiers(const RuleContext &c, FindingSink &out)
{
    const Kind tiers[] = {Kind::WebServer, Kind::AppServer, Kind::Database};
    QStringList missing;
    for (Kind k : tiers) {
        bool alone = false;
        for (const Node *n : c.ofKind(k)) {
            const QString server = c.serverOf(n->id);
            int others = 0;
            for (Kind o : tiers)
                others += (o != k && c.serverHolds(server, o)) ? 1 : 0;
            alone = alone || others == 0;
        }
        if (!alone)
            missing << kindTitle(k).toLower();
    }
    if (!missing.isEmpty())
        out.add(rule::ProfileSeparateTiers, {},
                ruleText(QT_TRANSLATE_NOOP("sw::Rules", "These tiers have no server of their own: %1.")).arg(missing.join(QStringLiteral(", "))));
}

void oneCodebase(const RuleContext &c, FindingSink &out)
{
    QSet<QString> keys;
    QStringList ids;
    for (const Node *code : c.ofKind(Kind::Codebase)) {
        keys.insert(code->propString(QStringLiteral("repository")) + QLatin1Char('@') + code->propString(QStringLiteral("branch")));
        ids << code->id;
    }
    if (keys.isEmpty())
        out.add(rule::ProfileOneCodebase, {}, ruleText(QT_TRANSLATE_NOOP("sw::Rules", "The design has no codebase.")));
    else if (keys.size() > 1)
        out.add(rule::ProfileOneCodebase, ids,
                ruleText(QT_TRANSLATE_NOOP("sw::Rules", "The design has %1 different codebases (repository and branch).")).arg(keys.size()));
}

} // namespace

void profile(const RuleContext &c, const QString &name, FindingSink &out)
{
    const ProfileInfo *p = findProfile(name);
    if (!p)
        return;
    if (p->checks(QString::fromLatin1(rule::ProfileOneServer)))
        oneServer(c, out);
    if (p->checks(QString::fromLatin1(rule::ProfileDomain)))
        domain(c, name, out);
    if (p->checks(QString::fromLatin1(rule::ProfileLbFront)))
        lbInFront(c, out);
    if (p->checks(QString::fromLatin1(rule::ProfileReplica)))
        primaryReplica(c, out);
    if (p->checks(QString::fromLatin1(rule::ProfileLbCluster)))
        lbCluster(c, out);
    if (p->checks(QString::fromLatin1(rule::ProfileSeparateTiers)))
        separateTiers(c, out);
    if (p->checks(QString::fromLatin1(rule::ProfileOneCodebase)))
        oneCodebase(c, out);
}

} // namespace sw::checks

namespace sw::catalog {

// The catalog entries of the rules above (rulecatalog.h).
QVector<RuleInfo> profile()
{
    using S = Severity;
    using T = RuleTopic;
    return {
        {rule::ProfileOneServer, S::Error, T::Profile, 260,
         QT_TRANSLATE_NOOP("sw::Rules", "Simple web stack: one server runs the whole stack"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "The first stage of the spec is a LAMP stack on one server: web server, application server, "
             "codebase and database together, the simplest thing that works."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Put a web server, an application server, a codebase and a database in one server.")},
        {rule::ProfileDomain, S::Error, T::Profile, 270,
         QT_TRANSLATE_NOOP("sw::Rules", "The design has the domain the profile asks for"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "A site is known by its domain name; the spec's design uses www.foobar.com."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a DNS record with the domain the profile asks for and point it at the entry.")},
        {rule::ProfileLbFront, S::Error, T::Profile, 280,
         QT_TRANSLATE_NOOP("sw::Rules", "Distributed: a load balancer in front of two or more full servers"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "The distributed stage adds servers to lessen the traffic each one carries and to have a "
             "backup when one fails; a load balancer spreads the requests over them."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Put a load balancer in front and link it to two or more servers that each run a web server, an "
             "application server and a codebase.")},
        {rule::ProfileReplica, S::Error, T::Profile, 290,
         QT_TRANSLATE_NOOP("sw::Rules", "Distributed: a primary database and a replica"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "With several servers the data needs a copy too: a replica follows the primary so that reads "
             "can be spread and the data survives the loss of one database."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a replica database that replicates from the primary.")},
        {rule::ProfileLbCluster, S::Error, T::Profile, 300,
         QT_TRANSLATE_NOOP("sw::Rules", "Scale up: a cluster of two load balancers"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "The spec adds a second load balancer that works in a cluster with the first, so that the "
             "entry has no single point of failure and distributing traffic stays efficient."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Group two load balancers on two different servers in a cluster.")},
        {rule::ProfileSeparateTiers, S::Error, T::Profile, 310,
         QT_TRANSLATE_NOOP("sw::Rules", "Scale up: web, application and database each on its own server"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "The spec separates the database, application and web server into their own machines for "
             "isolation, scalability, maintenance, security, performance and fault isolation."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Give the web server, the application server and the database a server each.")},
        {rule::ProfileOneCodebase, S::Error, T::Profile, 320,
         QT_TRANSLATE_NOOP("sw::Rules", "Scale up: one codebase"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "The spec's design runs one codebase: every server that runs the application runs the same "
             "code from the same repository and branch."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a codebase to the application server, with the same repository and branch everywhere.")},
    };
}

} // namespace sw::catalog
