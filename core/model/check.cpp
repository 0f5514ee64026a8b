#include "core/model/check.h"
#include "core/model/propertykeys.h"

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

QVariant propertyValueFromText(const PropertySpec &spec, const QString &text)
{
    switch (spec.type) {
    case PropType::NodeRefList:
    case PropType::PortRules: {
        QStringList out;
        for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!s.trimmed().isEmpty())
                out << s.trimmed();
        return out.isEmpty() ? QVariant() : QVariant(out);
    }
    case PropType::Int: {
        if (text.isEmpty())
            return {};
        bool ok = false;
        const qint64 v = text.trimmed().toLongLong(&ok);
        return ok ? QVariant(v) : QVariant(text);
    }
    case PropType::Number: {
        if (text.isEmpty())
            return {};
        bool ok = false;
        const double v = text.trimmed().toDouble(&ok);
        return ok ? QVariant(v) : QVariant(text);
    }
    case PropType::Bool:
        if (text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("false"))
            return false;
        return text.isEmpty() ? QVariant() : QVariant(text);
    case PropType::String:
    case PropType::Choice:
    case PropType::Hostname:
    case PropType::Domain:
    case PropType::Address:
    case PropType::Url:
    case PropType::NodeRef:
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    return {};
}

namespace {
// `reverse`: also what the value does to other nodes (a replica of this
// database becomes part of a chain). checkDesign reports that on the other
// node itself, so it asks without it: the same designs are refused either way.
QString checkValue(const Design &d, const Node &n, const PropertySpec &spec, const QVariant &value, bool reverse)
{
    if (!value.isValid())
        return {};
    const QString err = checkPropertyValue(spec, value);
    if (!err.isEmpty())
        return err;
    QStringList refs;
    if (spec.type == PropType::NodeRef)
        refs << value.toString();
    else if (spec.type == PropType::NodeRefList)
        refs = value.toStringList();
    else if (spec.type == PropType::PortRules)
        for (const QString &s : value.toStringList())
            if (auto r = parsePortRule(s); r && !r->from.isEmpty())
                refs << r->from;
    for (const QString &r : std::as_const(refs)) {
        const Node *target = d.node(r);
        if (!target)
            return Tr::tr("no node has the id \"%1\"").arg(r);
        if (!spec.refKinds.isEmpty() && !spec.refKinds.contains(int(target->kind)))
            return Tr::tr("\"%1\" is a %2, expected %3").arg(r, kindName(target->kind), kindList(spec.refKinds));
        if (r == n.id)
            return Tr::tr("a node cannot refer to itself");
    }
    if (n.kind == Kind::Cluster && spec.key == keys::members) {
        if (value.toStringList().isEmpty())
            return Tr::tr("a cluster needs at least one member");
        QSet<QString> seen;
        for (const QString &m : value.toStringList()) {
            if (seen.contains(m))
                return Tr::tr("\"%1\" is listed twice").arg(m);
            seen.insert(m);
        }
    }
    if (n.kind == Kind::Database && spec.key == keys::replicatesFrom) {
        // A replica replicates from a primary, never from another replica:
        // chains (and so cycles) of replicates_from are refused.
        const QString from = value.toString();
        const Node *source = from.isEmpty() || from == n.id ? nullptr : d.node(from);
        const QString next = source && source->kind == Kind::Database
                                 ? source->propString(keys::replicatesFrom) : QString();
        if (!next.isEmpty())
            return next == n.id ? Tr::tr("\"%1\" replicates from \"%2\" in turn: a cycle").arg(from, n.id)
                                : Tr::tr("\"%1\" replicates from \"%2\" in turn: a chain (a replica replicates from "
                                         "its primary)").arg(from, next);
        if (reverse && !from.isEmpty())
            for (const Node *other : d.nodesOfKind(Kind::Database))
                if (other->id != n.id && other->propString(keys::replicatesFrom) == n.id)
                    return Tr::tr("\"%1\" replicates from this database: it would replicate from a replica "
                                  "(a replica replicates from its primary)").arg(other->id);
    }
    return {};
}

} // namespace

QString checkNodeProperty(const Design &d, const Node &n, const PropertySpec &spec, const QVariant &value)
{
    return checkValue(d, n, spec, value, true);
}

QString checkLabel(const QString &label)
{
    return label.size() > 200 ? Tr::tr("at most 200 characters") : QString();
}

QString checkDesignName(const QString &name)
{
    return name.isEmpty() || name.size() > 200 ? Tr::tr("must have 1 to 200 characters") : QString();
}

QStringList missingProperties(const Node &n)
{
    QStringList out;
    for (const PropertySpec &spec : kindInfo(n.kind).props)
        if (spec.required && !n.props.contains(spec.key))
            out << spec.key;
    return out;
}

QString missingPropertyMessage(const Node &n, const QString &key)
{
    return Tr::tr("%1, field \"props.%2\": required for a %3, and not set (the design is a draft)")
        .arg(whereNode(n.id), key, kindName(n.kind));
}

QStringList missingRequired(const Design &d)
{
    QStringList out;
    for (const Node &n : d.nodes())
        for (const QString &key : missingProperties(n))
            out << missingPropertyMessage(n, key);
    return out;
}

QStringList checkDesign(const Design &d)
{
    QStringList errors;
    if (const QString e = checkDesignName(d.name); !e.isEmpty())
        errors << Tr::tr("field \"name\": %1").arg(e);

    for (const Node &n : d.nodes()) {
        // Named only in a message: a translated text per node costs more than its checks.
        const auto where = [&n] { return whereNode(n.id); };
        const KindInfo &info = kindInfo(n.kind);
        if (const QString e = checkLabel(n.label); !e.isEmpty())
            errors << Tr::tr("%1, field \"label\": %2").arg(where(), e);

        // Properties: types, ranges, references (an absent one is a draft's,
        // reported by the validator as PROP-MISSING).
        for (const PropertySpec &spec : info.props) {
            auto it = n.props.constFind(spec.key);
            if (it == n.props.constEnd())
                continue;
            if (const QString err = checkValue(d, n, spec, *it, false); !err.isEmpty())
                errors << Tr::tr("%1, field \"props.%2\": %3").arg(where(), spec.key, err);
        }

        // Containment.
        if (isService(n.kind) && n.parent.isEmpty()) {
            errors << Tr::tr("%1, field \"parent\": a %2 must be inside a server").arg(where(), info.name);
        } else if (!n.parent.isEmpty()) {
            const Node *p = d.node(n.parent);
            if (!p)
                errors << Tr::tr("%1, field \"parent\": no node has the id \"%2\"").arg(where(), n.parent);
            else if (!canContain(p->kind, n.kind)) {
                if (!mayHaveParent(n.kind))
                    errors << Tr::tr("%1, field \"parent\": a %2 cannot be inside anything").arg(where(), info.name);
                else
                    errors << Tr::tr("%1, field \"parent\": \"%2\" is a %3, a %4 cannot be inside it")
                                  .arg(where(), n.parent, kindName(p->kind), info.name);
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
        const int at = index++;
        const auto where = [&l, at] { return whereLink(l.id, at); };
        if (!d.node(l.from))
            errors << Tr::tr("%1, field \"from\": no node has the id \"%2\"").arg(where(), l.from);
        if (!d.node(l.to))
            errors << Tr::tr("%1, field \"to\": no node has the id \"%2\"").arg(where(), l.to);
        if (l.from == l.to)
            errors << Tr::tr("%1, field \"to\": a link must join two different nodes").arg(where());
        if (l.port < 0 || l.port > 65535)
            errors << Tr::tr("%1, field \"port\": %2 is out of range (1 to 65535)").arg(where()).arg(l.port);
        if (const QString e = checkLabel(l.label); !e.isEmpty())
            errors << Tr::tr("%1, field \"label\": %2").arg(where(), e);
    }
    return errors;
}

} // namespace sw
