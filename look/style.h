// The look of Stackwright: colours, fonts and line widths shared by the canvas
// and the picture exporters. A Style is a plain value; make one with
// Style::light(), Style::dark() or Style::fromPalette(), optionally switch on
// the high-contrast presentation look, and give it to a NodePainter.
#pragma once

#include "core/model/kinds.h"
#include "core/model/overlay.h"

#include <QColor>
#include <QFont>

class QPalette;

namespace sw {

// How much to draw. Pick it from the painter's scale with detailForScale().
enum class Detail {
    Full,    // everything: icon, title, subtitle, badges, link labels
    Medium,  // boxes, icons and titles; no subtitles, no link labels
    Low,     // plain rectangles and lines (far zoomed out: cheap)
};

// The detail that reads well at `scale` (device pixels per scene unit).
Detail detailForScale(double scale);

struct Style {
    bool dark = false;
    bool highContrast = false;   // presentation mode: larger fonts, thicker lines

    QColor background;   // canvas / picture background
    QColor grid;         // grid dots on the canvas
    QColor surface;      // fill of a leaf node
    QColor containerFill;// fill of a server body
    QColor text;         // titles
    QColor subtleText;   // subtitles, link labels
    QColor border;       // neutral borders
    QColor link;         // link lines without a protocol colour
    QColor selection;    // selected outline
    QColor highlight;    // highlighted (finding, animation step)
    QColor noteFill;     // paper of a note
    QColor failed;       // greyed what-if look (borders, bands, dashed links: 3:1 on the background)
    // Opacity of a failed node; its texts use `text` so they keep 4.5:1 (tests/i18n/test_contrast).
    double failedOpacity = 0.75;

    static Style light();
    static Style dark_();  // (named with a trailing underscore: `dark` is the flag)
    // Light or dark, following the palette's window colour.
    static Style fromPalette(const QPalette &palette);
    // The same style with the presentation look switched on or off.
    Style withHighContrast(bool on) const;

    // The colour of a kind (its icon tile, its border).
    static QColor kindColor(Kind kind);
    // The colour of a protocol's links.
    QColor protocolColor(Protocol p) const;
    static QColor severityColor(Severity s);
    // The tint of a network zone by its trust ("public", "dmz", else private).
    static QColor zoneTint(const QString &trust);
    // Alpha of tinted fills (zones, clusters) and of a server's header band.
    double tintAlpha() const { return dark ? 0.10 : 0.06; }
    double bandAlpha() const { return dark ? 0.45 : 0.14; }
    // White or near-black, whichever reads better on `fill` (badge glyphs).
    static QColor glyphOn(const QColor &fill);
    // WCAG 2 relative luminance and contrast ratio (1 to 21), and `fg` drawn at `alpha` over `bg`.
    static double relativeLuminance(const QColor &c);
    static double contrastRatio(const QColor &a, const QColor &b);
    static QColor over(const QColor &fg, const QColor &bg, double alpha);
    static QColor runStateColor(Overlay::RunState s);

    // Fonts, in scene units (pixel sizes): larger in high contrast.
    QFont titleFont() const;
    QFont subtitleFont() const;
    QFont headerFont() const;   // container headers
    QFont labelFont() const;    // link labels
    // Line widths in scene units.
    double borderWidth() const { return highContrast ? 2.5 : 1.2; }
    double linkWidth() const { return highContrast ? 3.0 : 1.6; }
};

} // namespace sw
