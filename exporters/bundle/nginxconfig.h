// nginx as a reverse proxy: the same job as apacheconfig.h (an upstream of
// the linked app servers, X-Forwarded-For / X-Real-IP, real_ip from the
// load balancers), plus a check script validating a candidate site alone.
#pragma once

#include "exporters/bundle/webproxyinput.h"

namespace sw::bundle {

// /etc/nginx/sites-available/stackwright
QString nginxSite(const WebProxyInput &in);
// /usr/local/sbin/stackwright-nginx-check FILE
QString nginxCheckScript();

} // namespace sw::bundle
