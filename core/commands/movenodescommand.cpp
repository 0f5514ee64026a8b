#include "core/commands/movenodescommand.h"

#include <QCoreApplication>

namespace sw {

MoveNodesCommand::MoveNodesCommand(DesignModel *model, QHash<QString, QPointF> newPositions, int dragId,
                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_after(std::move(newPositions)), m_dragId(dragId)
{
    for (auto it = m_after.constBegin(); it != m_after.constEnd(); ++it)
        if (const Node *n = model->node(it.key()))
            m_before.insert(it.key(), {n->hasPos, n->pos});
    setText(m_after.size() == 1 ? QCoreApplication::translate("sw::Commands", "Move %1").arg(m_after.constBegin().key())
                                : QCoreApplication::translate("sw::Commands", "Move %n node(s)", nullptr, int(m_after.size())));
}

void MoveNodesCommand::redo()
{
    for (auto it = m_after.constBegin(); it != m_after.constEnd(); ++it)
        m_model->setNodePos(it.key(), it.value());
}

void MoveNodesCommand::undo()
{
    // A node that had no position goes back to "lay me out".
    for (auto it = m_before.constBegin(); it != m_before.constEnd(); ++it)
        m_model->setNodePlacement(it.key(), it.value().first, it.value().second);
}

bool MoveNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveNodesCommand *>(other);
    if (o->m_dragId != m_dragId || m_dragId <= 0)
        return false;
    if (QSet<QString>(o->m_after.keyBegin(), o->m_after.keyEnd())
        != QSet<QString>(m_after.keyBegin(), m_after.keyEnd()))
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace sw
