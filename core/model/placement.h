// Where new nodes go and what they are called. One place for every way a
// node is born in the editor (the palette, a quick fix, paste, duplicate, a
// server made for a service), so that new boxes never cover existing ones,
// labels and host names are unique and read well ("Web server 2", web-02)
// and a copied server gets a fresh address in the same subnet.
#pragma once

#include "core/model/design.h"

#include <QHash>
#include <QSet>
#include <QSizeF>

namespace sw {

// A fresh id from `base` ("web" -> "web", "web-2", ...), free in `design`
// and not in `taken`.
QString freshId(const Design &design, const QString &base, const QSet<QString> &taken = {});

// A new node of `kind` as the palette makes it: fresh id, its kind's title
// as label (numbered when another node of the kind has it: "Web server 2"),
// and the required properties that have a sensible value (a server's host
// name, numbered: server-01). No position yet (hasPos true, pos (0, 0)).
Node makeNode(const Design &design, Kind kind, const QSet<QString> &taken = {});
// A new server made to hold a service of kind `service` (a web server
// dropped on empty canvas): named after its job ("Web server", web-01;
// "Database server", db-01 ...), not just "Server".
Node makeServerFor(const Design &design, Kind service, const QSet<QString> &taken = {});

// `label` when no node of `kind` uses it, else the first free "stem N"
// (N from 2; a trailing number of `label` is replaced).
QString numberedLabel(const Design &design, Kind kind, const QString &label, const QSet<QString> &taken = {});
// `hostname` when no server uses it (compared without case), else the first
// free "stem-NN" (web-01 -> web-02, web -> web-02).
QString numberedHostname(const Design &design, const QString &hostname, const QSet<QString> &taken = {});
// An IPv4 address in the same /24 as `near` (10.0.0.10 when `near` is none)
// that no server address or cluster vip of `design` uses, nor `taken`.
QString freeAddress(const Design &design, const QString &near, const QSet<QString> &taken = {});

// Does this node take room among its siblings? Everything but clusters
// (drawn around their members).
bool takesRoom(const Node &node);
// Pairs of sibling boxes (same parent, both taking room) that overlap, each
// as "a|b" with a < b. Empty for a tidy design.
QSet<QString> overlappingSiblings(const Design &design);

// Where a box of `size` goes among the children of `parent` (empty: the top
// level), relative to the parent: `wanted` when nothing is there, else the
// nearest free spot (inside a container, below its title band). `ignore`:
// nodes not to avoid (the box itself and what moves with it).
QPointF freeSpot(const Design &design, const QString &parent, const QSizeF &size, const QPointF &wanted,
                 const QSet<QString> &ignore = {});
// Where a node of `kind` dropped into `container` without a position goes:
// below the children already there (the container grows to hold it), so no
// two children sit at one spot. Relative to the container.
QPointF freeChildSpot(const Design &design, const QString &container, Kind kind);

// Makes a batch of new nodes (paste, duplicate, quick fix; parents before
// children, fresh ids) fit into `design`, which is the design as it will be
// without them:
//  - labels numbered when a node of the same kind has them already;
//  - servers get a free host name (web-01 -> web-02) and, when their address
//    is in use, a free one in the same subnet;
//  - each node whose parent is not in the batch moves to the nearest free
//    spot among its new siblings (positions relative to the parent).
void settleNewNodes(const Design &design, QVector<Node> &nodes);

// Existing containers grow when children are added, and may then cover a
// sibling. Returns new positions (relative, for MoveNodesCommand) of nodes
// of `after` that push such siblings down until no pair of siblings overlaps
// that did not overlap in `before`. Nodes in `fixed` are not moved.
QHash<QString, QPointF> makeRoom(const Design &before, const Design &after, const QSet<QString> &fixed = {});

} // namespace sw
