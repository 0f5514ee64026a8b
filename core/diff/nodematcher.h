// Pairs the nodes of two designs: first by id (same kind), then, for the
// nodes left over, by unique signatures: kind + label + host name, kind +
// host name, kind + label, then by neighbourhood (kind + matched parent +
// matched neighbours: link ends and nodes named in properties), repeated
// while it finds pairs. A signature is
// used only when exactly one old and one new node share it, so the matcher
// never guesses between two candidates. O(n log n).
#pragma once

#include "core/diff/designdiff.h"

#include <QHash>

namespace sw {

class NodeMatcher {
public:
    NodeMatcher(const Design &oldDesign, const Design &newDesign);
    const QVector<NodeMatch> &matches() const { return m_matches; }
    QString newIdOf(const QString &oldId) const { return m_oldToNew.value(oldId); }
    QString oldIdOf(const QString &newId) const { return m_newToOld.value(newId); }
    const QHash<QString, QString> &oldToNew() const { return m_oldToNew; }
    MatchReason reasonOf(const QString &newId) const { return m_reason.value(newId, MatchReason::Id); }

private:
    using KeyFn = QString (NodeMatcher::*)(const Design &, const Node &, bool isOld) const;
    int pairUnique(KeyFn key, MatchReason reason);
    void pair(const QString &oldId, const QString &newId, MatchReason reason);
    QString labelHostKey(const Design &d, const Node &n, bool isOld) const;
    QString hostKey(const Design &d, const Node &n, bool isOld) const;
    QString labelKey(const Design &d, const Node &n, bool isOld) const;
    QString neighbourKey(const Design &d, const Node &n, bool isOld) const;
    QString neighbourOnlyKey(const Design &d, const Node &n, bool isOld) const;
    QString parentKey(const Design &d, const Node &n, bool isOld) const;
    // A matched node's id in the new design's terms (old ids mapped); empty when unmatched.
    QString anchor(const QString &id, bool isOld) const;
    QStringList neighbours(const Design &d, const QString &id, bool isOld) const;

    const Design &m_old;
    const Design &m_new;
    QVector<NodeMatch> m_matches;
    QHash<QString, QString> m_oldToNew;
    QHash<QString, QString> m_newToOld;
    QHash<QString, MatchReason> m_reason;   // by new id, for matches other than by id
    std::vector<const Node *> m_oldLeft;    // unmatched, in document order
    std::vector<const Node *> m_newLeft;
    QHash<QString, QStringList> m_oldAdj;   // node -> other ends of its links
    QHash<QString, QStringList> m_newAdj;
};

} // namespace sw
