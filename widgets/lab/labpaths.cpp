#include "widgets/lab/labpaths.h"


#include <QCoreApplication>
#include <algorithm>

namespace sw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::LabPaths)
};

// The node of `kind` inside the server the lab calls `host` (or the server itself).
QString serviceOf(const Design &d, const lab::LabPlan &plan, const QString &host, Kind kind)
{
    const lab::LabNode *n = plan.node(host);
    if (!n || !d.node(n->nodeId))
        return QString();
    for (const QString &id : d.subtree(n->nodeId))
        if (const Node *child = d.node(id); child && child->kind == kind)
            return id;
    return n->nodeId;
}

} // namespace

RequestPath requestPath(const Design &d, const lab::LabPlan &plan, const lab::ProbeResult &r)
{
    RequestPath p;
    p.seconds = r.seconds;
    p.served = r.ok();
    if (const lab::LabNode *users = plan.node(QStringLiteral("users")); users && d.node(users->nodeId))
        p.nodes << users->nodeId;
    // The DNS record the users resolved, and what it points at (the virtual address's cluster).
    QString entry;
    for (const Node *dns : d.nodesOfKind(Kind::Dns)) {
        p.nodes << dns->id;
        entry = dns->propString(QStringLiteral("target"));
        break;
    }
    QStringList route;
    const std::pair<QString, Kind> hops[] = {{r.loadBalancer, Kind::LoadBalancer},
                                             {r.webServer, Kind::WebServer},
                                             {r.appServer, Kind::AppServer},
                                             {r.database, Kind::Database}};
    for (const auto &[host, kind] : hops) {
        if (host.isEmpty())
            break;
        const QString id = serviceOf(d, plan, host, kind);
        if (id.isEmpty())
            break;
        p.nodes << id;
        route << host;
    }
    p.route = route.join(QStringLiteral(" → "));
    if (p.served)
        return p;
    if (route.isEmpty()) {
        // No answer from the address the name resolves to.
        p.failedAt = d.node(entry) ? entry : p.nodes.value(p.nodes.size() - 1);
        if (!p.failedAt.isEmpty() && p.nodes.value(p.nodes.size() - 1) != p.failedAt)
            p.nodes << p.failedAt;
        p.failure = r.error.isEmpty() ? Tr::tr("HTTP %1 from %2").arg(r.status).arg(plan.dnsTarget)
                                      : Tr::tr("no answer from %1: %2").arg(plan.dnsTarget, r.error);
        return p;
    }
    p.failedAt = p.nodes.value(p.nodes.size() - 1);
    const QString last = route.last();
    if (!r.body.value(QStringLiteral("error")).toString().isEmpty())
        p.failure = Tr::tr("HTTP %1 from %2: %3").arg(r.status).arg(last, r.body.value(QStringLiteral("error")).toString());
    else if (r.status != 0)
        p.failure = Tr::tr("HTTP %1 from %2").arg(r.status).arg(last);
    else
        p.failure = Tr::tr("no answer after %1: %2").arg(last, r.error);
    return p;
}

RequestStats requestStats(const QVector<lab::ProbeResult> &results)
{
    RequestStats s;
    QVector<double> times;
    for (const lab::ProbeResult &r : results) {
        ++s.sent;
        if (r.ok())
            ++s.served;
        else
            ++s.failed;
        times << r.seconds;
    }
    if (!times.isEmpty()) {
        std::sort(times.begin(), times.end());
        const int n = int(times.size());
        s.medianSeconds = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2.0;
    }
    return s;
}

} // namespace sw
