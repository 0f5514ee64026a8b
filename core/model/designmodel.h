// The observable design: owns a Design and emits a signal for every change.
// Views (the canvas, the panels) observe it; undo commands are the only code
// that calls its mutators in the GUI. Nothing here knows about widgets.
#pragma once

#include "core/model/design.h"

#include <QObject>

namespace sw {

class DesignModel : public QObject {
    Q_OBJECT
public:
    explicit DesignModel(QObject *parent = nullptr);

    const Design &design() const { return m_design; }
    const Node *node(const QString &id) const { return m_design.node(id); }
    const Link *link(const QString &id) const { return m_design.link(id); }

    // Replaces the whole design (open, new, revert). Emits designReset().
    void reset(Design design);

    // Mutators. Each one emits its signal and changed(). They assume the
    // caller checked validity (ids exist, new ids are free).
    void insertNode(const Node &node, int index = -1);
    // Removes the node only (not its children, not its links). Returns the
    // removed node and its index.
    std::pair<Node, int> takeNode(const QString &id);
    void setNodePos(const QString &id, const QPointF &pos) { setNodePlacement(id, true, pos); }
    // `hasPos` false puts the node back to "lay me out" (undo of a first move).
    void setNodePlacement(const QString &id, bool hasPos, const QPointF &pos);
    void setNodeLabel(const QString &id, const QString &label);
    // An invalid value removes the key.
    void setNodeProp(const QString &id, const QString &key, const QVariant &value);
    void setNodeParent(const QString &id, const QString &parent, const QPointF &pos, bool hasPos = true);

    void insertLink(const Link &link, int index = -1);
    std::pair<Link, int> takeLink(const QString &id);
    void replaceLink(const Link &link);

    void setName(const QString &name);
    void setProfile(const QString &profile);
    void setSuppressions(const QVector<Suppression> &s);
    void setExtension(const QString &key, const QJsonValue &value);

signals:
    void designReset();
    void nodeAdded(const QString &id);
    void nodeAboutToBeRemoved(const QString &id);
    void nodeRemoved(const QString &id);
    void nodeMoved(const QString &id);
    void nodeChanged(const QString &id);          // label or props
    // Emitted just before nodeChanged(), saying what changed (for the
    // incremental validator: a property re-checks only the rules that read it).
    void nodePropertyChanged(const QString &id, const QString &key);
    void nodeLabelChanged(const QString &id);
    void nodeReparented(const QString &id, const QString &oldParent);
    void linkAdded(const QString &id);
    void linkAboutToBeRemoved(const QString &id);
    void linkRemoved(const QString &id);
    void linkChanged(const QString &id);
    void metaChanged();                           // name, profile, suppressions, extensions
    void changed();                               // after any of the above

private:
    Design m_design;
};

} // namespace sw
