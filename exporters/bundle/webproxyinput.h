// What a web server tier proxies: shared by the Apache and nginx generators.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace sw::bundle {

struct Upstream {
    QString host;      // address or hostname of an app server
    int port = 8000;
    bool tls = false;  // the link to it is https
};

struct WebProxyInput {
    QString serverName;          // the design's domain; empty: any
    int httpPort = 80;
    bool tls = false;            // web-server tls=on: serve HTTPS on httpsPort
    int httpsPort = 443;
    QString certPath;            // chain
    QString keyPath;
    bool acme = false;           // proxy Let's Encrypt challenges to certbot on 127.0.0.1:acmePort
    int acmePort = 8888;
    QVector<Upstream> upstreams; // the app servers it links to
    QStringList trustedProxies;  // load balancers in front: their X-Forwarded-For is trusted
    QString logName = QStringLiteral("stackwright");
    QString hostname;            // this server's: sent to the app as X-Web-Server
};

} // namespace sw::bundle
