#include "exporters/pictures/reportfindings.h"

#include <QCoreApplication>

#include "core/rules/validator.h"

namespace sw {

ReportFindings collectFindings(const Design &design)
{
    ReportFindings out;
    const ValidationResult r = Validator::validate(design);
    out.profile = r.profile;
    out.findings.reserve(int(r.findings.size()));
    for (const Finding &f : r.findings)
        out.findings.append({f.rule, f.severity, f.nodes, f.message, f.why, f.fix});
    return out;
}

QString severityText(Severity s)
{
    switch (s) {
    case Severity::Error: return QCoreApplication::translate("sw::Report", "error");
    case Severity::Warning: return QCoreApplication::translate("sw::Report", "warning");
    case Severity::Info: return QCoreApplication::translate("sw::Report", "info");
    }
    return {};
}

} // namespace sw
