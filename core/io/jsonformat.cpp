#include "core/io/jsonformat.h"

#include "core/io/inputguard.h"
#include "core/model/check.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>
#include <unordered_set>

namespace sw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::JsonFormat)
};

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: return QStringLiteral("missing");
    }
    return {};
}

// Position of a byte offset as line and column, for broken JSON.
std::pair<int, int> lineColumn(const QByteArray &bytes, int offset)
{
    int line = 1, col = 1;
    for (int i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            col = 1;
        } else if ((uchar(bytes[i]) & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++col;
        }
    }
    return {line, col};
}

// The fields of a node and of a link, checked against each key of each
// object (a short list: comparing is cheaper than hashing).
const char *const kNodeFields[] = {"id", "kind", "label", "parent", "x", "y", "props", nullptr};
const char *const kLinkFields[] = {"id", "from", "to", "protocol", "port", "label", nullptr};

bool isKnownKey(const QString &key, const char *const *fields)
{
    for (; *fields; ++fields)
        if (key == QLatin1String(*fields))
            return true;
    return false;
}

struct Reader {
    QString error;

    bool fail(const QString &msg)
    {
        if (error.isEmpty())
            error = msg;
        return false;
    }

    // `where` names the node or link; it is called only to build a message
    // (a translated text per node would cost more than reading the node).
    template <typename Where>
    bool expectString(const QJsonObject &o, const char *key, const Where &where, bool required, QString *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                return fail(Tr::tr("%1: field \"%2\" is missing").arg(where(), QLatin1String(key)));
            return true;
        }
        if (!v.isString())
            return fail(Tr::tr("%1, field \"%2\": must be a string, not %3").arg(where(), QLatin1String(key), typeName(v)));
        *out = v.toString();
        return true;
    }
    bool expectString(const QJsonObject &o, const char *key, const QString &where, bool required, QString *out)
    {
        return expectString(o, key, [&] { return where; }, required, out);
    }

    bool readNode(const QJsonValue &value, int index, Node *n)
    {
        const auto at = [index] { return Tr::tr("node #%1").arg(index + 1); };
        if (!value.isObject())
            return fail(Tr::tr("%1: must be an object, not %2").arg(at(), typeName(value)));
        const QJsonObject o = value.toObject();
        if (!expectString(o, "id", at, true, &n->id))
            return false;
        if (!isValidId(n->id))
            return fail(Tr::tr("%1, field \"id\": \"%2\" must start with a letter and hold at most 64 "
                           "letters, digits, '_', '.' or '-'").arg(at(), n->id));
        const auto whereFn = [n] { return whereNode(n->id); };
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!isKnownKey(it.key(), kNodeFields))
                return fail(Tr::tr("%1: unknown field \"%2\" (kind-specific values go in \"props\")").arg(whereFn(), it.key()));
        QString kind;
        if (!expectString(o, "kind", whereFn, true, &kind))
            return false;
        const auto k = kindFromName(kind);
        if (!k) {
            QStringList names;
            for (const KindInfo &ki : allKinds())
                names << ki.name;
            return fail(Tr::tr("%1, field \"kind\": unknown kind \"%2\" (one of: %3)")
                            .arg(whereFn(), kind, names.join(QStringLiteral(", "))));
        }
        n->kind = *k;
        if (!expectString(o, "label", whereFn, false, &n->label)
            || !expectString(o, "parent", whereFn, false, &n->parent))
            return false;
        const QJsonValue x = o.value(QLatin1String("x")), y = o.value(QLatin1String("y"));
        if (!x.isUndefined() || !y.isUndefined()) {
            if (x.isUndefined() || y.isUndefined())
                return fail(Tr::tr("%1: field \"%2\" is missing (give both x and y, or neither)")
                                .arg(whereFn(), x.isUndefined() ? QStringLiteral("x") : QStringLiteral("y")));
            if (!x.isDouble())
                return fail(Tr::tr("%1, field \"x\": must be a number, not %2").arg(whereFn(), typeName(x)));
            if (!y.isDouble())
                return fail(Tr::tr("%1, field \"y\": must be a number, not %2").arg(whereFn(), typeName(y)));
            n->hasPos = true;
            n->pos = QPointF(x.toDouble(), y.toDouble());
        }
        const QJsonValue props = o.value(QLatin1String("props"));
        if (!props.isUndefined()) {
            if (!props.isObject())
                return fail(Tr::tr("%1, field \"props\": must be an object, not %2").arg(whereFn(), typeName(props)));
            const QJsonObject po = props.toObject();
            for (auto it = po.begin(); it != po.end(); ++it) {
                bool ok = false;
                QVariant v = propFromJson(it.value(), &ok);
                if (!ok)
                    return fail(Tr::tr("%1, field \"props.%2\": must be a string, a number, a boolean or an "
                                   "array of strings, not %3").arg(whereFn(), it.key(), typeName(it.value())));
                n->props.insert(it.key(), v);
            }
        }
        return true;
    }

    bool readLink(const QJsonValue &value, int index, Link *l)
    {
        // The link is named by its position until its id is known to be valid.
        const auto byIndex = [index] { return whereLink(QString(), index); };
        if (!value.isObject())
            return fail(Tr::tr("%1: must be an object, not %2").arg(byIndex(), typeName(value)));
        const QJsonObject o = value.toObject();
        if (!expectString(o, "id", byIndex, false, &l->id))
            return false;
        if (!l->id.isEmpty() && !isValidId(l->id))
            return fail(Tr::tr("%1, field \"id\": \"%2\" must start with a letter and hold at most 64 "
                               "letters, digits, '_', '.' or '-'").arg(byIndex(), l->id));
        const auto where = [l, index] { return whereLink(l->id, index); };
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!isKnownKey(it.key(), kLinkFields))
                return fail(Tr::tr("%1: unknown field \"%2\"").arg(where(), it.key()));
        QString proto;
        if (!expectString(o, "from", where, true, &l->from) || !expectString(o, "to", where, true, &l->to)
            || !expectString(o, "protocol", where, true, &proto)
            || !expectString(o, "label", where, false, &l->label))
            return false;
        const auto p = protocolFromName(proto);
        if (!p) {
            QStringList names;
            for (Protocol pr : allProtocols())
                names << protocolName(pr);
            return fail(Tr::tr("%1, field \"protocol\": unknown protocol \"%2\" (one of: %3)")
                            .arg(where(), proto, names.join(QStringLiteral(", "))));
        }
        l->protocol = *p;
        const QJsonValue port = o.value(QLatin1String("port"));
        if (!port.isUndefined()) {
            const double d = port.toDouble(-1);
            if (!port.isDouble() || std::floor(d) != d)
                return fail(Tr::tr("%1, field \"port\": must be a whole number").arg(where()));
            if (d < 1 || d > 65535)
                return fail(Tr::tr("%1, field \"port\": %2 is out of range (1 to 65535)").arg(where()).arg(d));
            l->port = int(d);
        }
        return true;
    }

    bool readSuppressions(const QJsonValue &v, Design *d)
    {
        if (!v.isArray())
            return fail(Tr::tr("field \"suppressions\": must be an array"));
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QJsonObject o = a[i].toObject();
            Suppression s;
            const QString where = Tr::tr("suppression #%1").arg(i + 1);
            if (!a[i].isObject())
                return fail(Tr::tr("%1: must be an object").arg(where));
            if (!expectString(o, "rule", where, true, &s.rule) || !expectString(o, "reason", where, false, &s.reason))
                return false;
            d->suppressions.append(s);
        }
        return true;
    }
};

} // namespace

const QStringList &specProfileNames()
{
    static const QStringList names{QStringLiteral("simple-web-stack"), QStringLiteral("distributed"),
                                   QStringLiteral("secured-monitored"), QStringLiteral("scale-up")};
    return names;
}

QVariant propFromJson(const QJsonValue &v, bool *ok)
{
    *ok = true;
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9.0e15)
            return qint64(d);
        return d;
    }
    case QJsonValue::Array: {
        QStringList list;
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString()) {
                *ok = false;
                return {};
            }
            list << e.toString();
        }
        return list;
    }
    default:
        *ok = false;
        return {};
    }
}

QJsonValue propToJson(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(v.toStringList());
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return double(v.toLongLong());
    case QMetaType::Double:
        return v.toDouble();
    default:
        return v.toString();
    }
}

bool readJsonObject(const QJsonObject &root, Design *out, QString *error)
{
    Reader r;
    Design d;
    auto done = [&](bool ok) {
        if (!ok && error)
            *error = r.error;
        if (ok)
            *out = std::move(d);
        return ok;
    };

    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.isUndefined())
        return done(r.fail(Tr::tr("field \"format\" is missing (expected \"stackwright-design\")")));
    if (format.toString() != QLatin1String("stackwright-design"))
        return done(r.fail(Tr::tr("field \"format\": expected \"stackwright-design\", found %1")
                               .arg(format.isString() ? QStringLiteral("\"%1\"").arg(format.toString()) : typeName(format))));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.isUndefined())
        return done(r.fail(Tr::tr("field \"version\" is missing")));
    const double ver = version.toDouble(-1);
    if (!version.isDouble() || std::floor(ver) != ver || ver < 1)
        return done(r.fail(Tr::tr("field \"version\": must be a whole number, 1 or more")));
    if (ver > kFormatVersion)
        return done(r.fail(Tr::tr("field \"version\": this file was made by a newer Stackwright (format version %1; "
                              "this one reads version %2)").arg(ver).arg(kFormatVersion)));

    static const QSet<QString> known{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"),
                                     QStringLiteral("profile"), QStringLiteral("nodes"), QStringLiteral("links"),
                                     QStringLiteral("suppressions"), QStringLiteral("scenarios"),
                                     QStringLiteral("activity")};
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!known.contains(it.key()))
            return done(r.fail(Tr::tr("unknown top-level field \"%1\"").arg(it.key())));

    if (!r.expectString(root, "name", Tr::tr("the design"), true, &d.name)
        || !r.expectString(root, "profile", Tr::tr("the design"), false, &d.profile))
        return done(false);
    if (!d.profile.isEmpty() && !specProfileNames().contains(d.profile))
        return done(r.fail(Tr::tr("field \"profile\": unknown profile \"%1\" (one of: %2)")
                               .arg(d.profile, specProfileNames().join(QStringLiteral(", ")))));
    for (const char *key : {"scenarios", "activity"}) {
        const QJsonValue v = root.value(QLatin1String(key));
        if (!v.isUndefined())
            d.extensions.insert(QLatin1String(key), v);
    }
    if (root.contains(QLatin1String("suppressions")) && !r.readSuppressions(root.value(QLatin1String("suppressions")), &d))
        return done(false);

    const QJsonValue nodes = root.value(QLatin1String("nodes"));
    if (!nodes.isArray())
        return done(r.fail(nodes.isUndefined() ? Tr::tr("field \"nodes\" is missing")
                                               : Tr::tr("field \"nodes\": must be an array, not %1").arg(typeName(nodes))));
    const QJsonValue links = root.value(QLatin1String("links"));
    if (!links.isArray())
        return done(r.fail(links.isUndefined() ? Tr::tr("field \"links\" is missing")
                                               : Tr::tr("field \"links\": must be an array, not %1").arg(typeName(links))));
    const QJsonArray na = nodes.toArray(), la = links.toArray();
    d.reserve(int(na.size()), int(la.size()));
    for (int i = 0; i < na.size(); ++i) {
        Node n;
        if (!r.readNode(na[i], i, &n))
            return done(false);
        if (d.hasId(n.id))
            return done(r.fail(Tr::tr("%1, field \"id\": the id is used twice").arg(whereNode(n.id))));
        d.insertNode(std::move(n));
    }
    std::vector<Link> pending;
    pending.reserve(size_t(la.size()));
    std::unordered_set<QString, IdHash> linkIds;
    for (int i = 0; i < la.size(); ++i) {
        Link l;
        if (!r.readLink(la[i], i, &l))
            return done(false);
        if (!l.id.isEmpty() && (d.hasId(l.id) || linkIds.count(l.id)))
            return done(r.fail((d.node(l.id) ? Tr::tr("%1, field \"id\": the id is used twice (a node has it too)")
                                             : Tr::tr("%1, field \"id\": the id is used twice (by another link)"))
                                   .arg(whereLink(l.id, i))));
        if (!l.id.isEmpty())
            linkIds.insert(l.id);
        // Checked here rather than only by checkDesign so that a link without
        // an id is named by its position, not by the id generated below.
        const auto where = [&l, i] { return whereLink(l.id, i); };
        for (const char *field : {"from", "to"}) {
            const QString &ref = field[0] == 'f' ? l.from : l.to;
            if (d.nodeIndex(ref) < 0)
                return done(r.fail(Tr::tr("%1, field \"%2\": no node has the id \"%3\"").arg(where(), QLatin1String(field), ref)));
        }
        if (l.from == l.to)
            return done(r.fail(Tr::tr("%1, field \"to\": a link must join two different nodes").arg(where())));
        if (l.label.size() > 200)
            return done(r.fail(Tr::tr("%1, field \"label\": at most 200 characters").arg(where())));
        pending.push_back(std::move(l));
    }
    // Links without an id get a stable generated one.
    int next = 1;
    for (Link &l : pending) {
        if (l.id.isEmpty()) {
            QString id;
            do {
                id = QStringLiteral("link-%1").arg(next++);
            } while (d.hasId(id) || linkIds.count(id));
            l.id = id;
        }
        d.insertLink(std::move(l));
    }

    const QStringList problems = checkDesign(d);
    if (!problems.isEmpty()) {
        QString msg = problems.first();
        if (problems.size() > 1)
            msg += Tr::tr(" (and %n more problem(s))", nullptr, int(problems.size() - 1));
        return done(r.fail(msg));
    }
    return done(true);
}

bool readJson(const QByteArray &bytes, Design *out, QString *error)
{
    if (bytes.size() > kMaxDesignBytes) {
        if (error)
            *error = Tr::tr("the design is too big (more than %1 MiB)").arg(kMaxDesignBytes >> 20);
        return false;
    }
    if (!scanJson(bytes, error))
        return false;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const auto [line, col] = lineColumn(bytes, pe.offset);
        if (error)
            *error = Tr::tr("broken JSON at line %1, column %2: %3").arg(line).arg(col).arg(pe.errorString());
        return false;
    }
    if (!doc.isObject()) {
        if (error)
            *error = Tr::tr("the document must be a JSON object");
        return false;
    }
    return readJsonObject(doc.object(), out, error);
}

QJsonObject toJsonObject(const Design &d)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("stackwright-design"));
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("name"), d.name);
    if (!d.profile.isEmpty())
        root.insert(QStringLiteral("profile"), d.profile);
    QJsonArray nodes;
    for (const Node &n : d.nodes()) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), n.id);
        o.insert(QStringLiteral("kind"), kindName(n.kind));
        if (!n.label.isEmpty())
            o.insert(QStringLiteral("label"), n.label);
        if (!n.parent.isEmpty())
            o.insert(QStringLiteral("parent"), n.parent);
        if (n.hasPos) {
            o.insert(QStringLiteral("x"), n.pos.x());
            o.insert(QStringLiteral("y"), n.pos.y());
        }
        if (!n.props.isEmpty()) {
            QJsonObject p;
            for (auto it = n.props.constBegin(); it != n.props.constEnd(); ++it)
                p.insert(it.key(), propToJson(*it));
            o.insert(QStringLiteral("props"), p);
        }
        nodes.append(o);
    }
    root.insert(QStringLiteral("nodes"), nodes);
    QJsonArray links;
    for (const Link &l : d.links()) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), l.id);
        o.insert(QStringLiteral("from"), l.from);
        o.insert(QStringLiteral("to"), l.to);
        o.insert(QStringLiteral("protocol"), protocolName(l.protocol));
        if (l.port > 0)
            o.insert(QStringLiteral("port"), l.port);
        if (!l.label.isEmpty())
            o.insert(QStringLiteral("label"), l.label);
        links.append(o);
    }
    root.insert(QStringLiteral("links"), links);
    if (!d.suppressions.isEmpty()) {
        QJsonArray s;
        for (const Suppression &x : d.suppressions)
            s.append(QJsonObject{{QStringLiteral("rule"), x.rule}, {QStringLiteral("reason"), x.reason}});
        root.insert(QStringLiteral("suppressions"), s);
    }
    for (auto it = d.extensions.begin(); it != d.extensions.end(); ++it)
        root.insert(it.key(), it.value());
    return root;
}

QByteArray writeJson(const Design &d, bool indented)
{
    return QJsonDocument(toJsonObject(d)).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

} // namespace sw
