// The cache (Redis or Memcached): installed, listening on the server's
// private address only, its port opened in the host firewall for the app
// servers that link to it and nobody else.
#include "exporters/bundle/planner_p.h"

#include "core/model/propertykeys.h"
#include "exporters/bundle/cacheconfig.h"

#include <algorithm>

namespace sw::bundle {

bool Planner::planCache(const Node &cache, ServerConfig *sc, QString *error)
{
    CacheInput in;
    in.engine = cache.propString(keys::engine) == QLatin1String("memcached") ? QStringLiteral("memcached") : QStringLiteral("redis");
    in.port = cache.propInt(keys::port);
    if (in.port <= 0)
        in.port = in.engine == QLatin1String("redis") ? 6379 : 11211;
    in.memoryMb = cache.propInt(keys::memoryMb);
    if (in.memoryMb <= 0)
        in.memoryMb = 256;
    const QString why = Tr::tr("the cache admits its app servers by address");
    for (const QString &s : m_facts.sourceServers(cache.id)) {
        QString a;
        if (s == sc->id && sc->address.isEmpty())
            a = QStringLiteral("127.0.0.1"); // the app next to it, over the loopback
        else if (!requireAddress(s, cache.id, QStringLiteral("parent"), why, &a, error))
            return false;
        if (!in.clients.contains(a))
            in.clients << a;
    }
    const bool remoteClients = std::any_of(in.clients.begin(), in.clients.end(), [](const QString &a) { return a != QLatin1String("127.0.0.1"); });
    if (remoteClients && !requireAddress(sc->id, cache.id, QStringLiteral("parent"),
                                         Tr::tr("the cache listens on its server's private address only"), &in.bind, error))
        return false;
    if (in.bind.isEmpty())
        in.bind = QStringLiteral("127.0.0.1");
    for (const QString &a : in.clients)
        if (a != QLatin1String("127.0.0.1"))
            sc->impliedRules << QStringLiteral("allow from %1 to any port %2 proto tcp").arg(a).arg(in.port);

    ConfigFile f;
    f.concern = concern::cache();
    f.path = cacheConfigPath(in.engine);
    f.parts = cacheConfig(in);
    f.mode = QStringLiteral("0640");
    if (in.engine == QLatin1String("redis"))
        f.group = QStringLiteral("redis"); // the password is in it
    f.notify = cacheUnit(in.engine);
    sc->files << f;
    addPackage(sc, concern::cache(), cachePackage(in.engine));
    addService(sc, concern::cache(), cacheUnit(in.engine), false);
    m_sumoLogs << (in.engine == QLatin1String("redis") ? QStringLiteral("/var/log/redis/*.log") : QStringLiteral("/var/log/memcached.log"));
    return true;
}

} // namespace sw::bundle
