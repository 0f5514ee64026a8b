// Which nodes and links of a design an export covers: everything, or a
// selection (a selected server or zone brings its contents; links between
// covered nodes come along).
#pragma once

#include "core/model/design.h"
#include "core/model/geometry.h"

#include <QSet>

namespace sw {

class DiagramScope {
public:
    DiagramScope(const Design &design, const QStringList &selection);

    bool all() const { return m_all; }
    bool hasNode(const QString &id) const { return m_all || m_nodes.contains(id); }
    bool hasLink(const QString &id) const { return m_all || m_links.contains(id); }
    bool hasLink(const Link &l) const;
    // Union of the covered nodes' rectangles (and their links' ends).
    QRectF bounds(const DiagramGeometry &geo) const;

private:
    const Design &m_design;
    bool m_all = true;
    QSet<QString> m_nodes;
    QSet<QString> m_links;
};

} // namespace sw
