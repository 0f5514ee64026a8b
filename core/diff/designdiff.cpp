#include "core/diff/designdiff.h"

#include "core/diff/difftr_p.h"
#include "core/diff/nodematcher.h"
#include "core/model/propertykeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace sw {

namespace {

QString valueText(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    if (v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList)
        return v.toStringList().join(QStringLiteral(", "));
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 12);
    return v.toString();
}

QString posText(const Node &n)
{
    return n.hasPos ? QStringLiteral("%1,%2").arg(n.pos.x()).arg(n.pos.y()) : QString();
}

class Differ {
public:
    Differ(const Design &o, const Design &n, DesignDiff *out) : m_old(o), m_new(n), m_match(o, n), m_out(out) {}

    void run()
    {
        m_out->nodeMatches = m_match.matches();
        diffSettings();
        for (const Node &n : m_new.nodes()) {
            const QString oldId = m_match.oldIdOf(n.id);
            if (oldId.isEmpty())
                add(ChangeType::NodeAdded, {}, n.id, {}, {}, {}, kindName(n.kind));
            else
                diffNode(*m_old.node(oldId), n);
        }
        for (const Node &o : m_old.nodes())
            if (m_match.newIdOf(o.id).isEmpty())
                add(ChangeType::NodeRemoved, o.id, {}, {}, {}, {}, kindName(o.kind));
        diffLinks();
    }

private:
    void add(ChangeType t, const QString &oldId, const QString &newId, const QString &key, const QString &ov,
             const QString &nv, const QString &detail = {})
    {
        Change c;
        c.type = t;
        c.oldId = oldId;
        c.newId = newId;
        c.key = key;
        c.oldValue = ov;
        c.newValue = nv;
        c.detail = detail;
        (t == ChangeType::LayoutMoved ? m_out->layoutChanges : m_out->changes).append(c);
    }

    // An old node id in the new design's terms: its match, or the old id marked as gone.
    QString mapped(const QString &oldId) const
    {
        if (oldId.isEmpty())
            return {};
        const QString n = m_match.newIdOf(oldId);
        return n.isEmpty() ? QStringLiteral("\x1f") + oldId : n;
    }

    void diffSettings()
    {
        if (m_old.name != m_new.name)
            add(ChangeType::DesignSetting, {}, {}, QStringLiteral("name"), m_old.name, m_new.name);
        if (m_old.profile != m_new.profile)
            add(ChangeType::DesignSetting, {}, {}, QStringLiteral("profile"), m_old.profile, m_new.profile);
        auto supp = [](const Design &d) {
            QStringList l;
            for (const Suppression &s : d.suppressions)
                l << s.rule + QStringLiteral(": ") + s.reason;
            l.sort();
            return l.join(QStringLiteral("; "));
        };
        if (supp(m_old) != supp(m_new))
            add(ChangeType::DesignSetting, {}, {}, QStringLiteral("suppressions"), supp(m_old), supp(m_new));
        QStringList keys = m_old.extensions.keys() + m_new.extensions.keys();
        keys.sort();
        keys.removeDuplicates();
        for (const QString &k : keys) {
            const QString a = m_old.extensions.contains(k) ? compactJson(m_old.extensions.value(k)) : QString();
            const QString b = m_new.extensions.contains(k) ? compactJson(m_new.extensions.value(k)) : QString();
            if (a != b)
                add(ChangeType::DesignSetting, {}, {}, k, a, b);
        }
    }

    static QString compactJson(const QJsonValue &v)
    {
        if (v.isObject())
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        if (v.isArray())
            return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        return v.toVariant().toString();
    }

    void diffNode(const Node &o, const Node &n)
    {
        if (o.id != n.id) {
            add(ChangeType::NodeIdChanged, o.id, n.id, QStringLiteral("id"), o.id, n.id,
                matchReasonName(m_match.reasonOf(n.id)));
        }
        if (o.kind != n.kind)
            add(ChangeType::NodeKindChanged, o.id, n.id, QStringLiteral("kind"), kindName(o.kind), kindName(n.kind));
        if (o.label != n.label)
            add(ChangeType::NodeRenamed, o.id, n.id, QStringLiteral("label"), o.label, n.label);
        if (mapped(o.parent) != n.parent)
            add(ChangeType::NodeMoved, o.id, n.id, QStringLiteral("parent"), o.parent, n.parent);
        else if (o.hasPos != n.hasPos || (n.hasPos && o.pos != n.pos))
            add(ChangeType::LayoutMoved, o.id, n.id, QStringLiteral("pos"), posText(o), posText(n));
        diffProps(o, n);
    }

    // Equal props mean no change unless a reference names a node matched
    // under another id (or not at all): check just those.
    bool sameProps(const Node &o, const Node &n) const
    {
        if (o.props != n.props)
            return false;
        if (o.kind != n.kind)
            return false;
        // Most kinds refer to no other node: nothing more to look at.
        static const std::vector<char> refers = [] {
            std::vector<char> v;
            for (const KindInfo &k : allKinds()) {
                if (v.size() <= size_t(k.kind))
                    v.resize(size_t(k.kind) + 1, 0);
                for (const PropertySpec &p : k.props)
                    if (p.type == PropType::NodeRef || p.type == PropType::NodeRefList || p.type == PropType::PortRules)
                        v[size_t(k.kind)] = 1;
            }
            return v;
        }();
        if (size_t(o.kind) >= refers.size() || !refers[size_t(o.kind)])
            return true;
        for (auto it = o.props.constBegin(); it != o.props.constEnd(); ++it) {
            const int type = it->typeId();
            if (type != QMetaType::QString && type != QMetaType::QStringList && type != QMetaType::QVariantList)
                continue;
            const PropertySpec *spec = kindInfo(o.kind).prop(it.key());
            if (!spec || (spec->type != PropType::NodeRef && spec->type != PropType::NodeRefList
                          && spec->type != PropType::PortRules))
                continue;
            const QStringList values = it->toStringList();
            for (const QString &v : values) {
                const QString id = spec->type == PropType::PortRules ? parsePortRule(v).value_or(PortRule{}).from : v;
                if (!id.isEmpty() && m_match.newIdOf(id) != id)
                    return false;
            }
        }
        return true;
    }

    void diffProps(const Node &o, const Node &n)
    {
        if (sameProps(o, n))
            return;
        QStringList keys = o.props.keys();
        for (auto it = n.props.constBegin(); it != n.props.constEnd(); ++it)
            if (!o.props.contains(it.key()))
                keys << it.key();
        keys.sort();   // QVariantMap keys are sorted already; the union is sorted again
        const KindInfo &info = kindInfo(n.kind);
        for (const QString &key : keys) {
            const PropertySpec *spec = info.prop(key);
            const bool refs = spec && (spec->type == PropType::NodeRef || spec->type == PropType::NodeRefList);
            if (refs) {
                diffRefs(o, n, key, spec->type == PropType::NodeRefList);
                continue;
            }
            const QString a = valueText(o.prop(key)), b = valueText(n.prop(key));
            if (spec && spec->type == PropType::PortRules && portRulesMapped(o.prop(key).toStringList()) == b)
                continue;   // the same rules, naming renamed nodes
            if (a != b)
                add(ChangeType::PropertyChanged, o.id, n.id, key, a, b);
        }
    }

    // Firewall rules ("443/tcp from web-1") with old node ids in new terms.
    QString portRulesMapped(const QStringList &rules) const
    {
        QStringList out;
        for (const QString &r : rules) {
            std::optional<PortRule> p = parsePortRule(r);
            if (p && !p->from.isEmpty()) {
                p->from = m_match.newIdOf(p->from).isEmpty() ? p->from : m_match.newIdOf(p->from);
                out << formatPortRule(*p);
            } else {
                out << r;
            }
        }
        return out.join(QStringLiteral(", "));
    }

    void diffRefs(const Node &o, const Node &n, const QString &key, bool list)
    {
        const QStringList before = list ? o.prop(key).toStringList() : QStringList{o.propString(key)};
        const QStringList after = list ? n.prop(key).toStringList() : QStringList{n.propString(key)};
        QStringList beforeMapped;
        for (const QString &id : before)
            beforeMapped << (id.isEmpty() ? id : mapped(id));
        if (beforeMapped == after)
            return;
        if (n.kind == Kind::Cluster && key == keys::members) {
            const QSet<QString> a(beforeMapped.begin(), beforeMapped.end()), b(after.begin(), after.end());
            Change c;
            c.type = ChangeType::ClusterMembers;
            c.oldId = o.id;
            c.newId = n.id;
            c.key = key;
            c.oldValue = before.join(QStringLiteral(", "));
            c.newValue = after.join(QStringLiteral(", "));
            for (const QString &id : after)
                if (!a.contains(id))
                    c.added << id;
            for (int i = 0; i < before.size(); ++i)
                if (!b.contains(beforeMapped[i]))
                    c.removed << before[i];
            if (c.added.isEmpty() && c.removed.isEmpty())   // only the order changed
                return;
            m_out->changes.append(c);
            return;
        }
        add(ChangeType::PropertyChanged, o.id, n.id, key, before.join(QStringLiteral(", ")), after.join(QStringLiteral(", ")));
    }

    void diffLinks();

    const Design &m_old;
    const Design &m_new;
    NodeMatcher m_match;
    DesignDiff *m_out;
};

void Differ::diffLinks()
{
    // Pairs: same id first, then the same (mapped) ends and protocol, then the same ends.
    // Links of the same id pair without being recorded; the others here.
    QHash<QString, QString> newToOld;
    QSet<QString> oldPaired;
    auto isPairedNew = [&](const Link &n) { return m_old.link(n.id) || newToOld.contains(n.id); };
    auto isPairedOld = [&](const Link &o) { return m_new.link(o.id) || oldPaired.contains(o.id); };
    // Only links without a same-id partner take part in the pairing below.
    std::vector<const Link *> oldLeft, newLeft;
    for (const Link &o : m_old.links())
        if (!m_new.link(o.id))
            oldLeft.push_back(&o);
    if (!oldLeft.empty())
        for (const Link &n : m_new.links())
            if (!m_old.link(n.id))
                newLeft.push_back(&n);
    auto pairBy = [&](auto keyOf) {
        QHash<QString, int> oldCount, newCount;
        QHash<QString, QString> oldByKey;
        for (const Link *op : oldLeft)
            if (const Link &o = *op; !isPairedOld(o)) {
                const QString k = keyOf(mapped(o.from), mapped(o.to), o.protocol);
                ++oldCount[k];
                oldByKey.insert(k, o.id);
            }
        if (oldCount.isEmpty())
            return;
        for (const Link *np : newLeft)
            if (!isPairedNew(*np))
                ++newCount[keyOf(np->from, np->to, np->protocol)];
        for (const Link *np : newLeft) {
            const Link &n = *np;
            if (isPairedNew(n))
                continue;
            const QString k = keyOf(n.from, n.to, n.protocol);
            if (oldCount.value(k) == 1 && newCount.value(k) == 1) {
                newToOld.insert(n.id, oldByKey.value(k));
                oldPaired.insert(oldByKey.value(k));
            }
        }
    };
    pairBy([](const QString &f, const QString &t, Protocol p) { return f + QLatin1Char('\x1f') + t + QLatin1Char('\x1f') + protocolName(p); });
    pairBy([](const QString &f, const QString &t, Protocol) { return f + QLatin1Char('\x1f') + t; });

    for (const Link &n : m_new.links()) {
        const QString oldId = m_old.link(n.id) ? n.id : newToOld.value(n.id);
        if (oldId.isEmpty()) {
            add(ChangeType::LinkAdded, {}, n.id, {}, n.from, n.to, protocolName(n.protocol));
            continue;
        }
        const Link &o = *m_old.link(oldId);
        if (o.id != n.id)
            add(ChangeType::LinkIdChanged, o.id, n.id, QStringLiteral("id"), o.id, n.id);
        if (mapped(o.from) != n.from)
            add(ChangeType::LinkRetargeted, o.id, n.id, QStringLiteral("from"), o.from, n.from);
        if (mapped(o.to) != n.to)
            add(ChangeType::LinkRetargeted, o.id, n.id, QStringLiteral("to"), o.to, n.to);
        if (o.protocol != n.protocol)
            add(ChangeType::LinkProtocol, o.id, n.id, QStringLiteral("protocol"), protocolName(o.protocol), protocolName(n.protocol));
        if (o.effectivePort() != n.effectivePort())
            add(ChangeType::LinkPort, o.id, n.id, QStringLiteral("port"), QString::number(o.effectivePort()),
                QString::number(n.effectivePort()));
        if (o.label != n.label)
            add(ChangeType::LinkLabel, o.id, n.id, QStringLiteral("label"), o.label, n.label);
    }
    for (const Link *o : oldLeft)
        if (!isPairedOld(*o))
            add(ChangeType::LinkRemoved, o->id, {}, {}, o->from, o->to, protocolName(o->protocol));
}

} // namespace

DesignDiff diffDesigns(const Design &oldDesign, const Design &newDesign)
{
    DesignDiff d;
    Differ(oldDesign, newDesign, &d).run();
    return d;
}

QHash<QString, QString> DesignDiff::oldToNew() const
{
    QHash<QString, QString> m;
    m.reserve(nodeMatches.size());
    for (const NodeMatch &x : nodeMatches)
        m.insert(x.oldId, x.newId);
    return m;
}

QStringList DesignDiff::addedNodes() const
{
    QStringList l;
    for (const Change &c : changes)
        if (c.type == ChangeType::NodeAdded)
            l << c.newId;
    return l;
}

QStringList DesignDiff::removedNodes() const
{
    QStringList l;
    for (const Change &c : changes)
        if (c.type == ChangeType::NodeRemoved)
            l << c.oldId;
    return l;
}

QStringList DesignDiff::changedNodes() const
{
    QStringList l;
    for (const Change &c : changes)
        if (c.isNode() && c.type != ChangeType::NodeAdded && c.type != ChangeType::NodeRemoved
            && (l.isEmpty() || l.last() != c.newId))
            l << c.newId;
    l.removeDuplicates();
    return l;
}

} // namespace sw
