#include "editorfeatures.h"
#include "accessibilityfeature.h"
#include "analysisfeature.h"
#include "bundleexport.h"
#include "comparefeature.h"
#include "deployfeature.h"
#include "findingsfeature.h"
#include "pictureexport.h"

// One line per feature; each feature's attach function lives with its widgets.

namespace sw {

void attachFeatures(EditorContext &context)
{
    attachAnalysis(context);
    attachBundleExport(context);
    attachCompare(context);
    attachDeploy(context);
    attachFindings(context);
    attachPictureExport(context);
    attachAccessibility(context);   // last: names the widgets the others added
}

} // namespace sw
