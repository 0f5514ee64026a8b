// The rule catalog: every rule the validator knows, with its stable id, its
// default severity and the texts a student reads (title, why, fix). The
// reference page docs/rules.md and `stackwright-cli rules` are generated from
// this table, so they cannot drift from what the validator does.
#pragma once

#include "core/rules/finding.h"

#include <QString>
#include <QVector>

namespace sw {

enum class RuleTopic { Paths, Availability, Security, Operations, Data, Profile };

// A rule's entry. Each rules_*.cpp file registers the entries of its own
// rules (rulechecks.h, namespace catalog). The "why"s follow the reasons of
// the spec document (isolation, resource allocation, scalability,
// maintenance, security, performance, fault isolation, more servers to take
// over when one fails).
struct RuleInfo {
    const char *id;
    Severity severity;         // default; a profile may change it
    RuleTopic topic;
    int order;                 // place in the catalog and docs/rules.md: the format's twelve ids
                               // (0-110), the reviewer's rules (120-259), the profiles' (260-)
    const char *title;         // QT_TRANSLATE_NOOP("sw::Rules", ...)
    const char *why;           // for a student: why it matters
    const char *fix;           // what to do about it

    QString idString() const { return QString::fromLatin1(id); }
    // Translated texts (English when no translation is installed).
    QString titleText() const;
    QString whyText() const;
    QString fixText() const;
};

// In a stable order: the twelve fixed ids first, then the reviewer's rules,
// then the profiles' requirements.
const QVector<RuleInfo> &ruleCatalog();
const RuleInfo *findRule(const QString &id);
QString ruleTopicTitle(RuleTopic topic);

} // namespace sw
