// Moves a node into another container (a service into a server, a server
// into a zone) or out to the top level, keeping where it is on the canvas.
#pragma once

#include "core/model/designmodel.h"

#include <QUndoCommand>

namespace sw {

class ReparentCommand : public QUndoCommand {
public:
    // `newPos` is relative to `newParent` (empty parent: the top level).
    ReparentCommand(DesignModel *model, const QString &nodeId, const QString &newParent, const QPointF &newPos,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    DesignModel *m_model;
    QString m_node;
    QString m_oldParent, m_newParent;
    QPointF m_oldPos, m_newPos;
    bool m_oldHasPos = false;
};

} // namespace sw
