// Adds Tools > Deploy... (the deploy dialog, one per window, kept between uses).
#pragma once

namespace sw {

struct EditorContext;

void attachDeploy(EditorContext &context);

} // namespace sw
