// The editor tests exercise the editor itself: no feature docks attached.
#include "app/editorfeatures.h"

namespace sw {
void attachFeatures(EditorContext &) {}
}
