// Editing helpers that know the design format: which protocols make sense
// between two kinds, and what a freshly placed node looks like.
#pragma once

#include "model/design.h"

#include <QSet>

namespace sw {

// Protocols for a link from `from` to `to`, the most fitting first
// (https to a load balancer or cluster, mysql to a database, http to a web or
// app server, dns to a dns record, ...).
QVector<Protocol> suggestedProtocols(const Node &from, const Node &to);
// The port a new link uses: the app server's own port for http to it, else 0
// (the protocol's default).
int suggestedPort(const Node &to, Protocol protocol);
// A new node of `kind` with a fresh id (not in `design`, not in `taken`), its
// kind's title as label and its required properties filled where a sensible
// value exists (a server's hostname).
Node makeNode(const Design &design, Kind kind, const QSet<QString> &taken = {});
// A fresh id from `base`, free in `design` and not in `taken`.
QString freshId(const Design &design, const QString &base, const QSet<QString> &taken = {});

} // namespace sw
