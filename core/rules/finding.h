// One result of the validator: which rule, how bad, about which nodes, and
// what to tell the student (the message, why it matters, how to fix it).
#pragma once

#include "core/model/overlay.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sw {

struct Finding {
    QString rule;                          // stable id, e.g. "SPOF"
    Severity severity = Severity::Warning;
    QStringList nodes;                     // node (or link) ids; empty: the whole design
    QString message;                       // what is wrong here, naming the nodes
    QString why;                           // why it matters (from the catalog)
    QString fix;                           // what to do (from the catalog)
    QString property;                      // the property it is about, when one (PROP-MISSING: the
                                           // absent one), for the fix that focuses its editor

    bool operator==(const Finding &o) const
    {
        return rule == o.rule && severity == o.severity && nodes == o.nodes && message == o.message;
    }
};

using Findings = std::vector<Finding>;

// "error", "warning", "info" (the format's names, never translated).
QString severityName(Severity s);
std::optional<Severity> severityFromName(const QString &name);
// Translated, for people ("Error", "Warning", "Info").
QString severityTitle(Severity s);

} // namespace sw
