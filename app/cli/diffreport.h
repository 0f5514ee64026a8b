// What `stackwright-cli diff` prints: the changes of two designs (core/diff),
// what they do (findings, availability, single points of failure) and the
// shell bundle files that change, as text, JSON or Markdown for a review.
#pragma once

#include "exporters/bundle/bundlediff.h"
#include "core/diff/designdiff.h"
#include "core/diff/diffimpact.h"

#include <QJsonObject>
#include <QTextStream>

namespace sw::cli {

struct DiffReport {
    QString oldName, newName;       // as given on the command line
    DesignDiff diff;
    DiffImpact impact;
    bundle::BundleDiff bundle;
    bool showLayout = false;        // --layout: list layout-only moves too

    static DiffReport compute(const Design &oldDesign, const Design &newDesign);
    void printText(QTextStream &out) const;
    void printMarkdown(QTextStream &out) const;
    QJsonObject toJson() const;     // {"format": "stackwright-diff", "version": 1, ...}
};

} // namespace sw::cli
