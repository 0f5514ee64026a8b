// Semantic checks of a design against design-format.md: property values,
// references, containment, cycles. Shared by every reader and by the editors,
// so a value refused in a file is refused the same way when typed.
#pragma once

#include "design.h"

#include <QStringList>

namespace sw {

// Empty when `value` is acceptable for `spec`; otherwise a sentence that says
// what is wrong with it (without naming the node: the caller does).
QString checkPropertyValue(const PropertySpec &spec, const QVariant &value);

// Every problem of the design, each naming its node or link and field, e.g.
// `node "web1", field "parent": "db" is a database, a web-server must be inside a server`.
// Empty when the design is valid.
QStringList checkDesign(const Design &design);

// Where a node or link is named in messages: `node "web1"`.
QString whereNode(const QString &id);
QString whereLink(const QString &id, int index);

} // namespace sw
