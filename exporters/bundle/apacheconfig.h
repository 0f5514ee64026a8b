// Apache as a reverse proxy to the app servers a web server links to
// (mod_proxy, mod_proxy_http, a balancer when there are several), passing
// the client address on (X-Forwarded-For from mod_proxy_http; mod_remoteip
// trusts the load balancers' header). Also the files that let the site be
// validated before it is written.
#pragma once

#include "exporters/bundle/webproxyinput.h"

namespace sw::bundle {

// /etc/apache2/sites-available/stackwright.conf
QString apacheSite(const WebProxyInput &in);
// Modules the site needs (a2enmod names).
QStringList apacheModules(const WebProxyInput &in);
// /etc/apache2/stackwright-check.conf: a minimal main configuration that
// loads those modules, so `apache2 -t -f it -c "Include SITE"` parses a
// candidate site on its own.
QString apacheCheckConfig(const WebProxyInput &in, const QString &modulesDir = QStringLiteral("/etc/apache2/mods-available"));
// /usr/local/sbin/stackwright-apache-check FILE: runs that check.
QString apacheCheckScript(const QString &checkConfigPath = QStringLiteral("/etc/apache2/stackwright-check.conf"));

} // namespace sw::bundle
