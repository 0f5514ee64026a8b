#include "core/diff/nodematcher.h"
#include "core/model/propertykeys.h"

#include <algorithm>

namespace sw {

namespace {

QString hostnameOf(const Node &n)
{
    return n.props.value(keys::hostname).toString();
}

// Neighbours: the other ends of links, and the nodes a property refers to
// (a dns target, a certificate's servers, cluster members, an agent's service).
// Kept only for the nodes still unmatched (`wanted`), so a diff of two big
// designs with a few changes builds a few lists.
QHash<QString, QStringList> adjacency(const Design &d, const QHash<QString, QString> &matched)
{
    QHash<QString, QStringList> adj;
    auto add = [&](const QString &a, const QString &b) {
        if (!matched.contains(a))
            adj[a] << b;
        if (!matched.contains(b))
            adj[b] << a;
    };
    for (const Link &l : d.links())
        add(l.from, l.to);
    for (const Node &n : d.nodes())
        for (auto it = n.props.constBegin(); it != n.props.constEnd(); ++it) {
            const int type = it->typeId();
            if (type != QMetaType::QString && type != QMetaType::QStringList && type != QMetaType::QVariantList)
                continue;
            const PropertySpec *spec = kindInfo(n.kind).prop(it.key());
            if (!spec || (spec->type != PropType::NodeRef && spec->type != PropType::NodeRefList))
                continue;
            for (const QString &ref : it->toStringList())
                if (!ref.isEmpty() && d.node(ref))
                    add(n.id, ref);
        }
    return adj;
}

} // namespace

NodeMatcher::NodeMatcher(const Design &oldDesign, const Design &newDesign)
    : m_old(oldDesign), m_new(newDesign)
{
    m_oldToNew.reserve(int(oldDesign.nodes().size()));
    m_newToOld.reserve(int(newDesign.nodes().size()));
    for (const Node &o : m_old.nodes())
        if (const Node *n = m_new.node(o.id); n && n->kind == o.kind)
            pair(o.id, o.id, MatchReason::Id);
    if (m_oldToNew.size() == int(m_old.nodes().size()) || m_newToOld.size() == int(m_new.nodes().size()))
        return;
    // From here on only the unmatched nodes are looked at (few when the designs are alike).
    for (const Node &o : m_old.nodes())
        if (!m_oldToNew.contains(o.id))
            m_oldLeft.push_back(&o);
    for (const Node &n : m_new.nodes())
        if (!m_newToOld.contains(n.id))
            m_newLeft.push_back(&n);
    pairUnique(&NodeMatcher::labelHostKey, MatchReason::LabelAndHost);
    pairUnique(&NodeMatcher::hostKey, MatchReason::Host);
    pairUnique(&NodeMatcher::labelKey, MatchReason::Label);
    if (m_oldToNew.size() == int(m_old.nodes().size()) || m_newToOld.size() == int(m_new.nodes().size()))
        return;
    m_oldAdj = adjacency(m_old, m_oldToNew);
    m_newAdj = adjacency(m_new, m_newToOld);
    // Each round may give the next one anchors (a server matched, then its services).
    for (int round = 0; round < 8; ++round) {
        int found = pairUnique(&NodeMatcher::neighbourKey, MatchReason::Neighbourhood);
        found += pairUnique(&NodeMatcher::neighbourOnlyKey, MatchReason::Neighbourhood);
        found += pairUnique(&NodeMatcher::parentKey, MatchReason::Neighbourhood);
        if (found == 0)
            break;
    }
}

void NodeMatcher::pair(const QString &oldId, const QString &newId, MatchReason reason)
{
    m_matches.append({oldId, newId, reason});
    m_oldToNew.insert(oldId, newId);
    m_newToOld.insert(newId, oldId);
    if (reason != MatchReason::Id)
        m_reason.insert(newId, reason);
}

int NodeMatcher::pairUnique(KeyFn key, MatchReason reason)
{
    // key -> (old id or "" when several, count), same for new.
    struct Slot {
        QString oldId, newId;
        int olds = 0, news = 0;
    };
    QHash<QString, Slot> buckets;
    std::vector<QString> oldKeys;   // by unmatched old node (keys before any pairing)
    oldKeys.reserve(m_oldLeft.size());
    for (const Node *o : m_oldLeft) {
        const QString k = (this->*key)(m_old, *o, true);
        oldKeys.push_back(k);
        if (k.isEmpty())
            continue;
        Slot &s = buckets[k];
        s.oldId = o->id;
        ++s.olds;
    }
    if (buckets.isEmpty())
        return 0;
    for (const Node *n : m_newLeft) {
        const QString k = (this->*key)(m_new, *n, false);
        auto it = buckets.find(k);
        if (k.isEmpty() || it == buckets.end())
            continue;
        it->newId = n->id;
        ++it->news;
    }
    // Pair in the old design's order, so the matches come out stable.
    int found = 0;
    for (const QString &k : oldKeys) {
        auto it = buckets.constFind(k);
        if (k.isEmpty() || it == buckets.constEnd() || it->olds != 1 || it->news != 1)
            continue;
        pair(it->oldId, it->newId, reason);
        ++found;
    }
    if (found) {
        auto gone = [](const QHash<QString, QString> &m) { return [&m](const Node *n) { return m.contains(n->id); }; };
        m_oldLeft.erase(std::remove_if(m_oldLeft.begin(), m_oldLeft.end(), gone(m_oldToNew)), m_oldLeft.end());
        m_newLeft.erase(std::remove_if(m_newLeft.begin(), m_newLeft.end(), gone(m_newToOld)), m_newLeft.end());
    }
    return found;
}

QString NodeMatcher::labelHostKey(const Design &, const Node &n, bool) const
{
    const QString host = hostnameOf(n);
    if (n.label.isEmpty() || host.isEmpty())
        return {};
    return kindName(n.kind) + QLatin1Char('\x1f') + n.label + QLatin1Char('\x1f') + host;
}

QString NodeMatcher::hostKey(const Design &, const Node &n, bool) const
{
    const QString host = hostnameOf(n);
    return host.isEmpty() ? QString() : kindName(n.kind) + QLatin1Char('\x1f') + host;
}

QString NodeMatcher::labelKey(const Design &, const Node &n, bool) const
{
    return n.label.isEmpty() ? QString() : kindName(n.kind) + QLatin1Char('\x1f') + n.label;
}

QString NodeMatcher::anchor(const QString &id, bool isOld) const
{
    if (!isOld)
        return m_newToOld.contains(id) ? id : QString();
    return m_oldToNew.value(id);
}

QStringList NodeMatcher::neighbours(const Design &, const QString &id, bool isOld) const
{
    QStringList out;
    for (const QString &other : (isOld ? m_oldAdj : m_newAdj).value(id)) {
        const QString a = anchor(other, isOld);
        if (!a.isEmpty())
            out << a;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString NodeMatcher::neighbourKey(const Design &d, const Node &n, bool isOld) const
{
    const QString parent = n.parent.isEmpty() ? QString() : anchor(n.parent, isOld);
    if (!n.parent.isEmpty() && parent.isEmpty())
        return {};
    const QStringList near = neighbours(d, n.id, isOld);
    if (near.isEmpty())
        return {};
    return kindName(n.kind) + QLatin1Char('\x1f') + parent + QLatin1Char('\x1f') + near.join(QLatin1Char('\x1e'));
}

QString NodeMatcher::neighbourOnlyKey(const Design &d, const Node &n, bool isOld) const
{
    const QStringList near = neighbours(d, n.id, isOld);
    return near.isEmpty() ? QString() : kindName(n.kind) + QLatin1Char('\x1d') + near.join(QLatin1Char('\x1e'));
}

QString NodeMatcher::parentKey(const Design &, const Node &n, bool isOld) const
{
    const QString parent = n.parent.isEmpty() ? QString() : anchor(n.parent, isOld);
    return parent.isEmpty() ? QString() : kindName(n.kind) + QLatin1Char('\x1c') + parent;
}

} // namespace sw
