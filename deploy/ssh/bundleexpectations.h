// Header-only glue between the deploy engine and the bundle exporter
// (exporters/bundle, library swbundle): what Check expects of a server, taken
// from what the shell bundle installs (its systemd units and ufw rules)
// rather than guessed from the design. Include it only from targets that
// link swbundle (the CLI and the deploy dialog); swdeploy itself does not.
#pragma once

#include "deploy/ssh/deployplan.h"
#include "exporters/bundle/stackconfig.h"

#include <QRegularExpression>

namespace sw {

// Replaces the expectations of the plan's servers; false with the exporter's
// message when the design cannot be turned into a bundle.
inline bool expectationsFromBundle(const Design &design, DeployPlan *plan, QString *error)
{
    bundle::StackConfig cfg;
    if (!bundle::buildStackConfig(design, &cfg, error))
        return false;
    // "allow 443/tcp", "allow from 10.0.0.5 to any port 3306 proto tcp"
    static const QRegularExpression rule(
        QStringLiteral("^allow (?:(\\d+)/(tcp|udp)|from \\S+ to any port (\\d+) proto (tcp|udp))$"));
    for (const bundle::ServerConfig &sc : cfg.servers) {
        const auto it = plan->jobs.find(sc.id);
        if (it == plan->jobs.end())
            continue;
        ServerExpectation &e = it->expect;
        e.services.clear();
        for (const bundle::Service &s : sc.services)
            if (!e.services.contains(s.unit))
                e.services << s.unit;
        e.firewall = sc.firewall;
        e.allows.clear();
        for (const QString &r : sc.firewallRules) {
            const QRegularExpressionMatch m = rule.match(r);
            if (!m.hasMatch())
                continue;
            const QString a = m.captured(1).isEmpty() ? m.captured(3) + QLatin1Char('/') + m.captured(4)
                                                      : m.captured(1) + QLatin1Char('/') + m.captured(2);
            if (!e.allows.contains(a))
                e.allows << a;
        }
    }
    return true;
}

} // namespace sw
