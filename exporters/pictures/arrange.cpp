#include "exporters/pictures/arrange.h"

#include "core/commands/movenodescommand.h"
#include "core/model/designmodel.h"

namespace sw {

std::unique_ptr<QUndoCommand> makeArrangeCommand(DesignModel *model, const LayoutResult &result, const QString &text)
{
    if (!model || !result.ok || result.cancelled)
        return nullptr;
    QHash<QString, QPointF> moves;
    for (auto it = result.positions.constBegin(); it != result.positions.constEnd(); ++it) {
        const Node *n = model->node(it.key());
        if (n && (!n->hasPos || n->pos != *it))
            moves.insert(it.key(), *it);
    }
    if (moves.isEmpty())
        return nullptr;
    auto cmd = std::make_unique<MoveNodesCommand>(model, std::move(moves));
    cmd->setText(text);
    return cmd;
}

} // namespace sw
