// The editor features the main window attaches, each adding its docks,
// menus and actions through the EditorContext.
#pragma once

#include "widgets/canvas/editorcontext.h"

namespace sw {
void attachFeatures(EditorContext &context);
}
