// The node elements of SvgWriter: the shapes NodePainter draws (paintLeaf,
// paintContainer, paintCluster, paintNote, paintMarks in look/nodepainter.cpp)
// as SVG elements with the style sheet's classes, at Detail::Full.
#include "exporters/pictures/svgwriter.h"

#include "core/model/geometry.h"

#include <QTextLayout>
#include <cmath>

namespace sw {

namespace {

QByteArray hexOf(const QColor &c) { return c.name(QColor::HexRgb).toLatin1(); }

QByteArray kindClass(Kind kind)
{
    static const QVector<QByteArray> names = [] {
        QVector<QByteArray> v(kKindCount);
        for (const KindInfo &k : allKinds())
            v[int(k.kind)] = QByteArrayLiteral("sw-leaf sw-k-") + k.name.toLatin1();
        return v;
    }();
    return names.at(int(kind));
}

QString elided(const QFontMetricsF &fm, const QString &s, double width)
{
    return fm.elidedText(s, Qt::ElideRight, std::max(0.0, width));
}

} // namespace

void SvgWriter::node(const Node &n, const QRectF &r)
{
    const NodeLook look = NodeLook::of(n, m_options.overlay);
    m_out += "<g data-id=\"";
    esc(n.id);
    m_out += '"';
    if (look.failed) {
        m_out += " opacity=\"";
        num(m_painter.style().failedOpacity);
        m_out += '"';
    }
    m_out += "><title>";
    esc(look.title + QStringLiteral(" — ") + kindTitle(n.kind));
    m_out += "</title>";
    switch (n.kind) {
    case Kind::Server:
    case Kind::Zone: container(look, r); break;
    case Kind::Cluster: cluster(look, r); break;
    case Kind::Note: note(look, r); break;
    case Kind::Internet:
    case Kind::Dns:
    case Kind::Certificate:
    case Kind::LoadBalancer:
    case Kind::WebServer:
    case Kind::AppServer:
    case Kind::Codebase:
    case Kind::Database:
    case Kind::MonitoringAgent:
    case Kind::Firewall:
    case Kind::MonitoringService:
    case Kind::Cache: leaf(look, r); break;
    }
    m_out += "</g>\n";
}

void SvgWriter::leaf(const NodeLook &look, const QRectF &r)
{
    const Style &s = m_painter.style();
    const QByteArray failedStroke = look.failed ? QByteArrayLiteral("stroke:") + hexOf(s.failed) : QByteArray();
    rect(kindClass(look.kind).constData(), r, 6, failedStroke);
    const bool vertical = look.kind == Kind::Internet;
    const double iconSize = vertical ? std::min(30.0, r.height() * 0.45) : std::min(28.0, r.height() - 12);
    const QRectF iconRect = vertical ? QRectF(r.center().x() - iconSize / 2, r.top() + 7, iconSize, iconSize)
                                     : QRectF(r.left() + 6, r.center().y() - iconSize / 2, iconSize, iconSize);
    icon(look.kind, iconRect);
    const QByteArray subStyle = look.failed ? QByteArrayLiteral("fill:") + hexOf(s.text) : QByteArray();
    if (vertical) {
        const QRectF titleRect(r.left() + 4, iconRect.bottom() + 2, r.width() - 8, r.bottom() - iconRect.bottom() - 4);
        text("sw-t", m_title, titleRect, Qt::AlignHCenter | Qt::AlignVCenter, elided(m_title, look.title, titleRect.width()));
    } else {
        const double left = iconRect.right() + 8;
        const QRectF box(left, r.top() + 3, r.right() - left - 6, r.height() - 6);
        const double th = m_title.height(), sh = m_subtitle.height();
        const bool sub = !look.subtitle.isEmpty() && box.height() >= th + sh - 2;
        if (!sub) {
            text("sw-t", m_title, box, Qt::AlignLeft | Qt::AlignVCenter, elided(m_title, look.title, box.width()));
        } else {
            const double top = box.center().y() - (th + sh) / 2;
            text("sw-t", m_title, QRectF(box.left(), top, box.width(), th), Qt::AlignLeft | Qt::AlignVCenter,
                 elided(m_title, look.title, box.width()));
            text("sw-s", m_subtitle, QRectF(box.left(), top + th, box.width(), sh), Qt::AlignLeft | Qt::AlignVCenter,
                 elided(m_subtitle, look.subtitle, box.width()), subStyle);
        }
    }
    marks(look, r, 6);
}

void SvgWriter::container(const NodeLook &look, const QRectF &r)
{
    const Style &s = m_painter.style();
    const bool zone = look.kind == Kind::Zone;
    const double radius = zone ? 10 : 7;
    if (zone) {
        const QString trust = look.trust == QLatin1String("public") || look.trust == QLatin1String("dmz")
                                  ? look.trust : QStringLiteral("private");
        const QByteArray cls = QByteArrayLiteral("sw-zone sw-z-") + trust.toLatin1();
        const QByteArray failed = look.failed ? QByteArrayLiteral("fill:") + hexOf(s.failed) + ";stroke:" + hexOf(s.failed)
                                              : QByteArray();
        rect(cls.constData(), r, radius, failed);
    } else {
        rect("sw-srv", r, radius,
             look.failed ? QByteArrayLiteral("stroke:") + hexOf(s.failed.lighter(s.dark ? 100 : 150)) : QByteArray());
    }
    const QRectF header(r.left(), r.top(), r.width(), std::min(Geo::kHeader, r.height()));
    if (!zone) {
        // The header band: rounded at the top, square at the bottom.
        const QRectF h = header.translated(-m_origin);
        const double rr = std::min(radius, std::min(h.width(), h.height()) / 2);
        m_out += "<path class=\"sw-band\"";
        if (look.failed)
            m_out += " style=\"fill:" + hexOf(s.failed) + '"';
        m_out += " d=\"M";
        pt(QPointF(h.left(), h.bottom()));
        m_out += 'V';
        num(h.top() + rr);
        m_out += 'A';
        num(rr);
        m_out += ',';
        num(rr);
        m_out += " 0 0 1 ";
        pt(QPointF(h.left() + rr, h.top()));
        m_out += 'H';
        num(h.right() - rr);
        m_out += 'A';
        num(rr);
        m_out += ',';
        num(rr);
        m_out += " 0 0 1 ";
        pt(QPointF(h.right(), h.top() + rr));
        m_out += 'V';
        num(h.bottom());
        m_out += "z\"/>";
    }
    const QRectF iconRect(r.left() + 6, header.center().y() - 10, 20, 20);
    icon(look.kind, iconRect);
    const double left = iconRect.right() + 7;
    const double width = r.right() - left - 8;
    const QByteArray subStyle = look.failed ? QByteArrayLiteral("fill:") + hexOf(s.text) : QByteArray();
    const QRectF band(left, header.top(), width, header.height());
    if (!look.subtitle.isEmpty()) {
        // Title and subtitle side by side when both fit, else stacked, else the title alone.
        const double tw = m_header.horizontalAdvance(look.title);
        const double sw = m_subtitle.horizontalAdvance(look.subtitle);
        if (tw + 10 + sw <= width) {
            text("sw-h", m_header, QRectF(left, header.top(), tw + 1, header.height()), Qt::AlignLeft | Qt::AlignVCenter,
                 look.title);
            text("sw-s", m_subtitle, band, Qt::AlignRight | Qt::AlignVCenter, look.subtitle, subStyle);
            return marks(look, r, radius);
        }
        if (m_header.height() + m_subtitle.height() <= header.height() + 1) {
            const double top = header.center().y() - (m_header.height() + m_subtitle.height()) / 2;
            text("sw-h", m_header, QRectF(left, top, width, m_header.height()), Qt::AlignLeft | Qt::AlignVCenter,
                 elided(m_header, look.title, width));
            text("sw-s", m_subtitle, QRectF(left, top + m_header.height() - 1, width, m_subtitle.height()),
                 Qt::AlignLeft | Qt::AlignVCenter, elided(m_subtitle, look.subtitle, width), subStyle);
            return marks(look, r, radius);
        }
    }
    text("sw-h", m_header, band, Qt::AlignLeft | Qt::AlignVCenter, elided(m_header, look.title, width));
    marks(look, r, radius);
}

void SvgWriter::cluster(const NodeLook &look, const QRectF &r)
{
    const Style &s = m_painter.style();
    rect("sw-cl", r, 12,
         look.failed ? QByteArrayLiteral("fill:") + hexOf(s.failed) + ";stroke:" + hexOf(s.failed) : QByteArray());
    const double band = Geo::kClusterMargin + 18;
    const QRectF iconRect(r.left() + 8, r.top() + (band - 18) / 2, 18, 18);
    icon(Kind::Cluster, iconRect);
    const double left = iconRect.right() + 6;
    const double width = r.right() - left - 8;
    QString title = look.title;
    const QString full = look.title + QStringLiteral("  ·  ") + look.subtitle;
    if (!look.subtitle.isEmpty() && m_header.horizontalAdvance(full) <= width)
        title = full;
    text("sw-h", m_header, QRectF(left, r.top(), width, band), Qt::AlignLeft | Qt::AlignVCenter,
         elided(m_header, title, width));
    marks(look, r, 12);
}

void SvgWriter::note(const NodeLook &look, const QRectF &r0)
{
    const Style &s = m_painter.style();
    const double fold = 12;
    const QRectF r = r0.translated(-m_origin);
    const QByteArray failed = look.failed ? QByteArrayLiteral(" style=\"stroke:") + hexOf(s.failed) + '"' : QByteArray();
    m_out += "<path class=\"sw-note\"" + failed + " d=\"M";
    pt(r.topLeft());
    m_out += 'H';
    num(r.right());
    m_out += 'V';
    num(r.bottom() - fold);
    m_out += 'L';
    pt(QPointF(r.right() - fold, r.bottom()));
    m_out += 'H';
    num(r.left());
    m_out += "z\"/><path class=\"sw-fold\"" + failed + " d=\"M";
    pt(QPointF(r.right(), r.bottom() - fold));
    m_out += 'H';
    num(r.right() - fold);
    m_out += 'V';
    num(r.bottom());
    m_out += "\"/>";
    const QRectF box = r0.adjusted(8, 5, -8, -5);
    const double th = m_title.height();
    text("sw-t", m_title, QRectF(box.left(), box.top(), box.width(), th), Qt::AlignLeft | Qt::AlignVCenter,
         elided(m_title, look.title, box.width()));
    if (look.subtitle.isEmpty())
        return marks(look, r0, 0);
    // The text wrapped at word boundaries (or anywhere), as drawText with
    // Qt::TextWordWrap does; lines below the note are left out (clipped).
    const QRectF area(box.left(), box.top() + th, box.width() - fold, box.height() - th);
    QTextLayout layout(look.subtitle, m_painter.style().subtitleFont());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = area.top();
    const double lineHeight = m_subtitle.height();
    const QByteArray subStyle = look.failed ? QByteArrayLiteral("fill:") + hexOf(s.text) : QByteArray();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(area.width());
        if (y + lineHeight > area.bottom() + 0.5)
            break;
        const QString part = look.subtitle.mid(line.textStart(), line.textLength()).trimmed();
        text("sw-s", m_subtitle, QRectF(area.left(), y, area.width(), lineHeight), Qt::AlignLeft | Qt::AlignTop, part,
             subStyle);
        y += lineHeight;
    }
    layout.endLayout();
    marks(look, r0, 0);
}

void SvgWriter::marks(const NodeLook &look, const QRectF &r0, double radius)
{
    // Only with an overlay (what-if, findings, a deployment's states).
    const Style &s = m_painter.style();
    const QRectF r = r0.translated(-m_origin);
    if (look.highlighted)
        rect("", r0.adjusted(-3, -3, 3, 3), radius + 3,
             "fill:none;stroke:" + hexOf(s.highlight) + ";stroke-width:" + QByteArray::number(s.highContrast ? 5 : 4));
    if (look.failed) {
        const QPointF c(r.right() - 12, r.top() + 12);
        m_out += "<path style=\"fill:none;stroke:" + hexOf(Style::severityColor(Severity::Error)) + ";stroke-width:"
                 + QByteArray::number(s.highContrast ? 3 : 2) + "\" d=\"M";
        pt(c + QPointF(-5, -5));
        m_out += 'L';
        pt(c + QPointF(5, 5));
        m_out += 'M';
        pt(c + QPointF(-5, 5));
        m_out += 'L';
        pt(c + QPointF(5, -5));
        m_out += "\"/>";
    }
    auto circle = [&](const QPointF &c, double radius, const QColor &fill) {
        m_out += "<circle style=\"fill:" + hexOf(fill) + ";stroke:" + hexOf(s.surface) + ";stroke-width:1.5\"";
        xy("cx", c.x(), "cy", c.y());
        m_out += " r=\"";
        num(radius);
        m_out += "\"/>";
    };
    if (look.runState != Overlay::RunState::Unknown)
        circle(QPointF(r.right() - 7, r.bottom() - 7), 4.5, Style::runStateColor(look.runState));
    if (look.hasBadge) {
        const double br = s.highContrast ? 10 : 8;
        const QPointF c(r.right() - 2, r.top() + 2);
        const QColor fill = Style::severityColor(look.badge);
        circle(c, br, fill);
        QFont f = s.titleFont();
        f.setPixelSize(int(br * 1.4));
        f.setWeight(QFont::Black);
        const QByteArray style = "font-family:'" + f.family().toLatin1() + "',sans-serif;font-size:"
                                 + QByteArray::number(f.pixelSize()) + "px;font-weight:900;fill:"
                                 + hexOf(Style::glyphOn(fill));
        text("sw-t", QFontMetricsF(f), QRectF(c.x() - br, c.y() - br, 2 * br, 2 * br).translated(m_origin),
             Qt::AlignCenter, look.badge == Severity::Info ? QStringLiteral("i") : QStringLiteral("!"), style);
    }
}

} // namespace sw
