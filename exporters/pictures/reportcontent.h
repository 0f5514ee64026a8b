// The text of the report as HTML (shared by the HTML file and the PDF):
// summary, request path, servers with what runs on them and why, the
// design's reasons, and the validator's findings with why and fix.
#pragma once

#include "exporters/pictures/pictureoptions.h"
#include "exporters/pictures/reportfindings.h"

#include "core/model/design.h"

namespace sw {

struct ReportContent {
    QString title;        // plain text
    QString summaryHtml;  // a paragraph under the title
    QString bodyHtml;     // the sections after the diagram

    static ReportContent build(const Design &design, const PictureOptions &options, const ReportFindings &findings);
};

} // namespace sw
