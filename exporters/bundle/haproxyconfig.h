// /etc/haproxy/haproxy.cfg for a load balancer: TLS termination with the
// certificate PEM (chain + key), HTTP -> HTTPS redirect, a backend with
// health checks from the links, the design's balancing algorithm; TCP
// passthrough for tls=passthrough, plain HTTP for tls=none.
#pragma once

#include <QString>
#include <QVector>

namespace sw::bundle {

struct HaproxyBackendServer {
    QString name;      // hostname (RFC 1123 label)
    QString host;      // address or hostname
    int port = 80;
    bool tls = false;  // the link is https: re-encrypt towards the server
};

struct HaproxyInput {
    QString algorithm = QStringLiteral("roundrobin"); // roundrobin, leastconn, source
    QString tls = QStringLiteral("none");             // none, terminate, passthrough
    QString domain;                                   // Host header of the health check; may be empty
    QString pemPath;                                  // terminate: chain + key
    int httpPort = 80;
    int httpsPort = 443;
    QVector<HaproxyBackendServer> servers;
    // Let's Encrypt HTTP-01 challenges go to certbot on port acmePort of
    // one of these hosts (every member of the cluster); empty: none.
    QStringList acmeHosts;
    int acmePort = 8888;
    QString hostname;                                 // this server's: the X-Load-Balancer header
    QString caFile;                                   // verifies the re-encrypting backends' certificates
};

QString haproxyConfig(const HaproxyInput &in);

} // namespace sw::bundle
