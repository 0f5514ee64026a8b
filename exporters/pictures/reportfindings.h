// The validator's findings for the report. The validator (core/rules, swrules)
// is optional at build time: without it the report says it was not run.
#pragma once

#include "core/model/design.h"
#include "core/model/overlay.h"

namespace sw {

struct ReportFinding {
    QString rule;
    Severity severity = Severity::Warning;
    QStringList nodes;
    QString message;
    QString why;
    QString fix;
};

struct ReportFindings {
    bool available = false;      // false: no validator in this build
    QString profile;             // the profile checked against
    QVector<ReportFinding> findings;
};

ReportFindings collectFindings(const Design &design);
QString severityText(Severity s);

} // namespace sw
