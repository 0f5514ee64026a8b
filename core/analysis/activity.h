// Classroom activities. A teacher saves a design as an activity: the spec
// profile the students must reach, nodes they may not change and hints. It is
// stored in Design.extensions "activity":
//   {"title": "...", "profile": "scale-up", "locked": ["users", "www"],
//    "hints": ["Start with the load balancers."]}
// Grading a submission: each requirement of the profile (its PROFILE-* rules,
// from the validator) and each locked node left unchanged is one
// requirement; the score is the percentage met, rounded.
#pragma once

#include "core/model/design.h"

#include <QJsonObject>

namespace sw {

struct Activity {
    QString title;
    QString profile;
    QStringList locked;
    QStringList hints;

    QJsonObject toJson() const;
    // False with a message naming the field when the value is malformed.
    static bool fromJson(const QJsonValue &v, Activity *out, QString *error);
};

// The activity of a design; false when it has none (error says so) or it is malformed.
bool activityOf(const Design &design, Activity *out, QString *error);
// Checks an activity against its design: known profile, locked ids exist.
bool checkActivity(const Activity &a, const Design &design, QString *error);

struct Requirement {
    QString id;          // a PROFILE-* rule id, or "LOCKED" for a locked node
    QString title;       // what is required
    QString message;     // why it is not met (empty when met)
    QString fix;         // how to meet it
    QStringList nodes;
    bool met = false;
};

struct GradeResult {
    QString profile;
    QVector<Requirement> requirements;
    int met = 0;
    int total = 0;
    double percent = 0;   // 0..100
    int score = 0;        // percent, rounded
    QStringList hints;    // the teacher's hints, then the fixes of unmet requirements

    QVector<Requirement> unmet() const;
};

// Grades `submission` against `activity`, whose locked nodes must be as in
// `original` (the activity's own design).
GradeResult gradeSubmission(const Activity &activity, const Design &original, const Design &submission);

} // namespace sw
