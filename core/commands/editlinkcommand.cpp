#include "core/commands/editlinkcommand.h"

#include <QCoreApplication>

namespace sw {

EditLinkCommand::EditLinkCommand(DesignModel *model, const Link &after, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("sw::Commands", "Change link %1").arg(after.id), parent),
      m_model(model), m_after(after)
{
    if (const Link *l = model->link(after.id))
        m_before = *l;
}

void EditLinkCommand::redo() { m_model->replaceLink(m_after); }
void EditLinkCommand::undo() { m_model->replaceLink(m_before); }

} // namespace sw
