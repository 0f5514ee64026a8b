#include "core/io/designfragment.h"

#include "core/io/jsonformat.h"
#include "core/model/placement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace sw {

QString fragmentMimeType() { return QStringLiteral("application/x-stackwright+json"); }

namespace {

bool isRefProp(const PropertySpec &spec)
{
    return spec.type == PropType::NodeRef || spec.type == PropType::NodeRefList || spec.type == PropType::PortRules;
}

// Rewrites the node references of one property through `map`; references that
// `map` does not know are dropped (the value itself when it is a single ref).
QVariant remapRefs(const PropertySpec &spec, const QVariant &v, const std::function<QString(const QString &)> &map)
{
    switch (spec.type) {
    case PropType::NodeRef: {
        const QString to = map(v.toString());
        return to.isEmpty() ? QVariant() : QVariant(to);
    }
    case PropType::NodeRefList: {
        QStringList out;
        for (const QString &s : v.toStringList())
            if (const QString to = map(s); !to.isEmpty())
                out << to;
        // Nothing left: absent (a cluster without members is a draft; an
        // empty list of members would be refused).
        return out.isEmpty() ? QVariant() : QVariant(out);
    }
    case PropType::PortRules: {
        QStringList out;
        for (const QString &s : v.toStringList()) {
            auto r = parsePortRule(s);
            if (!r)
                continue;
            if (!r->from.isEmpty()) {
                r->from = map(r->from);
                if (r->from.isEmpty())
                    continue;
            }
            out << formatPortRule(*r);
        }
        return out;
    }
    default: return v;
    }
}

} // namespace

QByteArray copyFragment(const Design &d, const QStringList &ids)
{
    QSet<QString> copied;
    for (const QString &id : ids)
        if (d.node(id))
            for (const QString &s : d.subtree(id))
                copied.insert(s);
    // Nodes copied without their container (a service or host firewall
    // without its server, a server without its zone) carry the container as
    // a stub: pasted into it again when it still exists.
    QSet<QString> stubs;
    for (const QString &id : std::as_const(copied)) {
        const Node *n = d.node(id);
        if (!n->parent.isEmpty() && !copied.contains(n->parent) && d.node(n->parent))
            stubs.insert(n->parent);
    }
    QSet<QString> inFragment = copied;
    inFragment.unite(stubs);
    Design frag;
    frag.name = QStringLiteral("clipboard");
    QJsonObject savedRefs;
    auto keep = [&](const QString &id) { return inFragment.contains(id) ? id : QString(); };
    for (const Node &n : d.nodes()) {
        if (!inFragment.contains(n.id))
            continue;
        Node c = n;
        if (!c.parent.isEmpty() && !inFragment.contains(c.parent)) {
            c.pos = d.scenePos(n.id);
            c.parent.clear();
        }
        QJsonObject refs;
        for (const PropertySpec &spec : kindInfo(n.kind).props) {
            auto it = c.props.find(spec.key);
            if (it == c.props.end() || !isRefProp(spec))
                continue;
            const QVariant mapped = remapRefs(spec, *it, keep);
            if (mapped != *it)
                refs.insert(spec.key, propToJson(*it));
            if (mapped.isValid())
                *it = mapped;
            else
                c.props.erase(it);
        }
        if (!refs.isEmpty())
            savedRefs.insert(n.id, refs);
        frag.insertNode(c);
    }
    for (const Link &l : d.links())
        if (copied.contains(l.from) && copied.contains(l.to))
            frag.insertLink(l);
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("stackwright-fragment"));
    root.insert(QStringLiteral("design"), toJsonObject(frag));
    root.insert(QStringLiteral("stubs"), QJsonArray::fromStringList(QStringList(stubs.cbegin(), stubs.cend())));
    root.insert(QStringLiteral("refs"), savedRefs);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool pasteFragment(const QByteArray &bytes, const Design &target, const QPointF &offset, PastedItems *out,
                   QString *error)
{
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("stackwright-fragment")) {
        *error = QCoreApplication::translate("sw::Clipboard", "The clipboard does not hold Stackwright nodes.");
        return false;
    }
    Design frag;
    if (!readJsonObject(root.value(QStringLiteral("design")).toObject(), &frag, error))
        return false;
    QSet<QString> stubs;
    for (const QJsonValue &v : root.value(QStringLiteral("stubs")).toArray())
        stubs.insert(v.toString());
    const QJsonObject savedRefs = root.value(QStringLiteral("refs")).toObject();

    QHash<QString, QString> idMap;
    QSet<QString> taken;
    QSet<QString> reused; // stubs that map onto an existing server
    for (const Node &n : frag.nodes()) {
        if (stubs.contains(n.id)) {
            const Node *existing = target.node(n.id);
            if (existing && existing->kind == n.kind) {
                idMap.insert(n.id, n.id);
                reused.insert(n.id);
                continue;
            }
        }
        const QString id = freshId(target, n.id, taken);
        taken.insert(id);
        idMap.insert(n.id, id);
    }
    auto map = [&](const QString &id) { return idMap.value(id); };
    auto mapOrKeep = [&](const QString &id) {
        const QString m = idMap.value(id);
        return !m.isEmpty() ? m : (target.node(id) ? id : QString());
    };

    // Parents before children.
    QVector<const Node *> order;
    QSet<QString> placed;
    int guard = 0;
    while (order.size() + reused.size() < int(frag.nodes().size()) && guard++ < 64) {
        for (const Node &n : frag.nodes()) {
            if (placed.contains(n.id) || reused.contains(n.id))
                continue;
            if (!n.parent.isEmpty() && !placed.contains(n.parent) && !reused.contains(n.parent))
                continue;
            placed.insert(n.id);
            order.append(&n);
        }
    }
    out->nodes.clear();
    out->links.clear();
    out->topIds.clear();
    for (const Node *src : std::as_const(order)) {
        Node n = *src;
        n.id = map(src->id);
        n.parent = src->parent.isEmpty() ? QString() : map(src->parent);
        const bool intoExisting = reused.contains(src->parent);
        if (src->parent.isEmpty() || intoExisting)
            n.pos += offset;
        const QJsonObject refs = savedRefs.value(src->id).toObject();
        for (const PropertySpec &spec : kindInfo(n.kind).props) {
            if (!isRefProp(spec))
                continue;
            QVariant v = n.props.value(spec.key);
            if (refs.contains(spec.key)) {
                bool ok = false;
                v = propFromJson(refs.value(spec.key), &ok);
                v = remapRefs(spec, v, mapOrKeep);
            } else if (v.isValid()) {
                v = remapRefs(spec, v, map);
            }
            if (v.isValid())
                n.props.insert(spec.key, v);
            else
                n.props.remove(spec.key);
        }
        out->nodes.append(n);
        if (!stubs.contains(src->id) && (src->parent.isEmpty() || intoExisting || stubs.contains(src->parent)))
            out->topIds.append(n.id);
    }
    for (const Link &src : frag.links()) {
        Link l = src;
        l.from = map(src.from);
        l.to = map(src.to);
        const QString base = src.id.isEmpty() ? QStringLiteral("link") : src.id;
        l.id = freshId(target, base, taken);
        taken.insert(l.id);
        out->links.append(l);
    }
    return true;
}

} // namespace sw
