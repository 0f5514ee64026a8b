// The "why" texts of the report, in the spirit of the spec document's
// explanations: why each server is there, and why the design has what it has
// (separate tiers, two load balancers, firewalls, monitoring, HTTPS ...).
#pragma once

#include "core/model/design.h"

namespace sw {

class DesignIndex;

// What runs on a server, one HTML line per child (escaped).
QStringList serverContents(const Design &design, const DesignIndex &index, const Node &server);
// Short reasons (HTML) why this server is there and has what it has.
QStringList serverReasons(const Design &design, const DesignIndex &index, const Node &server);
// Titled explanations that apply to this design: {title, HTML paragraph}.
QVector<QPair<QString, QString>> designReasons(const Design &design, const DesignIndex &index);

} // namespace sw
