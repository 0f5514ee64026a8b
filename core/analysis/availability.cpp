#include "core/analysis/availability.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>

namespace sw {

namespace {

constexpr double kMinutesPerYear = 365.25 * 24 * 60;
constexpr double kMaxNines = 12.0;

double clampedAvailability(const Node *n, double fallback)
{
    if (!n)
        return fallback;
    bool ok = false;
    const double a = n->prop(QStringLiteral("availability")).toDouble(&ok);
    if (!ok || std::isnan(a))
        return fallback;
    return std::clamp(a, 0.0, 1.0);
}

} // namespace

QString tierKey(Tier t)
{
    switch (t) {
    case Tier::Entry: return QStringLiteral("entry");
    case Tier::Web: return QStringLiteral("web");
    case Tier::App: return QStringLiteral("app");
    case Tier::Database: return QStringLiteral("database");
    }
    return {};
}

QString tierTitle(Tier t)
{
    switch (t) {
    case Tier::Entry: return QCoreApplication::translate("sw::Analysis", "Entry / load balancers");
    case Tier::Web: return QCoreApplication::translate("sw::Analysis", "Web");
    case Tier::App: return QCoreApplication::translate("sw::Analysis", "Application");
    case Tier::Database: return QCoreApplication::translate("sw::Analysis", "Database");
    }
    return {};
}

int tierOfKind(Kind kind, bool networkFirewall)
{
    // The services that answer a request, by tier; every kind listed so that
    // a new kind must say whether it counts.
    switch (kind) {
    case Kind::LoadBalancer: return int(Tier::Entry);
    case Kind::Firewall: return networkFirewall ? int(Tier::Entry) : -1;
    case Kind::WebServer: return int(Tier::Web);
    case Kind::AppServer: return int(Tier::App);
    case Kind::Database: return int(Tier::Database);
    case Kind::Internet:
    case Kind::Dns:
    case Kind::Certificate:
    case Kind::Server:
    case Kind::Codebase:
    case Kind::MonitoringAgent:
    case Kind::MonitoringService:
    case Kind::Cluster:
    case Kind::Zone:
    case Kind::Note:
    case Kind::Cache: // aside of the path: the site answers without it
        return -1;
    }
    return -1;
}

double AvailabilityResult::nines() const
{
    const double u = 1.0 - availability;
    if (u <= std::pow(10.0, -kMaxNines))
        return kMaxNines;
    return std::max(0.0, -std::log10(u));
}

double AvailabilityResult::downtimeMinutesPerMonth() const { return (1.0 - availability) * kMinutesPerYear / 12.0; }

double AvailabilityResult::downtimeHoursPerYear() const { return (1.0 - availability) * kMinutesPerYear / 60.0; }

QString formatPercent(double availability)
{
    // Enough digits to tell 99.99 % from 99.999 %.
    const double pct = availability * 100.0;
    if (pct >= 99.0 && pct < 100.0)
        return QCoreApplication::translate("sw::Analysis", "%1 %").arg(pct, 0, 'f', 4);
    return QCoreApplication::translate("sw::Analysis", "%1 %").arg(pct, 0, 'f', 2);
}

QString formatDuration(double minutes)
{
    if (minutes < 1.0)
        return QCoreApplication::translate("sw::Analysis", "%1 s").arg(std::round(minutes * 60.0), 0, 'f', 0);
    if (minutes < 120.0)
        return QCoreApplication::translate("sw::Analysis", "%1 min").arg(minutes, 0, 'f', 1);
    const double hours = minutes / 60.0;
    if (hours < 48.0)
        return QCoreApplication::translate("sw::Analysis", "%1 h").arg(hours, 0, 'f', 1);
    return QCoreApplication::translate("sw::Analysis", "%1 days").arg(hours / 24.0, 0, 'f', 1);
}

QString methodName(AvailabilityResult::Method m)
{
    switch (m) {
    case AvailabilityResult::Method::Exact: return QStringLiteral("exact");
    case AvailabilityResult::Method::Approximate: return QStringLiteral("approximate");
    case AvailabilityResult::Method::None: break;
    }
    return QStringLiteral("none");
}

double serviceDefaultAvailability(Kind)
{
    // The server's figure covers the software on it; a service adds a
    // failure of its own only with an explicit `availability` property.
    return 1.0;
}

AvailabilityModel::AvailabilityModel(const Design &design)
    : AvailabilityModel(design, std::make_shared<const RequestGraph>(design))
{
}

AvailabilityModel::AvailabilityModel(const Design &design, std::shared_ptr<const RequestGraph> graph)
    : m_graph(std::move(graph))
{
    build(design);
}

void AvailabilityModel::build(const Design &design)
{
    const RequestGraph &g = *m_graph;
    const QStringList &units = g.units();
    m_unitVars = int(units.size());
    m_problem.availability.clear();
    m_problem.availability.reserve(size_t(m_unitVars));
    for (const QString &u : units) {
        const Node *n = design.node(u);
        const double fallback = n && n->kind == Kind::Firewall ? 0.999 : 0.99;
        m_problem.availability.push_back(clampedAvailability(n, fallback));
    }

    const std::vector<char> on = g.onPath();
    std::vector<int> index(size_t(g.vertexCount()), -1);
    int count = 0;
    for (int v = 0; v < g.vertexCount(); ++v)
        if (on[size_t(v)] || v == g.source() || v == g.sink())
            index[size_t(v)] = count++;
    m_problem.vars.assign(size_t(count), {});
    m_problem.out.assign(size_t(count), {});
    m_problem.source = index[size_t(g.source())];
    m_problem.sink = index[size_t(g.sink())];

    QHash<QString, int> serviceVar;
    for (int v = 0; v < g.vertexCount(); ++v) {
        const int i = index[size_t(v)];
        if (i < 0)
            continue;
        const RequestGraph::Vertex &vx = g.vertex(v);
        std::vector<int> &vars = m_problem.vars[size_t(i)];
        if (vx.unit >= 0)
            vars.push_back(vx.unit);
        const Node *n = vx.node.isEmpty() ? nullptr : design.node(vx.node);
        if (n && vx.role == RequestGraph::Role::Service) {
            const double a = n->hasProp(QStringLiteral("availability"))
                                 ? clampedAvailability(n, serviceDefaultAvailability(n->kind))
                                 : serviceDefaultAvailability(n->kind);
            if (a < 1.0) {
                const int var = int(m_problem.availability.size());
                m_problem.availability.push_back(a);
                serviceVar.insert(n->id, var);
                vars.push_back(var);
            }
        }
        for (int w : g.successors(v))
            if (index[size_t(w)] >= 0)
                m_problem.out[size_t(i)].push_back(index[size_t(w)]);
        if (n && (vx.role == RequestGraph::Role::Service || vx.role == RequestGraph::Role::NetworkFirewall)) {
            const int tier = tierOfKind(n->kind, vx.role == RequestGraph::Role::NetworkFirewall);
            if (tier >= 0) {
                m_tierNodes[tier].append(n->id);
                m_tierVars[tier].append(QVector<int>(vars.begin(), vars.end()));
            }
        }
    }
}

VarStates AvailabilityModel::statesFor(const QSet<QString> &failedUnits) const
{
    VarStates st(m_problem.availability.size(), -1);
    for (const QString &u : failedUnits) {
        const int unit = m_graph->unitOf(u);
        if (unit >= 0)
            st[size_t(unit)] = 0;
    }
    return st;
}

double AvailabilityModel::unitAvailability(const QString &unitId) const
{
    const int unit = m_graph->unitOf(unitId);
    return unit >= 0 ? m_problem.availability[size_t(unit)] : 1.0;
}

AvailabilityResult AvailabilityModel::compute(const QSet<QString> &failedUnits) const
{
    return compute(failedUnits, m_graph->reachable(failedUnits));
}

AvailabilityResult AvailabilityModel::compute(const QSet<QString> &failedUnits, bool reachable) const
{
    AvailabilityResult r;
    r.reachable = reachable;
    const VarStates st = statesFor(failedUnits);
    auto varUp = [&](int var) {
        const signed char s = st[size_t(var)];
        return s == 0 ? 0.0 : s == 1 ? 1.0 : m_problem.availability[size_t(var)];
    };
    if (!reachable) {
        r.availability = 0.0;
        r.method = AvailabilityResult::Method::Exact;
    } else if (const std::optional<double> exact = exactReliability(m_problem, st)) {
        r.availability = *exact;
        r.method = AvailabilityResult::Method::Exact;
    } else {
        r.availability = approximateReliability(m_problem, st);
        r.method = AvailabilityResult::Method::Approximate;
    }

    for (int t = 0; t < kTierCount; ++t) {
        TierAvailability ta;
        ta.tier = Tier(t);
        ta.nodes = m_tierNodes[t];
        if (ta.nodes.isEmpty()) {
            ta.availability = Tier(t) == Tier::Database ? 0.0 : 1.0;
            r.tiers.append(ta);
            continue;
        }
        // At least one member up. Members on the same unit fail together:
        // P(group) = a(unit) * (1 - prod(1 - a(member's own variables))).
        QHash<int, double> groupMiss;   // unit -> prod(1 - own)
        double miss = 1.0;              // over groups and unit-less members
        for (const QVector<int> &vars : m_tierVars[t]) {
            int unit = -1;
            double own = 1.0;
            for (int var : vars) {
                if (var < m_unitVars)
                    unit = var;
                else
                    own *= varUp(var);
            }
            if (unit < 0)
                miss *= 1.0 - own;
            else
                groupMiss[unit] = groupMiss.value(unit, 1.0) * (1.0 - own);
        }
        for (auto it = groupMiss.cbegin(); it != groupMiss.cend(); ++it)
            miss *= 1.0 - varUp(it.key()) * (1.0 - it.value());
        ta.availability = 1.0 - miss;
        r.tiers.append(ta);
    }
    return r;
}

} // namespace sw
