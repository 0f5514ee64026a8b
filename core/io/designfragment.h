// Cut/copy/paste of part of a design. The clipboard carries a JSON fragment
// (MIME type application/x-stackwright+json): the copied nodes with their
// children, the links between them, and, for a node copied without its
// container (a service without its server), that container as a "stub" so the
// node goes back into it on paste.
#pragma once

#include "core/model/design.h"

#include <QByteArray>

namespace sw {

QString fragmentMimeType();

// The fragment for `ids` (nodes are taken with their children; links are kept
// when both ends are copied).
QByteArray copyFragment(const Design &design, const QStringList &ids);

struct PastedItems {
    QVector<Node> nodes;   // parents before children, fresh ids
    QVector<Link> links;
    QStringList topIds;    // the pasted nodes the user copied (to select them)
};

// Turns a fragment into nodes and links for `target`: fresh ids, references
// remapped, top-level nodes (and services going back into their existing
// server) moved by `offset`. False with `error` set if the fragment is broken.
bool pasteFragment(const QByteArray &fragment, const Design &target, const QPointF &offset, PastedItems *out,
                   QString *error);

} // namespace sw
