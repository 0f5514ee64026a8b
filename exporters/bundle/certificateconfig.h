// Certificates: where each lives, and the certbot deploy hook that copies a
// renewed Let's Encrypt certificate into place (chain, key, and the PEM of
// chain + key HAProxy reads) and reloads what presents it.
#pragma once

#include "exporters/bundle/stackconfig.h"

namespace sw::bundle {

inline QString tlsDir() { return QStringLiteral("/etc/stackwright/tls"); }
// The stack's private CA (created by deploy.sh / the Ansible controller):
// it signs the certificates of web servers behind a load balancer, and the
// load balancers verify them with it.
inline QString privateCaPath() { return QStringLiteral("/etc/stackwright/tls/private-ca.crt"); }
inline int acmePort() { return 8888; }
CertificatePlan certificatePaths(const QString &nodeId, const QString &domain, const QString &issuer);

// /etc/letsencrypt/renewal-hooks/deploy/stackwright.sh
QString certbotDeployHook(const QVector<CertificatePlan> &certs);

} // namespace sw::bundle
