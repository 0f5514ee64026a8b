// Deletes nodes (with their children and links) and links. References to a
// deleted node in other nodes' properties (cluster members, dns target,
// installed_on, ...) are dropped too, and all of it comes back on undo.
#pragma once

#include "core/model/designmodel.h"

#include <QUndoCommand>

namespace sw {

class RemoveItemsCommand : public QUndoCommand {
public:
    RemoveItemsCommand(DesignModel *model, const QStringList &ids, const QString &text,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    // Ids of all nodes and links this command removes (after expansion).
    QStringList removedIds() const;

private:
    struct PropEdit {
        QString node;
        QString key;
        QVariant before;
        QVariant after;
    };
    void collect(const QStringList &ids);

    DesignModel *m_model;
    QVector<std::pair<Node, int>> m_nodes;   // in removal order (children first)
    QVector<std::pair<Link, int>> m_links;
    QVector<PropEdit> m_edits;
    bool m_collected = false;
    QStringList m_requested;
};

} // namespace sw
