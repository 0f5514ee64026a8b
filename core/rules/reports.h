// Turning the catalog and validation results into text, JSON and Markdown,
// shared by the CLI (validate, rules), the reference page docs/rules.md and
// the GUI. JSON shapes follow design-format.md.
#pragma once

#include "core/rules/validator.h"

#include <QJsonObject>
#include <QString>

namespace sw {

// {"design", "profile", "findings": [{"rule","severity","nodes","message","why","fix"}],
//  "summary": {"error","warning","info"}}
QJsonObject resultToJson(const QString &designName, const ValidationResult &result);
// Findings grouped by severity, each with why and fix, for people.
QString resultToText(const QString &designName, const ValidationResult &result);

// {"rules": [{"id","severity","topic","title","why","fix"}],
//  "profiles": [{"name","title","requires","checks","severities"}]}
QJsonObject catalogToJson();
QString catalogToText();
// The reference page docs/rules.md (always English: generated for the repository).
QString catalogToMarkdown();

} // namespace sw
