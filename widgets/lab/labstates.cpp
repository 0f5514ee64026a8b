#include "widgets/lab/labstates.h"

#include <QColor>
#include <QCoreApplication>

namespace sw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::LabStates)
};
} // namespace

bool unitBelongsTo(Kind kind, const QString &unit)
{
    switch (kind) {
    case Kind::LoadBalancer: return unit == QLatin1String("haproxy") || unit == QLatin1String("keepalived");
    case Kind::WebServer: return unit == QLatin1String("apache2") || unit == QLatin1String("nginx");
    case Kind::AppServer: return unit.startsWith(QLatin1String("gunicorn"));
    case Kind::Database: return unit == QLatin1String("mariadb") || unit == QLatin1String("mysql");
    case Kind::MonitoringAgent: return unit == QLatin1String("collector");
    case Kind::Cache: return unit == QLatin1String("redis-server") || unit == QLatin1String("memcached");
    case Kind::Internet:
    case Kind::Dns:
    case Kind::Certificate:
    case Kind::Server:
    case Kind::Codebase:
    case Kind::Firewall:
    case Kind::MonitoringService:
    case Kind::Cluster:
    case Kind::Zone:
    case Kind::Note: return false;
    }
    return false;
}

namespace {

LabState serverState(const lab::NodeStatus &n, const LabTrack &track)
{
    if (track.stopped)
        return LabState::Stopped;
    if (track.stepFailed.contains(n.name))
        return LabState::Failed;
    if (!n.present)
        return track.bringingUp ? LabState::Starting : LabState::Stopped;
    if (n.failed)
        return LabState::Failed;
    if (track.provisioning.contains(n.name) || track.healing.contains(n.name))
        return LabState::Starting;
    for (const lab::UnitStatus &u : n.units)
        if (!u.absent && !u.up)
            return track.bringingUp ? LabState::Starting : LabState::Failed;
    return LabState::Up;
}

} // namespace

LabView labView(const Design &design, const lab::LabStatus &status, const LabTrack &track, const QStringList &vips)
{
    LabView v;
    v.vipText = vips.join(QStringLiteral(", "));
    for (const lab::NodeStatus &n : status.nodes) {
        if (n.role != QLatin1String("server") || !design.node(n.nodeId))
            continue;
        const LabState server = serverState(n, track);
        v.states.insert(n.nodeId, server);
        QStringList unitText;
        for (const lab::UnitStatus &u : n.units)
            unitText << QStringLiteral("%1 %2").arg(u.unit, u.absent ? Tr::tr("not in the lab") : u.up ? Tr::tr("up") : Tr::tr("down"));
        v.units.insert(n.nodeId, unitText.join(QStringLiteral(", ")));
        for (const QString &childId : design.subtree(n.nodeId)) {
            const Node *child = design.node(childId);
            if (!child || childId == n.nodeId)
                continue;
            QVector<lab::UnitStatus> own;
            for (const lab::UnitStatus &u : n.units)
                if (unitBelongsTo(child->kind, u.unit))
                    own << u;
            LabState s = server;
            if (server == LabState::Up && !own.isEmpty()) {
                bool allAbsent = true, allUp = true;
                for (const lab::UnitStatus &u : own) {
                    allAbsent = allAbsent && u.absent;
                    allUp = allUp && (u.absent || u.up);
                }
                s = allAbsent ? LabState::Absent : allUp ? LabState::Up : LabState::Failed;
            } else if (!own.isEmpty() && server != LabState::Stopped) {
                bool allAbsent = true;
                for (const lab::UnitStatus &u : own)
                    allAbsent = allAbsent && u.absent;
                if (allAbsent)
                    s = LabState::Absent;
            }
            v.states.insert(childId, s);
            QStringList t;
            for (const lab::UnitStatus &u : own)
                t << QStringLiteral("%1 %2").arg(u.unit, u.absent ? Tr::tr("not in the lab") : u.up ? Tr::tr("up") : Tr::tr("down"));
            if (!t.isEmpty())
                v.units.insert(childId, t.join(QStringLiteral(", ")));
        }
    }
    if (!track.stopped)
        for (const QString &holder : status.vipHolders)
            for (const lab::NodeStatus &n : status.nodes)
                if (n.name == holder && design.node(n.nodeId))
                    v.vipHolders.insert(n.nodeId);
    return v;
}

QString labStateName(LabState s)
{
    switch (s) {
    case LabState::Starting: return Tr::tr("starting");
    case LabState::Up: return Tr::tr("up");
    case LabState::Failed: return Tr::tr("failed");
    case LabState::Stopped: return Tr::tr("stopped");
    case LabState::Absent: return Tr::tr("not in the lab");
    }
    return QString();
}

QColor labStateColor(LabState s)
{
    switch (s) {
    case LabState::Starting: return QColor(0xe0, 0x8a, 0x00);
    case LabState::Up: return QColor(0x1e, 0x9e, 0x5a);
    case LabState::Failed: return QColor(0xd9, 0x30, 0x25);
    case LabState::Stopped: return QColor(0x75, 0x75, 0x75);
    case LabState::Absent: return QColor(0xa0, 0xa0, 0xa0);
    }
    return QColor();
}

} // namespace sw
