// Rules about caches: CACHE-EXPOSED, CACHE-UNUSED, CACHE-SINGLE, and their
// catalog entries. A cache sits beside the request path (PathRole::Aside):
// the application asks it before the database, so when it fails the site
// still answers, only slower. That is why one cache is a warning here and
// never a SPOF.
#include "core/model/propertykeys.h"
#include "core/rules/rules_cache.h"
#include "core/rules/rulechecks.h"

namespace sw {

namespace {

// A node a request from the internet reaches without passing the
// application: an internet node, a load balancer (or its server), a cluster,
// a network firewall.
bool usersSide(const Design &d, const Node &n)
{
    switch (n.kind) {
    case Kind::Internet:
    case Kind::LoadBalancer:
    case Kind::Cluster:
        return true;
    case Kind::Firewall:
        return n.parent.isEmpty() || !d.node(n.parent) || d.node(n.parent)->kind != Kind::Server;
    case Kind::Server:
        for (const QString &c : d.children(n.id))
            if (const Node *s = d.node(c); s && s->kind == Kind::LoadBalancer)
                return true;
        return false;
    case Kind::Dns:
    case Kind::Certificate:
    case Kind::WebServer:
    case Kind::AppServer:
    case Kind::Codebase:
    case Kind::Database:
    case Kind::MonitoringAgent:
    case Kind::MonitoringService:
    case Kind::Zone:
    case Kind::Note:
    case Kind::Cache:
        return false;
    }
    return false;
}

// A node that asks a cache as it should: an application (or web) server, or
// the server that holds one.
bool cacheClient(const Design &d, const Node &n)
{
    if (n.kind == Kind::AppServer || n.kind == Kind::WebServer)
        return true;
    if (n.kind != Kind::Server)
        return false;
    for (const QString &c : d.children(n.id))
        if (const Node *s = d.node(c); s && (s->kind == Kind::AppServer || s->kind == Kind::WebServer))
            return true;
    return false;
}

} // namespace

QVector<const Link *> cacheLinksFromUsers(const Design &d, const QString &cache)
{
    QVector<const Link *> out;
    for (const Link &l : d.links())
        if (l.to == cache)
            if (const Node *from = d.node(l.from); from && usersSide(d, *from))
                out.append(&l);
    return out;
}

namespace checks {

void cache(const RuleContext &c, FindingSink &out)
{
    const QVector<const Node *> &caches = c.ofKind(Kind::Cache);
    if (caches.isEmpty())
        return;
    const Design &d = c.design();
    QSet<QString> used;
    for (const Link &l : d.links())
        if (const Node *from = d.node(l.from); from && cacheClient(d, *from))
            used.insert(l.to);
    for (const Node *k : caches) {
        const QVector<const Link *> exposed = cacheLinksFromUsers(d, k->id);
        if (!exposed.isEmpty()) {
            const Node *from = d.node(exposed.first()->from);
            out.add(rule::CacheExposed, {k->id},
                    ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Cache \"%1\" is reachable from the internet: \"%2\" links to it."))
                        .arg(k->displayLabel(), from->displayLabel()));
        }
        if (!used.contains(k->id))
            out.add(rule::CacheUnused, {k->id},
                    ruleText(QT_TRANSLATE_NOOP("sw::Rules", "No application server links to cache \"%1\", so nothing uses it."))
                        .arg(k->displayLabel()));
    }
    if (caches.size() == 1)
        out.add(rule::CacheSingle, {caches.first()->id},
                ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Cache \"%1\" is the only one: when it fails the application still "
                                                         "answers, but every request goes to the database."))
                    .arg(caches.first()->displayLabel()));
}

} // namespace checks

namespace catalog {

QVector<RuleInfo> cache()
{
    using S = Severity;
    using T = RuleTopic;
    return {
        {rule::CacheExposed, S::Error, T::Security, 251,
         QT_TRANSLATE_NOOP("sw::Rules", "Cache reachable from the internet"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "A cache (Redis, Memcached) has no passwords worth the name and answers anyone who reaches its port: "
             "from the internet it hands out the cached data (sessions, pages, personal data) and lets an attacker "
             "write into it. Only the application servers should talk to it, over the private network."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Remove the link from the users, the load balancer or the cluster to the cache, and link the application "
             "servers to it instead.")},
        {rule::CacheUnused, S::Warning, T::Operations, 252,
         QT_TRANSLATE_NOOP("sw::Rules", "Cache that no application server uses"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "A cache helps only when the application asks it before the database. A cache no application server "
             "links to costs a server and memory and makes nothing faster; it often means a link was forgotten."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Link every application server to the cache (tcp on the cache's port), or remove the cache.")},
        {rule::CacheSingle, S::Warning, T::Availability, 253,
         QT_TRANSLATE_NOOP("sw::Rules", "Only one cache"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "When the only cache fails the site does not go down: the application asks the database directly. But "
             "every request then costs a database query, pages get slower and the database may not keep up with the "
             "load the cache used to take. It is not a single point of failure, it is a single point of slowness."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a second cache on another server (a Redis replica, or a second Memcached the application spreads "
             "its keys over) and link the application servers to both.")},
    };
}

} // namespace catalog

} // namespace sw
