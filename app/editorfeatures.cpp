#include "app/editorfeatures.h"
#include "widgets/accessibility/accessibilityfeature.h"
#include "widgets/analysis/analysisfeature.h"
#include "widgets/bundle/bundleexport.h"
#include "widgets/compare/comparefeature.h"
#include "widgets/deploy/deployfeature.h"
#include "widgets/findings/findingsfeature.h"
#include "widgets/export/pictureexport.h"
#include "widgets/labverify/labverifyfeature.h"
#include "widgets/lab/labfeature.h"

// One line per feature; each feature's attach function lives with its widgets.

namespace sw {

void attachFeatures(EditorContext &context)
{
    attachAnalysis(context);
    attachBundleExport(context);
    attachCompare(context);
    attachDeploy(context);
    attachFindings(context);
    attachLabVerify(context);
    attachPictureExport(context);
    attachLab(context);             // after analysis: its request-flow panel and what-if
    attachAccessibility(context);   // last: names the widgets the others added
}

} // namespace sw
