// What a submission misses compared with a model answer (grade --model):
// the semantic diff from the submission to the model (core/diff), read as
// missing, extra and different parts, plus the findings the submission has
// and the model answer does not, and both availabilities.
#pragma once

#include "core/model/design.h"

#include <QJsonObject>
#include <QStringList>

namespace sw::cli {

struct ModelAnswerGap {
    QStringList missing;     // in the model answer, not in the submission
    QStringList extra;       // in the submission, not in the model answer
    QStringList different;   // matched, but set up otherwise
    QStringList findings;    // findings of the submission the model answer does not have
    double availabilitySubmission = 0, availabilityModel = 0;
    double ninesSubmission = 0, ninesModel = 0;

    bool isEmpty() const { return missing.isEmpty() && extra.isEmpty() && different.isEmpty() && findings.isEmpty(); }
    QJsonObject toJson() const;
    void printText(QTextStream &out) const;
};

ModelAnswerGap compareWithModel(const Design &submission, const Design &model);

} // namespace sw::cli
