// The Sumo Logic installed collector: its user.properties (access id and
// key are deploy-time secrets: environment or Ansible Vault, never in the
// bundle) and the local file sources of what runs on the server.
#pragma once

#include "exporters/bundle/stackconfig.h"

namespace sw::bundle {

struct SumoSource {
    QString name;          // "haproxy"
    QString path;          // path expression, may hold wildcards
    QString category;      // "<hostname>/haproxy"
};

// /etc/sumo/sources.json
QString sumoSources(const QVector<SumoSource> &sources);
// /opt/SumoCollector/config/user.properties (mode 0600)
QVector<TextPart> sumoUserProperties(const QString &collectorName, const QString &sourcesPath);

} // namespace sw::bundle
