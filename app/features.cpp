#include "features.h"

// One line per feature; each feature's attach function lives with its widgets.

namespace sw {

void attachFeatures(EditorContext &context)
{
    Q_UNUSED(context);
}

} // namespace sw
