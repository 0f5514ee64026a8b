// Changes a link's ends, protocol, port or label.
#pragma once

#include "core/model/designmodel.h"

#include <QUndoCommand>

namespace sw {

class EditLinkCommand : public QUndoCommand {
public:
    EditLinkCommand(DesignModel *model, const Link &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    DesignModel *m_model;
    Link m_before, m_after;
};

} // namespace sw
