#include "core/analysis/whatif.h"
#include "core/model/propertykeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace sw {

namespace {

bool offPathProtocol(Protocol p)
{
    return p == Protocol::Vrrp || p == Protocol::Syslog || p == Protocol::Ssh || p == Protocol::Dns;
}

} // namespace

bool acceptsWrites(const Node &database)
{
    return database.kind == Kind::Database && database.propString(QStringLiteral("role")) != QLatin1String("replica");
}

WhatIf::WhatIf(const Design &design) : m_design(design), m_availability(m_design)
{
    const RequestGraph &g = graph();
    auto verticesFor = [&](const QString &id) {
        QVector<int> v = g.verticesOf(id);
        const Node *n = m_design.node(id);
        if (v.isEmpty() && n && n->kind == Kind::Firewall) // host firewall: its server
            v = g.verticesOf(m_design.serverOf(id));
        return v;
    };
    for (const Link &l : m_design.links()) {
        if (offPathProtocol(l.protocol))
            continue;
        LinkEnds e{l.id, verticesFor(l.from), verticesFor(l.to)};
        if (!e.from.isEmpty() && !e.to.isEmpty())
            m_links.push_back(std::move(e));
    }
    for (const Node *n : m_design.nodesOfKind(Kind::Internet))
        m_users.append(n->id);
    for (const Node *n : m_design.nodesOfKind(Kind::Database))
        if (acceptsWrites(*n))
            m_writers += g.verticesOf(n->id);
}

bool WhatIf::resolveOne(const QString &id, QSet<QString> *units, QString *error, int depth) const
{
    const Node *n = m_design.node(id);
    if (!n) {
        if (error)
            *error = m_design.link(id) ? QCoreApplication::translate("sw::WhatIf", "\"%1\" is a link: only nodes can fail").arg(id)
                                       : QCoreApplication::translate("sw::WhatIf", "unknown node id \"%1\"").arg(id);
        return false;
    }
    if (graph().unitOf(id) >= 0) {
        units->insert(id);
        return true;
    }
    if (isService(n->kind) || n->kind == Kind::Firewall) {
        const QString server = m_design.serverOf(id);
        if (graph().unitOf(server) < 0) {
            if (error)
                *error = QCoreApplication::translate("sw::WhatIf", "node \"%1\" is not inside a server, so it cannot fail on its own").arg(id);
            return false;
        }
        units->insert(server);
        return true;
    }
    if (n->kind == Kind::Cluster && depth < 4) {
        for (const QString &m : n->propList(keys::members))
            if (m != id && !resolveOne(m, units, error, depth + 1))
                return false;
        return true;
    }
    if (error)
        *error = QCoreApplication::translate("sw::WhatIf", "node \"%1\" (%2) cannot fail: only servers, network firewalls, services and "
                    "cluster members are failure candidates")
                     .arg(id, kindName(n->kind));
    return false;
}

bool WhatIf::resolve(const QStringList &ids, QSet<QString> *units, QString *error) const
{
    QSet<QString> out;
    for (const QString &id : ids)
        if (!resolveOne(id, &out, error, 0))
            return false;
    *units = std::move(out);
    return true;
}

WhatIfResult WhatIf::evaluate(const QSet<QString> &failedUnits) const
{
    const RequestGraph &g = graph();
    WhatIfResult r;
    r.failedUnits = failedUnits;
    const std::vector<char> on = g.onPath(failedUnits);
    r.reachable = on[size_t(g.sink())] != 0;
    r.survivingNodes.reserve(g.vertexCount());
    r.survivingLinks.reserve(int(m_links.size()));
    for (int v = 0; v < g.vertexCount(); ++v)
        if (on[size_t(v)]) {
            const QString &id = g.vertex(v).node;
            if (!id.isEmpty())
                r.survivingNodes.insert(id);
        }
    auto anyOn = [&](const QVector<int> &vs) {
        for (int v : vs)
            if (on[size_t(v)])
                return true;
        return false;
    };
    for (const LinkEnds &e : m_links)
        if (anyOn(e.from) && anyOn(e.to))
            r.survivingLinks.insert(e.id);
    for (const QString &u : m_users)
        (r.survivingNodes.contains(u) ? r.servedUsers : r.lostUsers).append(u);
    r.writable = anyOn(m_writers);
    if (r.reachable && !r.writable) {
        // The request graph counts a replica as a database that serves the
        // request; a real replica serves reads only, and none becomes the
        // primary by itself.
        QStringList replicas;
        for (const Node *n : m_design.nodesOfKind(Kind::Database))
            if (!acceptsWrites(*n) && r.survivingNodes.contains(n->id))
                replicas << n->displayLabel();
        r.notes << QCoreApplication::translate("sw::WhatIf", "Reads are still served (by %1), but no database accepts writes: a replica "
                                               "does not become the primary by itself. Promote it by hand, or add automatic failover.")
                       .arg(replicas.join(QStringLiteral(", ")));
    }
    r.availability = m_availability.compute(failedUnits, r.reachable);
    return r;
}

bool WhatIf::evaluate(const QStringList &ids, WhatIfResult *out, QString *error) const
{
    QSet<QString> units;
    if (!resolve(ids, &units, error))
        return false;
    *out = evaluate(units);
    out->failed = ids;
    return true;
}

QVector<Scenario> scenarios(const Design &design)
{
    QVector<Scenario> out;
    const QJsonArray arr = design.extensions.value(QStringLiteral("scenarios")).toArray();
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        Scenario s;
        s.name = o.value(QStringLiteral("name")).toString();
        for (const QJsonValue &f : o.value(QStringLiteral("failed")).toArray())
            if (f.isString())
                s.failed.append(f.toString());
        if (!s.name.isEmpty())
            out.append(s);
    }
    return out;
}

namespace {
QJsonValue toJson(const QVector<Scenario> &list)
{
    QJsonArray arr;
    for (const Scenario &s : list)
        arr.append(QJsonObject{{QStringLiteral("name"), s.name},
                               {QStringLiteral("failed"), QJsonArray::fromStringList(s.failed)}});
    return arr;
}
} // namespace

QJsonValue scenariosWith(const Design &design, const Scenario &s)
{
    QVector<Scenario> list = scenarios(design);
    bool replaced = false;
    for (Scenario &e : list)
        if (e.name == s.name) {
            e = s;
            replaced = true;
        }
    if (!replaced)
        list.append(s);
    return toJson(list);
}

QJsonValue scenariosWithout(const Design &design, const QString &name)
{
    QVector<Scenario> list = scenarios(design);
    list.erase(std::remove_if(list.begin(), list.end(), [&](const Scenario &s) { return s.name == name; }),
               list.end());
    return toJson(list);
}

} // namespace sw
