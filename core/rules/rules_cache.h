// The cache's rules (rules_cache.cpp) and quick fixes (fixes_cache.cpp).
#pragma once

#include "core/model/design.h"

namespace sw {

namespace rule {
constexpr const char *CacheExposed = "CACHE-EXPOSED";
constexpr const char *CacheUnused = "CACHE-UNUSED";
constexpr const char *CacheSingle = "CACHE-SINGLE";
} // namespace rule

// Links into this cache from the users' side: an internet node, a load
// balancer (or its server), a cluster or a network firewall.
QVector<const Link *> cacheLinksFromUsers(const Design &design, const QString &cache);

} // namespace sw
