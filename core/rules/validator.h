// Runs every rule of the catalog on a design, with a spec profile (the
// design's own by default) and the design's switched-off rules.
#pragma once

#include "core/rules/finding.h"

#include <QHash>

namespace sw {

class Design;

struct ValidationResult {
    QString profile;                   // the profile used; empty: none
    Findings findings;                 // errors first, then warnings, then infos
    int suppressed = 0;                // findings not reported: their rule is switched off
    QHash<QString, int> suppressedByRule;

    int count(Severity s) const;
    bool hasErrors() const { return count(Severity::Error) > 0; }
    // The worst severity of the findings about each node.
    QHash<QString, Severity> worstByNode() const;
};

class Validator {
public:
    // `profile`: empty = the design's own profile; "none" = no profile;
    // otherwise a name of profileCatalog() (an unknown name counts as none:
    // callers check names with findProfile()).
    static ValidationResult validate(const Design &design, const QString &profile = QString());
    static QString noProfile() { return QStringLiteral("none"); }
};

} // namespace sw
