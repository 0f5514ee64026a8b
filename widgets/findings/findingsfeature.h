// The findings feature: adds the findings dock to the main window.
#pragma once

#include "widgets/canvas/editorcontext.h"

namespace sw {
void attachFindings(EditorContext &ctx);
}
