// File > Export > "Shell scripts..." and "Ansible project...": asks for a
// folder and writes the deploy bundle of the current design into it
// (exporters/bundle). Errors in a message box, success in the status bar.
#pragma once

#include "widgets/canvas/editorcontext.h"

namespace sw {

void attachBundleExport(EditorContext &ctx);

} // namespace sw
