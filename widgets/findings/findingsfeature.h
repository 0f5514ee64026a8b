// The findings feature: adds the findings dock to the main window.
#pragma once

#include "editorcontext.h"

namespace sw {
void attachFindings(EditorContext &ctx);
}
