#include "core/model/overlay.h"

namespace sw {

namespace {
template <typename Set>
QStringList symmetricDifference(const Set &a, const Set &b)
{
    QStringList out;
    for (auto it = a.begin(); it != a.end(); ++it)
        if (!b.contains(*it))
            out << *it;
    for (auto it = b.begin(); it != b.end(); ++it)
        if (!a.contains(*it))
            out << *it;
    return out;
}
} // namespace

void Overlay::setBadges(const QHash<QString, Severity> &badges)
{
    if (badges == m_badges)
        return;
    QStringList ids;
    for (auto it = badges.begin(); it != badges.end(); ++it)
        if (m_badges.value(it.key(), Severity(-1)) != it.value())
            ids << it.key();
    for (auto it = m_badges.begin(); it != m_badges.end(); ++it)
        if (!badges.contains(it.key()))
            ids << it.key();
    m_badges = badges;
    emit changed(ids);
}

void Overlay::setRunState(const QString &id, RunState state)
{
    if (runState(id) == state)
        return;
    m_run.insert(id, state);
    emit changed({id});
}

void Overlay::clearRunStates()
{
    if (m_run.isEmpty())
        return;
    const QStringList ids = m_run.keys();
    m_run.clear();
    emit changed(ids);
}

void Overlay::setFailed(const QSet<QString> &ids)
{
    if (ids == m_failed)
        return;
    const QStringList diff = symmetricDifference(m_failed, ids);
    m_failed = ids;
    emit changed(diff);
}

void Overlay::setHighlighted(const QSet<QString> &ids)
{
    if (ids == m_highlighted)
        return;
    const QStringList diff = symmetricDifference(m_highlighted, ids);
    m_highlighted = ids;
    emit changed(diff);
}

} // namespace sw
