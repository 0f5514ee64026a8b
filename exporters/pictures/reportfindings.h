// The validator's findings for the report.
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
    QString profile;             // the profile checked against
    QVector<ReportFinding> findings;
};

ReportFindings collectFindings(const Design &design);
QString severityText(Severity s);

} // namespace sw
