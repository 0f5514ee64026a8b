// One copy of each kind's icon in an SVG export. While the diagram is painted
// into a QSvgGenerator, sink() takes every icon from the NodePainter, records
// its kind and rect, and leaves a marker element where the icon belongs in the
// paint order (inside the generator's group carrying the painter's transform
// and opacity). resolve() then writes each used kind's drawing once into
// <defs> (as QSvgGenerator draws it, scaled to the unit square) and replaces
// every marker with a <use> of it, placed on the icon's rect: a design of
// 10,000 nodes holds 15 icon drawings instead of 10,000.
//
//   SvgIconUses icons;
//   renderer.paintScene(&painter, 1.0, true, icons.sink());
//   painter.end();
//   QByteArray svg = icons.resolve(generated);   // null: paint without the sink
#pragma once

#include "core/model/kinds.h"
#include "look/nodepainter.h"

#include <QByteArray>
#include <QRectF>
#include <vector>

namespace sw {

class SvgIconUses {
public:
    // For NodePainter::setIconSink; `this` must outlive the painting. Takes
    // icons only when painting into an SVG generator.
    NodePainter::IconSink sink();
    int count() const { return int(m_uses.size()); }
    // The generated document with the icon drawings in <defs> and a <use> in
    // place of every marker; a null QByteArray when the markers found do not
    // match the icons recorded (then paint again without the sink).
    QByteArray resolve(const QByteArray &svg) const;

    // The id of a kind's drawing in <defs>: "sw-icon-<kind name>".
    static QByteArray symbolId(Kind kind);
    // A kind's icon as QSvgGenerator draws it into the unit square (a <g>
    // element); empty when the icon cannot be drawn that way.
    static QByteArray drawing(Kind kind);

private:
    struct Use {
        Kind kind;
        QRectF rect;
    };
    std::vector<Use> m_uses;
};

} // namespace sw
