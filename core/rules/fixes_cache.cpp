// Quick fixes of the cache's rules (rules_cache.cpp).
#include "core/model/propertykeys.h"
#include "core/rules/fixes.h"
#include "core/rules/rules_cache.h"

namespace sw::fixes {

namespace {

bool linked(const Design &d, const QString &from, const QString &to)
{
    for (const Link &l : d.links())
        if (l.from == from && l.to == to)
            return true;
    return false;
}

} // namespace

bool linkAppsToCache(FixBuilder &b, const QString &cache)
{
    const Design &d = b.design();
    const Node *k = d.node(cache);
    if (!k || k->kind != Kind::Cache)
        return false;
    const int port = k->propInt(keys::port);
    const QString cacheServer = d.serverOf(cache);
    QVector<const Node *> firewalls;
    for (const QString &c : d.children(cacheServer))
        if (const Node *n = d.node(c); n && n->kind == Kind::Firewall)
            firewalls.append(n);
    bool added = false;
    for (const Node *app : d.nodesOfKind(Kind::AppServer)) {
        if (linked(d, app->id, cache))
            continue;
        Link l;
        l.from = app->id;
        l.to = cache;
        l.protocol = Protocol::Tcp;
        l.port = port;
        b.addLink(l);
        added = true;
        // The cache's host firewalls let the application's server in.
        const QString appServer = d.serverOf(app->id);
        if (appServer.isEmpty() || appServer == cacheServer)
            continue;
        for (const Node *fw : firewalls)
            b.appendToList(fw->id, keys::allow, formatPortRule({port, QStringLiteral("tcp"), appServer}));
    }
    return added;
}

bool unexposeCache(FixBuilder &b, const QString &cache)
{
    const QVector<const Link *> links = cacheLinksFromUsers(b.design(), cache);
    if (links.isEmpty())
        return false;
    for (const Link *l : links)
        b.remove(l->id);
    // The fix text says where the cache's traffic should come from instead.
    bool used = false;
    for (const Link &l : b.design().links())
        if (l.to == cache && !links.contains(&l))
            if (const Node *from = b.design().node(l.from); from && from->kind == Kind::AppServer)
                used = true;
    if (!used)
        linkAppsToCache(b, cache);
    return true;
}

bool addSecondCache(FixBuilder &b, const QString &cache)
{
    const Design &d = b.design();
    const QString server = d.serverOf(cache);
    if (server.isEmpty())
        return false;
    // Only a server that is the cache's own: copying it must not copy an application or a database.
    for (const QString &c : d.children(server)) {
        const Node *n = d.node(c);
        if (n && n->kind != Kind::Cache && n->kind != Kind::MonitoringAgent && n->kind != Kind::Firewall)
            return false;
    }
    return duplicateUnit(b, server);
}

} // namespace sw::fixes
