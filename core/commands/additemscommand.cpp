#include "core/commands/additemscommand.h"

#include "core/commands/movenodescommand.h"
#include "core/model/placement.h"

namespace sw {

AddItemsCommand::AddItemsCommand(DesignModel *model, QVector<Node> nodes, QVector<Link> links,
                                 const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model), m_nodes(std::move(nodes)), m_links(std::move(links))
{
}

void AddItemsCommand::redo()
{
    for (const Node &n : std::as_const(m_nodes))
        m_model->insertNode(n);
    for (const Link &l : std::as_const(m_links))
        m_model->insertLink(l);
}

void AddItemsCommand::undo()
{
    for (auto it = m_links.crbegin(); it != m_links.crend(); ++it)
        m_model->takeLink(it->id);
    for (auto it = m_nodes.crbegin(); it != m_nodes.crend(); ++it)
        m_model->takeNode(it->id);
}

std::unique_ptr<QUndoCommand> addPlacedItems(DesignModel *model, QVector<Node> nodes, QVector<Link> links,
                                             const QString &text, QVector<Node> *placed)
{
    const Design &before = model->design();
    settleNewNodes(before, nodes);
    Design after = before;
    for (const Node &n : std::as_const(nodes))
        after.insertNode(n);
    QHash<QString, QPointF> moves = makeRoom(before, after);
    // Moves of new nodes go into the nodes themselves.
    for (Node &n : nodes)
        if (auto it = moves.find(n.id); it != moves.end()) {
            n.pos = *it;
            moves.erase(it);
        }
    if (placed)
        *placed = nodes;
    auto macro = std::make_unique<QUndoCommand>(text);
    new AddItemsCommand(model, std::move(nodes), std::move(links), text, macro.get());
    if (!moves.isEmpty())
        new MoveNodesCommand(model, moves, 0, macro.get());
    return macro;
}

} // namespace sw
