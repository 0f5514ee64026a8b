#include "exporters/pictures/tiers.h"

namespace sw {

namespace {
// The kind catalog's request tier.
Tier leafTier(Kind k)
{
    switch (kindTier(k)) {
    case KindTier::Users: return Tier::Internet;
    case KindTier::Entry: return Tier::Entry;
    case KindTier::Web: return Tier::Web;
    case KindTier::App: return Tier::App;
    case KindTier::Data: return Tier::Data;
    case KindTier::Outside: return Tier::Outside;
    }
    return Tier::Outside;
}
} // namespace

DesignIndex::DesignIndex(const Design &design) : m_design(design)
{
    m_tier.reserve(int(design.nodes().size()));
    for (const Node &n : design.nodes()) {
        if (!n.parent.isEmpty())
            m_children[n.parent].append(n.id);
        m_tier.insert(n.id, leafTier(n.kind));
    }
    for (const Node &n : design.nodes()) {
        if (n.kind != Kind::Server)
            continue;
        Tier best = Tier::Outside;
        for (const QString &c : m_children.value(n.id)) {
            const Node *cn = design.node(c);
            if (cn && cn->kind != Kind::Firewall && cn->kind != Kind::MonitoringAgent)
                best = std::min(best, leafTier(cn->kind));
        }
        m_tier.insert(n.id, best);
    }
}

const QStringList &DesignIndex::children(const QString &id) const
{
    static const QStringList none;
    auto it = m_children.constFind(id);
    return it == m_children.constEnd() ? none : *it;
}

QString DesignIndex::topLevel(const QString &id) const
{
    const Node *n = m_design.node(id);
    int guard = 0;
    while (n && !n->parent.isEmpty() && guard++ < 64) {
        const Node *p = m_design.node(n->parent);
        if (!p)
            break;
        n = p;
    }
    return n ? n->id : id;
}

} // namespace sw
