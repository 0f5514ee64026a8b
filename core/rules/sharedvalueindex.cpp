#include "core/rules/sharedvalueindex.h"

#include "core/model/propertykeys.h"
#include "core/rules/rulechecks.h"

namespace sw {

bool SharedValueIndex::counts(const QString &key)
{
    return key == keys::address || key == keys::hostname;
}

QString SharedValueIndex::canonical(const QString &key, const Node &n)
{
    if (n.kind != Kind::Server)
        return {};
    const auto it = n.props.constFind(key);
    const QString value = it == n.props.constEnd() ? QString() : it->toString();
    if (value.isEmpty())
        return {};
    return key == keys::address ? checks::addressKey(value) : value.toLower();
}

void SharedValueIndex::build(const Design &d)
{
    for (Values *v : {&m_address, &m_hostname}) {
        v->count.clear();
        v->byNode.assign(d.nodes().size(), QString());
    }
    for (const Node *s : d.nodesOfKind(Kind::Server)) {
        const size_t i = size_t(s - d.nodes().data());
        for (auto [key, v] : {std::pair{&keys::address, &m_address}, std::pair{&keys::hostname, &m_hostname}}) {
            QString c = canonical(*key, *s);
            if (c.isEmpty())
                continue;
            ++v->count[c];
            v->byNode[i] = std::move(c);
        }
    }
}

bool SharedValueIndex::update(const Design &d, int node, const QString &key)
{
    Values &v = key == keys::address ? m_address : m_hostname;
    if (node < 0 || node >= int(v.byNode.size()) || node >= int(d.nodes().size()))
        return true;
    const Node &n = d.nodes()[size_t(node)];
    if (n.kind != Kind::Server)
        return false; // only servers' values are compared
    QString now = canonical(key, n);
    QString &before = v.byNode[size_t(node)];
    auto shared = [&v](const QString &c) {
        const auto it = v.count.find(c);
        return it != v.count.end() && it->second >= 2;
    };
    if (now == before) // the same value, perhaps written otherwise: shown as written when shared
        return !now.isEmpty() && shared(now);
    bool changed = false;
    if (!before.isEmpty()) {
        changed = shared(before);
        if (--v.count[before] == 0)
            v.count.erase(before);
    }
    if (!now.isEmpty()) {
        changed = ++v.count[now] >= 2 || changed;
    }
    before = std::move(now);
    return changed;
}

} // namespace sw
