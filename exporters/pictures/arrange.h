// The undoable "Arrange": a layout result applied to the model as ONE undo
// step (a MoveNodesCommand), with nodes removed since the layout started left out.
#pragma once

#include "exporters/pictures/graphvizlayout.h"

#include <QUndoCommand>
#include <memory>

namespace sw {

class DesignModel;

// Null when nothing would move.
std::unique_ptr<QUndoCommand> makeArrangeCommand(DesignModel *model, const LayoutResult &result, const QString &text);

} // namespace sw
