// Paints a design (or a selection of it) the way the canvas shows it, with
// swlook's NodePainter, into any paint device: an image, an SVG generator,
// a PDF page, a printer.
#pragma once

#include "exporters/pictures/diagramscope.h"
#include "exporters/pictures/pictureoptions.h"

#include "core/model/geometry.h"
#include "look/nodepainter.h"

#include <QRectF>

class QPainter;

namespace sw {

class DiagramRenderer {
public:
    DiagramRenderer(const Design &design, const PictureOptions &options);

    // The scene area drawn: the covered nodes' bounds plus the margin.
    QRectF sceneRect() const { return m_sceneRect; }
    // Paints sceneRect() scaled uniformly and centred into `target` (device
    // coordinates of `p`), with the background unless options.transparent.
    // `vector`: full detail whatever the scale (SVG, PDF: the reader zooms).
    void paint(QPainter *p, const QRectF &target, bool vector = false,
               const NodePainter::IconSink &iconSink = {}) const;
    // Paints in scene coordinates (the caller sets up the transform). An
    // `iconSink` is handed to the NodePainter (see NodePainter::setIconSink).
    // With `visible` (scene coordinates) given, only what reaches it is
    // painted (a band of a big PNG).
    void paintScene(QPainter *p, double deviceScale, bool vector = false,
                    const NodePainter::IconSink &iconSink = {}, const QRectF &visible = QRectF()) const;

    const DiagramGeometry &geometry() const { return m_geo; }
    const DiagramScope &scope() const { return m_scope; }

private:
    const Design &m_design;
    PictureOptions m_options;
    DiagramGeometry m_geo;
    DiagramScope m_scope;
    QRectF m_sceneRect;
};

} // namespace sw
