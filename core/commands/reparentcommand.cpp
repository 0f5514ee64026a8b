#include "core/commands/reparentcommand.h"

#include <QCoreApplication>

namespace sw {

ReparentCommand::ReparentCommand(DesignModel *model, const QString &nodeId, const QString &newParent,
                                 const QPointF &newPos, QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_node(nodeId), m_newParent(newParent), m_newPos(newPos)
{
    if (const Node *n = model->node(nodeId)) {
        m_oldParent = n->parent;
        m_oldPos = n->pos;
        m_oldHasPos = n->hasPos;
    }
    setText(newParent.isEmpty() ? QCoreApplication::translate("sw::Commands", "Take %1 out").arg(nodeId)
                                : QCoreApplication::translate("sw::Commands", "Move %1 into %2").arg(nodeId, newParent));
}

void ReparentCommand::redo() { m_model->setNodeParent(m_node, m_newParent, m_newPos); }
void ReparentCommand::undo() { m_model->setNodeParent(m_node, m_oldParent, m_oldPos, m_oldHasPos); }

} // namespace sw
