// The spec profiles of design-format.md: what each stage of the spec
// requires (rules of their own, reported only under that profile) and how it
// weighs the other findings (which it treats as errors, which it expects at
// this stage and only mentions).
#pragma once

#include "core/rules/finding.h"

#include <QString>
#include <QVector>
#include <utility>

namespace sw {

struct ProfileInfo {
    const char *name;           // "scale-up"
    const char *title;          // QT_TRANSLATE_NOOP("sw::Rules", ...)
    const char *summary;        // one sentence, as in design-format.md
    QVector<const char *> requirements;                   // PROFILE-* rule ids it checks
    QVector<std::pair<const char *, Severity>> severities; // overrides of default severities

    QString nameString() const { return QString::fromLatin1(name); }
    QString titleText() const;
    QString summaryText() const;
    // The severity of `rule` under this profile.
    Severity severityOf(const QString &rule, Severity fallback) const;
    bool checks(const QString &rule) const;
};

// simple-web-stack, distributed, secured-monitored, scale-up.
const QVector<ProfileInfo> &profileCatalog();
const ProfileInfo *findProfile(const QString &name);

} // namespace sw
