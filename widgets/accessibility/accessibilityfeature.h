// The accessibility feature: the canvas's accessible interface and keyboard
// walk, and accessible names and descriptions for the main window's widgets.
#pragma once

#include "widgets/canvas/editorcontext.h"

class QWidget;

namespace sw {

void attachAccessibility(EditorContext &ctx);

// Gives every widget of `window` that a screen reader would announce without a
// name one (its label's text, tool tip, placeholder or dock title), and its
// tool tip as description. Returns how many were named.
int nameUnnamedWidgets(QWidget *window);

} // namespace sw
