// Options shared by the picture exporters (PNG, SVG, PDF, DOT, report).
// Plain values: the GUI's options dialog and the CLI both fill one in.
#pragma once

#include <QColor>
#include <QStringList>

namespace sw {

class Overlay;

enum class PaperSize { A4, Letter };

struct PictureOptions {
    double scale = 1.0;        // PNG: device pixels per scene unit
    int dpi = 0;               // PNG: > 0 overrides scale (96 dpi = scale 1)
    bool transparent = false;  // PNG/SVG: no background fill
    PaperSize paper = PaperSize::A4; // PDF and PDF report
    double margin = 20;        // scene units around the drawing
    QStringList selection;     // empty: the whole design
    const Overlay *overlay = nullptr; // badges, failed, highlighted (optional)

    double effectiveScale() const { return dpi > 0 ? dpi / 96.0 : scale; }
};

} // namespace sw
