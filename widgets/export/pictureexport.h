// The picture export feature: File > Export > PNG/SVG/PDF/DOT/Report...,
// Edit > Copy as Image, File > Print..., Tools > Arrange / Arrange New Nodes.
#pragma once

#include "widgets/canvas/editorcontext.h"

namespace sw {

class ArrangeController;
class PictureExportActions;

struct PictureExportFeature {
    PictureExportActions *exports = nullptr;
    ArrangeController *arrange = nullptr;
};

// Adds the actions to ctx's menus (any of which may be null). The objects are
// children of ctx.window (or of ctx.model without a window).
PictureExportFeature attachPictureExport(EditorContext &ctx);

} // namespace sw
