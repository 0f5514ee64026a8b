#include "additemscommand.h"

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

} // namespace sw
