// The cache's configuration: Redis (/etc/redis/redis.conf) or Memcached
// (/etc/memcached.conf), listening on the server's private address only.
#pragma once

#include "exporters/bundle/stackconfig.h"

namespace sw::bundle {

struct CacheInput {
    QString engine = QStringLiteral("redis"); // "redis" or "memcached"
    QString bind;              // the server's private address (127.0.0.1 without one)
    int port = 6379;
    int memoryMb = 256;
    QStringList clients;       // addresses of the app servers using it (comments only: ufw enforces)
};

QString cacheConfigPath(const QString &engine);
QString cacheUnit(const QString &engine);       // "redis-server" or "memcached"
QString cachePackage(const QString &engine);    // "redis-server" or "memcached"
// Redis: requires the password of the variable cache_password, protected
// mode on, the dangerous commands renamed away. Memcached: no UDP.
QVector<TextPart> cacheConfig(const CacheInput &in);

} // namespace sw::bundle
