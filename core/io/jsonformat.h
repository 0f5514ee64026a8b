// The JSON interchange format of design-format.md, version 1.
#pragma once

#include "core/model/design.h"

#include <QByteArray>
#include <QJsonObject>

namespace sw {

constexpr int kFormatVersion = 1;

// The spec profiles a design may name in "profile".
const QStringList &specProfileNames();

// Reads a document. On failure returns false and sets `error` to a message
// that names the field and the node or link ("node \"web1\", field \"kind\": ...").
bool readJson(const QByteArray &bytes, Design *out, QString *error);
// Reads an already parsed document (the same checks).
bool readJsonObject(const QJsonObject &root, Design *out, QString *error);

QJsonObject toJsonObject(const Design &design);
QByteArray writeJson(const Design &design, bool indented = true);

// Converts between property values and JSON values.
QVariant propFromJson(const QJsonValue &v, bool *ok);
QJsonValue propToJson(const QVariant &v);

} // namespace sw
