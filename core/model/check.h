// Semantic checks of a design against design-format.md: property values,
// references, containment, cycles. Shared by every reader and by the editors,
// so a value refused in a file is refused the same way when typed.
#pragma once

#include "core/model/design.h"

#include <QStringList>

namespace sw {

// Empty when `value` is acceptable for `spec`; otherwise a sentence that says
// what is wrong with it (without naming the node: the caller does).
QString checkPropertyValue(const PropertySpec &spec, const QVariant &value);

// The value a property editor's text stands for, the way the properties
// panel reads it: empty text is "unset" (an invalid QVariant); lists
// (node ids, firewall rules) are split at commas; whole numbers for Int,
// numbers for Number, "true"/"false" for Bool; otherwise the text itself.
QVariant propertyValueFromText(const PropertySpec &spec, const QString &text);

// The one check of a property value of a node, used by the readers (through
// checkDesign) and by the properties panel: empty when `value` is acceptable
// for property `spec` of `node` in `design`. It adds to checkPropertyValue
// what needs the design: a referenced node exists, is of an allowed kind and
// is not the node itself; a cluster's members, when given, are at least one.
// An invalid `value` means "unset" and is acceptable: a required property
// that is absent makes a draft (rule PROP-MISSING), not a broken design.
QString checkNodeProperty(const Design &design, const Node &node, const PropertySpec &spec, const QVariant &value);
// A node's or link's label: at most 200 characters.
QString checkLabel(const QString &label);
// A design's name: 1 to 200 characters.
QString checkDesignName(const QString &name);

// The required properties `node` lacks, in catalog order.
QStringList missingProperties(const Node &node);
// The message for one absent required property, the same for the finding
// PROP-MISSING and for the exporters that refuse a draft:
// `node "dns", field "props.domain": required for a dns, and not set (the design is a draft)`.
QString missingPropertyMessage(const Node &node, const QString &key);
// Every absent required property of the design, one message each (empty:
// the design is complete). What the bundles and deploy refuse.
QStringList missingRequired(const Design &design);

// Every problem of the design, each naming its node or link and field, e.g.
// `node "web1", field "parent": "db" is a database, a web-server must be inside a server`.
// Empty when the design is valid. Absent required properties are not
// problems here (see missingRequired()).
QStringList checkDesign(const Design &design);

// Where a node or link is named in messages: `node "web1"`.
QString whereNode(const QString &id);
QString whereLink(const QString &id, int index);

} // namespace sw
