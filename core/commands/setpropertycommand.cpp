#include "core/commands/setpropertycommand.h"

#include <QCoreApplication>

namespace sw {

SetPropertyCommand::SetPropertyCommand(DesignModel *model, const QString &nodeId, const QString &key,
                                       const QVariant &value, QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_node(nodeId), m_key(key), m_after(value)
{
    if (const Node *n = model->node(nodeId))
        m_before = key == labelKey() ? QVariant(n->label) : n->props.value(key);
    setText(QCoreApplication::translate("sw::Commands", "Change %1 of %2").arg(key, nodeId));
}

void SetPropertyCommand::apply(const QVariant &v)
{
    if (m_key == labelKey())
        m_model->setNodeLabel(m_node, v.toString());
    else
        m_model->setNodeProp(m_node, m_key, v);
}

void SetPropertyCommand::redo() { apply(m_after); }
void SetPropertyCommand::undo() { apply(m_before); }

} // namespace sw
