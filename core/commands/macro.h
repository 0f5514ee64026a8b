// Compound edits: children are created with the macro as parent, and the
// macro is pushed only when it has children (an empty macro would leave a
// no-op step in the undo history).
#pragma once

#include <QUndoStack>
#include <memory>

namespace sw {

inline bool pushMacro(QUndoStack *stack, std::unique_ptr<QUndoCommand> macro)
{
    if (!macro || macro->childCount() == 0)
        return false;
    stack->push(macro.release()); // the stack owns it from here
    return true;
}

} // namespace sw
