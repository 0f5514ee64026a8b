// Moves nodes. Consecutive steps of one drag (same nodes, same drag id)
// merge into a single undo step, as do repeated arrow-key nudges.
#pragma once

#include "core/model/designmodel.h"

#include <QHash>
#include <QUndoCommand>

namespace sw {

class MoveNodesCommand : public QUndoCommand {
public:
    // `dragId` > 0 lets later commands with the same id merge into this one.
    MoveNodesCommand(DesignModel *model, QHash<QString, QPointF> newPositions, int dragId = 0,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return m_dragId > 0 ? 0x5701 : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    DesignModel *m_model;
    QHash<QString, QPointF> m_after;
    QHash<QString, std::pair<bool, QPointF>> m_before; // hasPos, pos
    int m_dragId;
};

} // namespace sw
