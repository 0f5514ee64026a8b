// Editing helpers that know the design format: which protocols make sense
// between two kinds, and what a freshly placed node looks like.
#pragma once

#include "core/model/design.h"
#include "core/model/placement.h"

#include <QSet>

namespace sw {

// Protocols for a link from `from` to `to`, the most fitting first
// (https to a load balancer or cluster, mysql to a database, http to a web or
// app server, dns to a dns record, ...).
QVector<Protocol> suggestedProtocols(const Node &from, const Node &to);
// The port a new link uses: the app server's own port for http to it, else 0
// (the protocol's default).
int suggestedPort(const Node &to, Protocol protocol);
// makeNode() and freshId() live in core (model/placement.h), shared with
// paste, duplicate and the quick fixes.

} // namespace sw
