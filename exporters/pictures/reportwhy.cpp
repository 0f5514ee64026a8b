#include "exporters/pictures/reportwhy.h"

#include "exporters/pictures/reporttext.h"
#include "exporters/pictures/tiers.h"

#include <QCoreApplication>
#include <QSet>

namespace sw {

using report::esc;
using report::Tr;

namespace {

QString detail(const Node &n)
{
    QStringList parts;
    auto add = [&](const char *key) {
        const QString v = n.propString(QString::fromLatin1(key));
        if (!v.isEmpty())
            parts.append(v);
    };
    switch (n.kind) {
    case Kind::LoadBalancer: add("software"); add("algorithm"); parts.append(Tr::tr("TLS: %1").arg(n.propString(QStringLiteral("tls")))); break;
    case Kind::WebServer: add("software"); parts.append(Tr::tr("TLS: %1").arg(n.propString(QStringLiteral("tls")))); break;
    case Kind::AppServer: add("runtime"); add("wsgi"); parts.append(Tr::tr("port %1").arg(n.propInt(QStringLiteral("port")))); break;
    case Kind::Codebase: add("repository"); add("branch"); break;
    case Kind::Database: add("engine"); add("role"); break;
    case Kind::MonitoringAgent: add("vendor"); break;
    case Kind::Firewall: parts.append(Tr::tr("allows %1").arg(n.propList(QStringLiteral("allow")).join(QStringLiteral(", ")))); break;
    case Kind::Internet:
    case Kind::Dns:
    case Kind::Certificate:
    case Kind::Server:
    case Kind::MonitoringService:
    case Kind::Cluster:
    case Kind::Zone:
    case Kind::Note: break;
    case Kind::Cache: add("engine"); parts.append(Tr::tr("port %1").arg(n.propInt(QStringLiteral("port")))); break;
    }
    return parts.join(QStringLiteral(", "));
}

QSet<Kind> kindsOn(const Design &d, const DesignIndex &index, const QString &server)
{
    QSet<Kind> out;
    for (const QString &c : index.children(server))
        if (const Node *n = d.node(c))
            out.insert(n->kind);
    return out;
}

} // namespace

QStringList serverContents(const Design &d, const DesignIndex &index, const Node &server)
{
    QStringList out;
    for (const QString &c : index.children(server.id)) {
        const Node *n = d.node(c);
        if (!n)
            continue;
        const QString det = detail(*n);
        out.append(QStringLiteral("<b>%1</b> — %2%3")
                       .arg(esc(n->displayLabel()), esc(kindTitle(n->kind)),
                            det.isEmpty() ? QString() : QStringLiteral(" (") + esc(det) + QStringLiteral(")")));
    }
    if (out.isEmpty())
        out.append(Tr::tr("Nothing runs on it yet."));
    return out;
}

QStringList serverReasons(const Design &d, const DesignIndex &index, const Node &server)
{
    QStringList out;
    const QSet<Kind> k = kindsOn(d, index, server.id);
    const int tiers = int(k.contains(Kind::WebServer)) + int(k.contains(Kind::AppServer)) + int(k.contains(Kind::Database));
    if (k.contains(Kind::LoadBalancer)) {
        bool clustered = false;
        for (const Node *c : d.nodesOfKind(Kind::Cluster))
            for (const QString &m : c->propList(QStringLiteral("members")))
                clustered = clustered || d.serverOf(m) == server.id;
        out.append(Tr::tr("It spreads the incoming requests over the web servers, so no single web server carries all the "
                      "traffic and one can fail without taking the site down."));
        if (clustered)
            out.append(Tr::tr("It is one member of a load balancer cluster: if this machine fails, the other member takes "
                          "over the virtual address and the site stays up."));
    }
    if (tiers >= 2)
        out.append(Tr::tr("It holds several tiers together (web, application, database): simple and cheap to start with, "
                      "but they compete for CPU and memory, cannot be scaled apart, and one failure stops them all."));
    else if (k.contains(Kind::WebServer))
        out.append(Tr::tr("It answers HTTP with the web server on a machine of its own: static content is served fast and "
                      "the web tier can be scaled (more web servers) without touching the others."));
    else if (k.contains(Kind::AppServer))
        out.append(Tr::tr("It runs the application code on a machine of its own, sized for the code's CPU and memory needs, "
                      "and can be updated or scaled without touching the web or database servers."));
    else if (k.contains(Kind::Database))
        out.append(Tr::tr("It keeps the data on a machine of its own: its disks and memory serve the database only, and it "
                      "is not reachable from the internet, only from the application servers."));
    if (k.contains(Kind::Database)) {
        for (const QString &c : index.children(server.id))
            if (const Node *n = d.node(c); n && n->kind == Kind::Database)
                out.append(n->propString(QStringLiteral("role")) == QLatin1String("replica")
                               ? Tr::tr("Its database is a replica: it copies the primary's writes, can answer reads and can "
                                    "take over if the primary is lost.")
                               : Tr::tr("Its database is the primary: it is the one that accepts writes."));
    }
    if (k.contains(Kind::Firewall))
        out.append(Tr::tr("Its host firewall only opens the ports the design needs; everything else is refused."));
    if (k.contains(Kind::MonitoringAgent))
        out.append(Tr::tr("Its monitoring agent reports its health, load and logs, so problems are seen before users notice."));
    return out;
}

QVector<QPair<QString, QString>> designReasons(const Design &d, const DesignIndex &index)
{
    QVector<QPair<QString, QString>> out;
    const auto servers = d.nodesOfKind(Kind::Server);
    int separated = 0;
    for (const Node *s : servers) {
        const QSet<Kind> k = kindsOn(d, index, s->id);
        const int tiers = int(k.contains(Kind::WebServer)) + int(k.contains(Kind::AppServer)) + int(k.contains(Kind::Database));
        separated += tiers == 1 ? 1 : 0;
    }
    if (separated >= 2)
        out.append({Tr::tr("Why the web server, the application and the database have servers of their own"),
                    Tr::tr("<b>Isolation and resource allocation:</b> each tier gets the CPU, memory and disk it needs "
                       "without competing with the others. <b>Scalability:</b> each tier can grow on its own, for "
                       "example more web servers for more traffic. <b>Maintenance:</b> one tier can be updated without "
                       "stopping the others. <b>Security:</b> the database is not on a machine the internet talks to, "
                       "so breaking into the web server does not hand over the data. <b>Fault isolation:</b> when one "
                       "component fails, the damage stays with it.")});
    int lbServers = 0;
    for (const Node *s : servers)
        lbServers += kindsOn(d, index, s->id).contains(Kind::LoadBalancer) ? 1 : 0;
    if (lbServers >= 2)
        out.append({Tr::tr("Why two load balancers"),
                    Tr::tr("A single load balancer would be a single point of failure: every request passes it. Two load "
                       "balancers in a cluster share a virtual address; when one fails the other takes the traffic, "
                       "and with more servers behind them the work of distributing requests is shared too.")});
    else if (lbServers == 1)
        out.append({Tr::tr("Why a load balancer"),
                    Tr::tr("It lets several servers answer the same site: it distributes requests among them and stops "
                       "sending requests to a server that does not answer.")});
    if (servers.size() >= 3)
        out.append({Tr::tr("Why more servers"),
                    Tr::tr("More servers lessen the traffic each one has to carry, and leave others to keep the site "
                       "running when one of them fails.")});
    if (!d.nodesOfKind(Kind::Firewall).isEmpty())
        out.append({Tr::tr("Why firewalls"),
                    Tr::tr("A firewall only lets through the traffic the design needs (for example HTTPS to the load "
                       "balancers, port 3306 from the application servers to the database) and refuses everything "
                       "else, so a mistake or an attacker cannot reach a service that should stay private.")});
    if (!d.nodesOfKind(Kind::MonitoringAgent).isEmpty() || !d.nodesOfKind(Kind::MonitoringService).isEmpty())
        out.append({Tr::tr("Why monitoring"),
                    Tr::tr("Agents on the servers send metrics and logs to the monitoring service (for example Sumo Logic), "
                       "so the team sees load, errors and a failing server before the users do, and can tell how "
                       "many queries per second the site serves.")});
    if (!d.nodesOfKind(Kind::Certificate).isEmpty())
        out.append({Tr::tr("Why HTTPS"),
                    Tr::tr("With an SSL/TLS certificate for the domain, traffic between the browser and the site is "
                       "encrypted and the browser can check it talks to the real site, so passwords and data cannot "
                       "be read or changed on the way.")});
    if (!d.nodesOfKind(Kind::Cluster).isEmpty())
        out.append({Tr::tr("Why a cluster"),
                    Tr::tr("The members of a cluster act as one: clients use the cluster's virtual address and whichever "
                       "member is alive answers, so one member can fail without the others noticing.")});
    return out;
}

} // namespace sw
