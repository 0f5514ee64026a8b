#include "look/style.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace sw {

Detail detailForScale(double scale)
{
    if (scale >= 0.55)
        return Detail::Full;
    if (scale >= 0.22)
        return Detail::Medium;
    return Detail::Low;
}

Style Style::light()
{
    Style s;
    s.dark = false;
    s.background = QColor(0xf6, 0xf7, 0xf9);
    s.grid = QColor(0xd5, 0xd9, 0xe0);
    s.surface = QColor(0xff, 0xff, 0xff);
    s.containerFill = QColor(0xfb, 0xfc, 0xfd);
    s.text = QColor(0x1d, 0x23, 0x2b);
    s.subtleText = QColor(0x5b, 0x66, 0x73);
    s.border = QColor(0xb8, 0xc0, 0xcc);
    s.link = QColor(0x5d, 0x6b, 0x7d);
    s.selection = QColor(0x1a, 0x73, 0xe8);
    s.highlight = QColor(0xff, 0xa7, 0x00);
    s.failed = QColor(0x6f, 0x76, 0x80);
    s.noteFill = QColor(0xff, 0xf4, 0xc2);
    return s;
}

Style Style::dark_()
{
    Style s;
    s.dark = true;
    s.background = QColor(0x1e, 0x21, 0x26);
    s.grid = QColor(0x33, 0x38, 0x40);
    s.surface = QColor(0x2b, 0x30, 0x37);
    s.containerFill = QColor(0x25, 0x29, 0x2f);
    s.text = QColor(0xe8, 0xeb, 0xef);
    s.subtleText = QColor(0xb4, 0xbd, 0xc8);
    s.border = QColor(0x4d, 0x56, 0x62);
    s.link = QColor(0x9a, 0xa7, 0xb6);
    s.selection = QColor(0x5a, 0xa2, 0xff);
    s.highlight = QColor(0xff, 0xb8, 0x2e);
    s.failed = QColor(0x8a, 0x91, 0x99);
    s.noteFill = QColor(0x4a, 0x42, 0x20);
    return s;
}

Style Style::fromPalette(const QPalette &palette)
{
    const bool isDark = palette.color(QPalette::Window).lightness() < 128;
    return isDark ? dark_() : light();
}

Style Style::withHighContrast(bool on) const
{
    Style s = *this;
    s.highContrast = on;
    if (on) {
        s.text = dark ? QColor(Qt::white) : QColor(Qt::black);
        s.subtleText = dark ? QColor(0xdd, 0xe2, 0xe8) : QColor(0x25, 0x2b, 0x33);
        s.border = dark ? QColor(0xc0, 0xc8, 0xd2) : QColor(0x40, 0x48, 0x52);
        s.link = dark ? QColor(0xe0, 0xe6, 0xee) : QColor(0x20, 0x26, 0x2e);
    } else {
        const Style base = dark ? dark_() : light();
        s.text = base.text;
        s.subtleText = base.subtleText;
        s.border = base.border;
        s.link = base.link;
    }
    return s;
}

QColor Style::kindColor(Kind kind) { return QColor::fromRgb(QRgb(kindInfo(kind).color)); }

QColor Style::zoneTint(const QString &trust)
{
    if (trust == QLatin1String("public"))
        return QColor(0xd9, 0x30, 0x25);
    if (trust == QLatin1String("dmz"))
        return QColor(0xf0, 0x9a, 0x00);
    return QColor(0x1e, 0x9e, 0x5a);
}

QColor Style::glyphOn(const QColor &fill)
{
    const QColor dark(0x1d, 0x23, 0x2b);
    return contrastRatio(Qt::white, fill) >= contrastRatio(dark, fill) ? QColor(Qt::white) : dark;
}

static double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double Style::relativeLuminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double Style::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Style::over(const QColor &fg, const QColor &bg, double alpha)
{
    auto mix = [alpha](double f, double b) { return f * alpha + b * (1 - alpha); };
    return QColor::fromRgbF(float(mix(fg.redF(), bg.redF())), float(mix(fg.greenF(), bg.greenF())),
                            float(mix(fg.blueF(), bg.blueF())));
}

QColor Style::protocolColor(Protocol p) const
{
    switch (p) {
    case Protocol::Https: return dark ? QColor(0x4c, 0xc3, 0x7e) : QColor(0x1e, 0x8e, 0x4e);
    case Protocol::Http: return dark ? QColor(0x5a, 0xa2, 0xff) : QColor(0x1f, 0x6f, 0xd0);
    case Protocol::Mysql: return dark ? QColor(0x3c, 0xc4, 0xb4) : QColor(0x13, 0x8a, 0x7e);
    case Protocol::Dns: return dark ? QColor(0xb3, 0x8c, 0xf0) : QColor(0x8a, 0x4f, 0xd8);
    default: return link;
    }
}

QColor Style::severityColor(Severity s)
{
    switch (s) {
    case Severity::Error: return QColor(0xd9, 0x30, 0x25);
    case Severity::Warning: return QColor(0xf0, 0x9a, 0x00);
    case Severity::Info: return QColor(0x1a, 0x73, 0xe8);
    }
    return QColor(Qt::gray);
}

QColor Style::runStateColor(Overlay::RunState s)
{
    switch (s) {
    case Overlay::RunState::Deployed: return QColor(0x1e, 0x9e, 0x5a);
    case Overlay::RunState::Failed: return QColor(0xd9, 0x30, 0x25);
    case Overlay::RunState::Drifted: return QColor(0xf0, 0x9a, 0x00);
    case Overlay::RunState::Running: return QColor(0x1a, 0x73, 0xe8);
    case Overlay::RunState::Unknown: break;
    }
    return QColor();
}

static QFont sized(double px, int weight)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif, QFont::PreferNoShaping); // Latin labels need no OpenType shaping
    f.setPixelSize(int(px + 0.5));
    f.setWeight(QFont::Weight(weight));
    return f;
}

QFont Style::titleFont() const { return sized(highContrast ? 14 : 12, QFont::DemiBold); }
QFont Style::subtitleFont() const { return sized(highContrast ? 11.5 : 10, QFont::Normal); }
QFont Style::headerFont() const { return sized(highContrast ? 14 : 12, QFont::Bold); }
QFont Style::labelFont() const { return sized(highContrast ? 12.5 : 10, highContrast ? QFont::DemiBold : QFont::Normal); }

} // namespace sw
