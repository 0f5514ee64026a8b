#include "check.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>
#include <vector>

namespace sw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::Check)
};

bool isWholeNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return true;
    case QMetaType::Double: {
        const double d = v.toDouble();
        return std::isfinite(d) && std::floor(d) == d;
    }
    default:
        return false;
    }
}

bool isNumber(const QVariant &v)
{
    return isWholeNumber(v) || (v.typeId() == QMetaType::Double && std::isfinite(v.toDouble()));
}

bool isString(const QVariant &v) { return v.typeId() == QMetaType::QString; }
bool isStringList(const QVariant &v) { return v.typeId() == QMetaType::QStringList; }

QString kindList(const QVector<int> &kinds)
{
    QStringList names;
    for (int k : kinds)
        names << kindName(Kind(k));
    return names.join(QStringLiteral(", "));
}
} // namespace

QString whereNode(const QString &id) { return Tr::tr("node \"%1\"").arg(id); }

QString whereLink(const QString &id, int index)
{
    return id.isEmpty() ? Tr::tr("link #%1").arg(index + 1) : Tr::tr("link \"%1\"").arg(id);
}

QString checkPropertyValue(const PropertySpec &spec, const QVariant &value)
{
    switch (spec.type) {
    case PropType::String:
        return isString(value) ? QString() : Tr::tr("must be a string");
    case PropType::Int:
        if (!isWholeNumber(value))
            return Tr::tr("must be a whole number");
        if (value.toDouble() < spec.min || value.toDouble() > spec.max)
            return Tr::tr("%1 is out of range (%2 to %3)").arg(value.toLongLong()).arg(spec.min).arg(spec.max);
        return {};
    case PropType::Number:
        if (!isNumber(value))
            return Tr::tr("must be a number");
        if (value.toDouble() < spec.min || value.toDouble() > spec.max)
            return Tr::tr("%1 is out of range (%2 to %3)").arg(value.toDouble()).arg(spec.min).arg(spec.max);
        return {};
    case PropType::Bool:
        return value.typeId() == QMetaType::Bool ? QString() : Tr::tr("must be true or false");
    case PropType::Choice:
        if (!isString(value))
            return Tr::tr("must be a string");
        if (!spec.choices.contains(value.toString()))
            return Tr::tr("\"%1\" is not one of: %2").arg(value.toString(), spec.choices.join(QStringLiteral(", ")));
        return {};
    case PropType::Hostname:
        if (!isString(value))
            return Tr::tr("must be a string");
        if (!isValidHostnameLabel(value.toString()))
            return Tr::tr("\"%1\" is not a valid host name (letters, digits and inner hyphens, at most 63)")
                .arg(value.toString());
        return {};
    case PropType::Domain:
        if (!isString(value))
            return Tr::tr("must be a string");
        if (!isValidDomain(value.toString()))
            return Tr::tr("\"%1\" is not a valid domain name").arg(value.toString());
        return {};
    case PropType::Address:
        if (!isString(value))
            return Tr::tr("must be a string");
        if (!isValidAddress(value.toString()))
            return Tr::tr("\"%1\" is not an IP address").arg(value.toString());
        return {};
    case PropType::Url:
        if (!isString(value))
            return Tr::tr("must be a string");
        if (!isValidUrl(value.toString()))
            return Tr::tr("\"%1\" is not a valid URL").arg(value.toString());
        return {};
    case PropType::NodeRef:
        if (!isString(value))
            return Tr::tr("must be a node id");
        if (!isValidId(value.toString()))
            return Tr::tr("\"%1\" is not a valid id").arg(value.toString());
        return {};
    case PropType::NodeRefList:
        if (!isStringList(value))
            return Tr::tr("must be an array of node ids");
        for (const QString &s : value.toStringList())
            if (!isValidId(s))
                return Tr::tr("\"%1\" is not a valid id").arg(s);
        return {};
    case PropType::PortRules:
        if (!isStringList(value))
            return Tr::tr("must be an array of \"PORT/PROTO\" or \"PORT/PROTO from ID\"");
        for (const QString &s : value.toStringList())
            if (!parsePortRule(s))
                return Tr::tr("\"%1\" is not \"PORT/PROTO\" or \"PORT/PROTO from ID\" (PROTO is tcp or udp, PORT 1 to 65535)").arg(s);
        return {};
    }
    return {};
}

QStringList checkDesign(const Design &d)
{
    QStringList errors;
    if (d.name.isEmpty() || d.name.size() > 200)
        errors << Tr::tr("field \"name\": must have 1 to 200 characters");

    for (const Node &n : d.nodes()) {
        const QString where = whereNode(n.id);
        const KindInfo &info = kindInfo(n.kind);
        if (n.label.size() > 200)
            errors << Tr::tr("%1, field \"label\": at most 200 characters").arg(where);

        // Properties: types, ranges, required, references.
        for (const PropertySpec &spec : info.props) {
            auto it = n.props.constFind(spec.key);
            if (it == n.props.constEnd()) {
                if (spec.required)
                    errors << Tr::tr("%1, field \"props.%2\": required for a %3").arg(where, spec.key, info.name);
                continue;
            }
            const QString err = checkPropertyValue(spec, *it);
            if (!err.isEmpty()) {
                errors << Tr::tr("%1, field \"props.%2\": %3").arg(where, spec.key, err);
                continue;
            }
            QStringList refs;
            if (spec.type == PropType::NodeRef)
                refs << it->toString();
            else if (spec.type == PropType::NodeRefList)
                refs = it->toStringList();
            else if (spec.type == PropType::PortRules)
                for (const QString &s : it->toStringList())
                    if (auto r = parsePortRule(s); r && !r->from.isEmpty())
                        refs << r->from;
            for (const QString &r : refs) {
                const Node *target = d.node(r);
                if (!target) {
                    errors << Tr::tr("%1, field \"props.%2\": no node has the id \"%3\"").arg(where, spec.key, r);
                } else if (!spec.refKinds.isEmpty() && !spec.refKinds.contains(int(target->kind))) {
                    errors << Tr::tr("%1, field \"props.%2\": \"%3\" is a %4, expected %5")
                                  .arg(where, spec.key, r, kindName(target->kind), kindList(spec.refKinds));
                } else if (r == n.id) {
                    errors << Tr::tr("%1, field \"props.%2\": a node cannot refer to itself").arg(where, spec.key);
                }
            }
        }
        if (n.kind == Kind::Cluster && n.propList(QStringLiteral("members")).isEmpty()
            && n.props.contains(QStringLiteral("members")))
            errors << Tr::tr("%1, field \"props.members\": a cluster needs at least one member").arg(where);
        if (n.kind == Kind::Cluster) {
            QSet<QString> seen;
            for (const QString &m : n.propList(QStringLiteral("members"))) {
                if (seen.contains(m)) {
                    errors << Tr::tr("%1, field \"props.members\": \"%2\" is listed twice").arg(where, m);
                    break;
                }
                seen.insert(m);
            }
        }
        if (n.kind == Kind::Database) {
            // A replica replicates from a primary, never from another replica:
            // chains (and so cycles) of replicates_from are refused.
            const QString from = n.propString(QStringLiteral("replicates_from"));
            const Node *source = from.isEmpty() || from == n.id ? nullptr : d.node(from);
            const QString next = source && source->kind == Kind::Database
                                     ? source->propString(QStringLiteral("replicates_from")) : QString();
            if (!next.isEmpty())
                errors << (next == n.id ? Tr::tr("%1, field \"props.replicates_from\": \"%2\" replicates from \"%3\" "
                                                 "in turn: a cycle").arg(where, from, n.id)
                                        : Tr::tr("%1, field \"props.replicates_from\": \"%2\" replicates from \"%3\" "
                                                 "in turn: a chain (a replica replicates from its primary)")
                                              .arg(where, from, next));
        }

        // Containment.
        if (isService(n.kind) && n.parent.isEmpty()) {
            errors << Tr::tr("%1, field \"parent\": a %2 must be inside a server").arg(where, info.name);
        } else if (!n.parent.isEmpty()) {
            const Node *p = d.node(n.parent);
            if (!p)
                errors << Tr::tr("%1, field \"parent\": no node has the id \"%2\"").arg(where, n.parent);
            else if (!canContain(p->kind, n.kind)) {
                if (!mayHaveParent(n.kind))
                    errors << Tr::tr("%1, field \"parent\": a %2 cannot be inside anything").arg(where, info.name);
                else
                    errors << Tr::tr("%1, field \"parent\": \"%2\" is a %3, a %4 cannot be inside it")
                                  .arg(where, n.parent, kindName(p->kind), info.name);
            }
        }
    }

    // Cycles of parents: once per cycle, naming its nodes, before anything
    // else (a cycle also breaks containment, which is reported after it).
    // Linear: each node is walked up from once; a walk stops at a node an
    // earlier walk finished (its chain is known to end or to be reported).
    QStringList cycles;
    const int count = int(d.nodes().size());
    std::vector<int> walkOf(size_t(count), -1), posInWalk(size_t(count), -1);
    std::vector<char> finished(size_t(count), 0);
    std::vector<int> path;
    for (int start = 0; start < count; ++start) {
        if (finished[size_t(start)])
            continue;
        path.clear();
        int at = start;
        while (at >= 0 && !finished[size_t(at)]) {
            if (walkOf[size_t(at)] == start) { // back on this walk: a cycle from `at`
                QStringList chain;
                for (size_t k = size_t(posInWalk[size_t(at)]); k < path.size(); ++k)
                    chain << QStringLiteral("\"%1\"").arg(d.nodes()[size_t(path[k])].id);
                chain << chain.first();
                cycles << Tr::tr("%1, field \"parent\": the parents form a cycle (%2)")
                              .arg(whereNode(d.nodes()[size_t(at)].id), chain.join(Tr::tr(" inside ")));
                break;
            }
            walkOf[size_t(at)] = start;
            posInWalk[size_t(at)] = int(path.size());
            path.push_back(at);
            const QString &parent = d.nodes()[size_t(at)].parent;
            at = parent.isEmpty() ? -1 : d.nodeIndex(parent);
        }
        for (int k : path)
            finished[size_t(k)] = 1;
    }
    errors = cycles + errors;

    int index = 0;
    for (const Link &l : d.links()) {
        const QString where = whereLink(l.id, index++);
        if (!d.node(l.from))
            errors << Tr::tr("%1, field \"from\": no node has the id \"%2\"").arg(where, l.from);
        if (!d.node(l.to))
            errors << Tr::tr("%1, field \"to\": no node has the id \"%2\"").arg(where, l.to);
        if (l.from == l.to)
            errors << Tr::tr("%1, field \"to\": a link must join two different nodes").arg(where);
        if (l.port < 0 || l.port > 65535)
            errors << Tr::tr("%1, field \"port\": %2 is out of range (1 to 65535)").arg(where).arg(l.port);
        if (l.label.size() > 200)
            errors << Tr::tr("%1, field \"label\": at most 200 characters").arg(where);
    }
    return errors;
}

} // namespace sw
