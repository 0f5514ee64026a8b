// Adds nodes and links in one step (add from the palette, paste, connect,
// parts of a quick fix). Undo removes exactly what it added.
#pragma once

#include "core/model/designmodel.h"

#include <QUndoCommand>
#include <memory>

namespace sw {

class AddItemsCommand : public QUndoCommand {
public:
    AddItemsCommand(DesignModel *model, QVector<Node> nodes, QVector<Link> links, const QString &text,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    const QVector<Node> &nodes() const { return m_nodes; }
    const QVector<Link> &links() const { return m_links; }

private:
    DesignModel *m_model;
    QVector<Node> m_nodes;   // parents before children
    QVector<Link> m_links;
};

// Adds new nodes the way paste and duplicate do: named and placed by
// settleNewNodes() (unique labels and host names, fresh addresses, no box
// over another), and the siblings of a container they make grow pushed
// aside (makeRoom()). One undo step; `placed` (if given) gets the nodes as
// they are added.
std::unique_ptr<QUndoCommand> addPlacedItems(DesignModel *model, QVector<Node> nodes, QVector<Link> links,
                                             const QString &text, QVector<Node> *placed = nullptr);

} // namespace sw
