// The editor tests exercise the editor itself: no feature docks attached.
#include "features.h"

namespace sw {
void attachFeatures(EditorContext &) {}
}
