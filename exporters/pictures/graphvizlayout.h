// Automatic layout with Graphviz (libgvc/libcgraph).
//
// Servers are laid out as single boxes of their DiagramGeometry size with
// their services stacked inside (so services always stay inside their
// servers); zones and cluster groups (a cluster's member servers) become
// Graphviz clusters, so their members end up next to each other. `dot`
// (rankdir LR) gives the tiers internet -> entry -> web -> app -> database;
// beyond `dotLimit` graph nodes, or for a graph that is not layered, `sfdp`
// is used instead (dot needs minutes there).
//
// Graphviz is not thread-safe: one GraphvizLayout owns one GVC_t, and all
// instances share one lock. LayoutWorker runs it off the GUI thread.
#pragma once

#include "core/model/design.h"

#include <QHash>
#include <QPointF>
#include <functional>

typedef struct GVC_s GVC_t;

namespace sw {

struct LayoutOptions {
    enum class Mode { Full, Incremental };
    enum class Engine { Auto, Dot, Sfdp };
    Mode mode = Mode::Full;      // Incremental: only nodes without a position move
    Engine engine = Engine::Auto;
    int dotLimit = 500;          // Auto: above this many graph nodes, sfdp
};

struct LayoutResult {
    bool ok = false;
    bool cancelled = false;
    QString error;
    QString engine;                     // "dot", "sfdp" or "" (nothing to lay out)
    // New positions: top-level nodes absolute, children relative to their parent.
    QHash<QString, QPointF> positions;
};

class GraphvizLayout {
public:
    GraphvizLayout();
    ~GraphvizLayout();
    GraphvizLayout(const GraphvizLayout &) = delete;
    GraphvizLayout &operator=(const GraphvizLayout &) = delete;

    // Called with a percentage and a stage name; return false to cancel.
    using Progress = std::function<bool(int percent, const QString &stage)>;
    LayoutResult compute(const Design &design, const LayoutOptions &options, const Progress &progress = {});

    // The design with the result applied (nodes get hasPos = true).
    static Design applied(const Design &design, const LayoutResult &result);

private:
    GVC_t *m_gvc = nullptr;
};

} // namespace sw
