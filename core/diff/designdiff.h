// A semantic diff of two designs: which nodes and links were added, removed
// or changed, property by property, matched by id and, where ids differ, by
// kind, label, host name and neighbourhood (nodematcher.h).
//
//   const DesignDiff d = diffDesigns(oldDesign, newDesign);
//   for (const Change &c : d.changes) ... c.text() ...
//
// Every change names its subject in both designs (oldId, newId). References
// to other nodes (a link's ends, a dns target, cluster members, a parent) are
// compared through the match, so renaming an id shows as one "id" change and
// nothing else. Layout-only moves are kept apart (layoutChanges) and are not
// counted as differences. Near-linear: hashes and sorts only.
#pragma once

#include "core/model/design.h"

#include <QStringList>
#include <QVector>

namespace sw {

enum class ChangeType {
    NodeAdded,        // newId; value: kind
    NodeRemoved,      // oldId; value: kind
    NodeIdChanged,    // a node matched under another id; oldValue/newValue: ids, detail: how
    NodeRenamed,      // the label changed
    NodeMoved,        // the parent changed (between servers, zones, top level)
    NodeKindChanged,  // same id, another kind
    PropertyChanged,  // key, oldValue, newValue (empty: unset)
    ClusterMembers,   // members of a cluster: added / removed (new ids)
    LinkAdded,
    LinkRemoved,
    LinkIdChanged,    // a link matched by its ends under another id
    LinkRetargeted,   // key "from" or "to": the end changed
    LinkProtocol,     // protocol changed
    LinkPort,         // port changed (as effective ports)
    LinkLabel,
    DesignSetting,    // key: "name", "profile", "suppressions", or an extension's name
    LayoutMoved,      // position only (hidden by default)
};

// The stable name of a change type ("node-added", ...), for JSON.
QString changeTypeName(ChangeType t);

enum class MatchReason { Id, LabelAndHost, Host, Label, Neighbourhood };
QString matchReasonName(MatchReason r);    // "id", "label+hostname", ...
QString matchReasonTitle(MatchReason r);   // translated: "by label and host name"

struct NodeMatch {
    QString oldId;
    QString newId;
    MatchReason reason = MatchReason::Id;
};

struct Change {
    ChangeType type = ChangeType::NodeAdded;
    QString oldId;          // subject in the old design (empty: added)
    QString newId;          // subject in the new design (empty: removed)
    QString key;            // property or field
    QString oldValue;       // as text; empty: unset
    QString newValue;
    QStringList added;      // cluster members
    QStringList removed;
    QString detail;         // match reason for *IdChanged, kind for added/removed

    bool isNode() const;
    bool isLink() const { return !isNode() && type != ChangeType::DesignSetting; }
    // The id to show: the new one, or the old one for a removal.
    QString subject() const { return newId.isEmpty() ? oldId : newId; }
    // One line for people (translated): "web-2: property tls: off → on".
    QString text() const;
    // A stable one-line key for tests and sorting: "property apache tls off>on".
    QString signature() const;
};

struct DesignDiff {
    QVector<NodeMatch> nodeMatches;    // every matched pair (by id too)
    QVector<Change> changes;           // semantic changes, in a stable order
    QVector<Change> layoutChanges;     // position-only moves

    bool isEmpty() const { return changes.isEmpty(); }
    // Old id -> new id, for matched nodes.
    QHash<QString, QString> oldToNew() const;
    // The ids in the new design that were added, changed; the old ids removed.
    QStringList addedNodes() const;
    QStringList changedNodes() const;
    QStringList removedNodes() const;
};

DesignDiff diffDesigns(const Design &oldDesign, const Design &newDesign);

} // namespace sw
