#include "look/nodepainter.h"

#include "core/model/geometry.h"
#include "core/model/propertykeys.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QLineF>
#include <QMutex>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>
#include <cmath>
#include <memory>

namespace sw {

namespace {

QMutex &iconMutex()
{
    static QMutex m;
    return m;
}

// Rendered icons by kind and pixel size (QImage: usable from any thread).
QImage cachedIcon(Kind kind, int px)
{
    QMutexLocker lock(&iconMutex());
    static QHash<quint64, QImage> cache;
    const quint64 key = (quint64(kind) << 32) | quint32(px);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QImage img(px, px, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QSvgRenderer svg(NodePainter::iconPath(kind));
    if (svg.isValid()) {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        svg.render(&p, QRectF(0, 0, px, px));
    }
    cache.insert(key, img);
    return img;
}

QString elided(const QFont &f, const QString &s, double width)
{
    return QFontMetricsF(f).elidedText(s, Qt::ElideRight, std::max(0.0, width));
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::NodePainter)
};

} // namespace

NodeLook NodeLook::of(const Node &node, const Overlay *overlay, bool selected)
{
    NodeLook l;
    l.kind = node.kind;
    l.title = node.displayLabel();
    l.subtitle = NodePainter::subtitleOf(node);
    if (node.kind == Kind::Zone)
        l.trust = node.propString(QStringLiteral("trust"));
    l.selected = selected;
    if (overlay) {
        l.highlighted = overlay->highlighted().contains(node.id);
        l.failed = overlay->failed().contains(node.id);
        auto it = overlay->badges().constFind(node.id);
        if (it != overlay->badges().constEnd()) {
            l.hasBadge = true;
            l.badge = *it;
        }
        l.runState = overlay->runState(node.id);
    }
    return l;
}

LinkLook LinkLook::of(const Link &link, const Overlay *overlay, bool selected)
{
    LinkLook l;
    l.protocol = link.protocol;
    l.text = link.label.isEmpty() ? NodePainter::linkText(link)
                                  : QStringLiteral("%1 (%2)").arg(link.label, NodePainter::linkText(link));
    l.selected = selected;
    if (overlay) {
        l.highlighted = overlay->highlighted().contains(link.id);
        l.failed = overlay->failed().contains(link.from) || overlay->failed().contains(link.to);
    }
    return l;
}

QString NodePainter::iconPath(Kind kind) { return QStringLiteral(":/icons/%1.svg").arg(kindName(kind)); }

QIcon NodePainter::kindIcon(Kind kind)
{
    QIcon icon;
    for (int px : {16, 24, 32, 48})
        icon.addPixmap(QPixmap::fromImage(cachedIcon(kind, px)));
    return icon;
}

QString NodePainter::subtitleOf(const Node &n)
{
    // The catalog names the properties (KindInfo::subtitle); a few read better in words.
    QStringList parts;
    for (const QString &key : kindInfo(n.kind).subtitle) {
        QString v;
        if (key == keys::tls && n.kind == Kind::WebServer)
            v = n.propString(key) == QLatin1String("on") ? Tr::tr("port 443") : Tr::tr("port 80");
        else if (key == keys::tls)
            v = n.propString(key) == QLatin1String("none") ? QString() : Tr::tr("TLS %1").arg(n.propString(key));
        else if (key == keys::port)
            v = Tr::tr("port %1").arg(n.propInt(key));
        else if (key == keys::allow) {
            const QStringList allow = n.propList(key);
            v = allow.isEmpty() ? Tr::tr("nothing allowed") : allow.join(QStringLiteral(", "));
        } else {
            v = n.propString(key);
        }
        if (!v.isEmpty())
            parts << v;
    }
    return parts.join(QStringLiteral(" · "));
}

QString NodePainter::linkText(const Link &link)
{
    return QStringLiteral("%1 %2").arg(protocolName(link.protocol)).arg(link.effectivePort());
}

QColor NodePainter::accent(const NodeLook &look) const
{
    return look.failed ? m_style.failed : Style::kindColor(look.kind);
}

void NodePainter::paintIcon(QPainter *p, Kind kind, const QRectF &rect) const
{
    if (m_iconSink && m_iconSink(p, kind, rect))
        return;
    const QPaintEngine *engine = p->paintEngine();
    const bool raster = engine && (engine->type() == QPaintEngine::Raster || engine->type() == QPaintEngine::OpenGL2);
    if (!raster) { // vector output (SVG, PDF): keep the icon a vector
        // Parsed once per kind and thread (a QSvgRenderer is not shared across threads).
        thread_local QHash<int, std::shared_ptr<QSvgRenderer>> renderers;
        std::shared_ptr<QSvgRenderer> &svg = renderers[int(kind)];
        if (!svg)
            svg = std::make_shared<QSvgRenderer>(iconPath(kind));
        svg->render(p, rect);
        return;
    }
    const double scale = std::sqrt(std::abs(p->worldTransform().determinant()));
    const double want = rect.width() * scale * (p->device() ? p->device()->devicePixelRatioF() : 1.0);
    int px = 16;
    for (int s : {16, 20, 24, 32, 40, 48, 64, 96, 128})
        if (s <= want + 1)
            px = s;
    const QImage img = cachedIcon(kind, want > 128 ? 128 : px);
    p->drawImage(rect, img);
}

void NodePainter::paintNode(QPainter *p, const QRectF &rect, const NodeLook &look, Detail detail) const
{
    if (detail == Detail::Low) {
        // Far away: a flat rectangle in the kind's colour, nothing else.
        if (look.kind == Kind::Cluster) {
            p->setPen(QPen(accent(look), 0, Qt::DashLine));
            p->setBrush(Qt::NoBrush);
        } else if (Geo::isContainer(look.kind)) {
            p->setPen(QPen(accent(look), 0));
            p->setBrush(m_style.containerFill);
        } else {
            p->setPen(Qt::NoPen);
            p->setBrush(look.selected ? m_style.selection : accent(look));
        }
        p->drawRect(rect);
        if (look.highlighted || (look.selected && Geo::isContainer(look.kind))) {
            p->setPen(QPen(look.highlighted ? m_style.highlight : m_style.selection, 0));
            p->setBrush(Qt::NoBrush);
            p->drawRect(rect);
        }
        return;
    }
    p->save();
    if (look.failed)
        p->setOpacity(p->opacity() * m_style.failedOpacity);
    switch (look.kind) {
    case Kind::Server:
    case Kind::Zone: paintContainer(p, rect, look, detail); break;
    case Kind::Cluster: paintCluster(p, rect, look, detail); break;
    case Kind::Note: paintNote(p, rect, look, detail); break;
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
    case Kind::Cache: paintLeaf(p, rect, look, detail); break;
    }
    p->restore();
}

void NodePainter::paintMarks(QPainter *p, const QRectF &r, const NodeLook &look, double radius) const
{
    if (look.highlighted) {
        p->setPen(QPen(m_style.highlight, m_style.highContrast ? 5 : 4));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(r.adjusted(-3, -3, 3, 3), radius + 3, radius + 3);
    }
    if (look.selected) {
        p->setPen(QPen(m_style.selection, m_style.highContrast ? 3 : 2));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(r.adjusted(-1.5, -1.5, 1.5, 1.5), radius + 1, radius + 1);
    }
    if (look.failed) {
        p->setPen(QPen(Style::severityColor(Severity::Error), m_style.highContrast ? 3 : 2));
        const QPointF c(r.right() - 12, r.top() + 12);
        p->drawLine(c + QPointF(-5, -5), c + QPointF(5, 5));
        p->drawLine(c + QPointF(-5, 5), c + QPointF(5, -5));
    }
    if (look.runState != Overlay::RunState::Unknown) {
        p->setPen(QPen(m_style.surface, 1.5));
        p->setBrush(Style::runStateColor(look.runState));
        p->drawEllipse(QPointF(r.right() - 7, r.bottom() - 7), 4.5, 4.5);
    }
    if (look.hasBadge) {
        const double br = m_style.highContrast ? 10 : 8;
        const QPointF c(r.right() - 2, r.top() + 2);
        p->setPen(QPen(m_style.surface, 1.5));
        p->setBrush(Style::severityColor(look.badge));
        p->drawEllipse(c, br, br);
        QFont f = m_style.titleFont();
        f.setPixelSize(int(br * 1.4));
        f.setWeight(QFont::Black);
        p->setFont(f);
        p->setPen(Style::glyphOn(Style::severityColor(look.badge)));
        p->drawText(QRectF(c.x() - br, c.y() - br, 2 * br, 2 * br), Qt::AlignCenter,
                    look.badge == Severity::Info ? QStringLiteral("i") : QStringLiteral("!"));
    }
}

void NodePainter::paintLeaf(QPainter *p, const QRectF &r, const NodeLook &look, Detail detail) const
{
    const QColor kc = accent(look);
    const double radius = 6;
    QColor borderColor = m_style.highContrast ? m_style.border : kc;
    if (!m_style.highContrast)
        borderColor.setAlphaF(0.55);
    p->setPen(QPen(borderColor, m_style.borderWidth()));
    p->setBrush(m_style.surface);
    p->drawRoundedRect(r, radius, radius);

    const bool vertical = look.kind == Kind::Internet;
    const double iconSize = vertical ? std::min(30.0, r.height() * 0.45) : std::min(28.0, r.height() - 12);
    QRectF iconRect = vertical ? QRectF(r.center().x() - iconSize / 2, r.top() + 7, iconSize, iconSize)
                               : QRectF(r.left() + 6, r.center().y() - iconSize / 2, iconSize, iconSize);
    paintIcon(p, look.kind, iconRect);

    const QFont tf = m_style.titleFont();
    const QFont sf = m_style.subtitleFont();
    p->setPen(m_style.text);
    if (vertical) {
        const QRectF titleRect(r.left() + 4, iconRect.bottom() + 2, r.width() - 8, r.bottom() - iconRect.bottom() - 4);
        p->setFont(tf);
        p->drawText(titleRect, Qt::AlignHCenter | Qt::AlignVCenter, elided(tf, look.title, titleRect.width()));
    } else {
        const double left = iconRect.right() + 8;
        const QRectF text(left, r.top() + 3, r.right() - left - 6, r.height() - 6);
        const bool sub = detail == Detail::Full && !look.subtitle.isEmpty()
                         && text.height() >= QFontMetricsF(tf).height() + QFontMetricsF(sf).height() - 2;
        p->setFont(tf);
        if (!sub) {
            p->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, elided(tf, look.title, text.width()));
        } else {
            const double th = QFontMetricsF(tf).height(), sh = QFontMetricsF(sf).height();
            const double top = text.center().y() - (th + sh) / 2;
            p->drawText(QRectF(text.left(), top, text.width(), th), Qt::AlignLeft | Qt::AlignVCenter,
                        elided(tf, look.title, text.width()));
            p->setFont(sf);
            p->setPen(look.failed ? m_style.text : m_style.subtleText);
            p->drawText(QRectF(text.left(), top + th, text.width(), sh), Qt::AlignLeft | Qt::AlignVCenter,
                        elided(sf, look.subtitle, text.width()));
        }
    }
    paintMarks(p, r, look, radius);
}

void NodePainter::paintContainer(QPainter *p, const QRectF &r, const NodeLook &look, Detail detail) const
{
    const bool zone = look.kind == Kind::Zone;
    const QColor kc = accent(look);
    const double radius = zone ? 10 : 7;
    QColor fill = m_style.containerFill;
    QColor band = kc;
    if (zone) {
        QColor tint = Style::zoneTint(look.trust);
        if (look.failed)
            tint = m_style.failed;
        fill = tint;
        fill.setAlphaF(m_style.tintAlpha());
        band = tint;
    }
    QPen border(zone ? band : (m_style.highContrast ? m_style.border : kc.lighter(m_style.dark ? 100 : 150)),
                m_style.borderWidth() * (zone ? 1.2 : 1.0), zone ? Qt::DashLine : Qt::SolidLine);
    p->setPen(border);
    p->setBrush(fill);
    p->drawRoundedRect(r, radius, radius);

    // Header band.
    const QRectF header(r.left(), r.top(), r.width(), std::min(Geo::kHeader, r.height()));
    if (!zone) {
        QPainterPath path;
        path.addRoundedRect(header, radius, radius);
        QPainterPath bottom;
        bottom.addRect(header.adjusted(0, radius, 0, 0));
        path = path.united(bottom);
        QColor hb = kc;
        hb.setAlphaF(m_style.bandAlpha());
        p->setPen(Qt::NoPen);
        p->setBrush(hb);
        p->drawPath(path);
    }
    const double iconSize = 20;
    const QRectF iconRect(r.left() + 6, header.center().y() - iconSize / 2, iconSize, iconSize);
    paintIcon(p, look.kind, iconRect);
    const QFont hf = m_style.headerFont();
    const QFont sf = m_style.subtitleFont();
    const double left = iconRect.right() + 7;
    const double width = r.right() - left - 8;
    p->setPen(m_style.text);
    p->setFont(hf);
    if (detail == Detail::Full && !look.subtitle.isEmpty()) {
        // Title and subtitle side by side when both fit, else the title alone.
        const QFontMetricsF hm(hf), sm(sf);
        const double tw = hm.horizontalAdvance(look.title);
        const double sw = sm.horizontalAdvance(look.subtitle);
        if (tw + 10 + sw <= width) {
            p->drawText(QRectF(left, header.top(), tw + 1, header.height()), Qt::AlignLeft | Qt::AlignVCenter, look.title);
            p->setFont(sf);
            p->setPen(look.failed ? m_style.text : m_style.subtleText);
            p->drawText(QRectF(left, header.top(), width, header.height()), Qt::AlignRight | Qt::AlignVCenter,
                        look.subtitle);
        } else if (hm.height() + sm.height() <= header.height() + 1) {
            const double top = header.center().y() - (hm.height() + sm.height()) / 2;
            p->drawText(QRectF(left, top, width, hm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                        elided(hf, look.title, width));
            p->setFont(sf);
            p->setPen(look.failed ? m_style.text : m_style.subtleText);
            p->drawText(QRectF(left, top + hm.height() - 1, width, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                        elided(sf, look.subtitle, width));
        } else {
            p->drawText(QRectF(left, header.top(), width, header.height()), Qt::AlignLeft | Qt::AlignVCenter,
                        elided(hf, look.title, width));
        }
    } else {
        p->drawText(QRectF(left, header.top(), width, header.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    elided(hf, look.title, width));
    }
    paintMarks(p, r, look, radius);
}

void NodePainter::paintCluster(QPainter *p, const QRectF &r, const NodeLook &look, Detail detail) const
{
    const QColor kc = accent(look);
    QColor fill = kc;
    fill.setAlphaF(m_style.tintAlpha());
    p->setPen(QPen(kc, m_style.borderWidth() * 1.4, Qt::DashLine));
    p->setBrush(fill);
    p->drawRoundedRect(r, 12, 12);
    const double band = Geo::kClusterMargin + 18;
    const QRectF iconRect(r.left() + 8, r.top() + (band - 18) / 2, 18, 18);
    paintIcon(p, Kind::Cluster, iconRect);
    const double left = iconRect.right() + 6;
    const double width = r.right() - left - 8;
    const QFont hf = m_style.headerFont();
    p->setFont(hf);
    p->setPen(m_style.text);
    QString text = look.title;
    const QString full = look.title + QStringLiteral("  ·  ") + look.subtitle;
    if (detail == Detail::Full && !look.subtitle.isEmpty() && QFontMetricsF(hf).horizontalAdvance(full) <= width)
        text = full;
    p->drawText(QRectF(left, r.top(), width, band), Qt::AlignLeft | Qt::AlignVCenter, elided(hf, text, width));
    paintMarks(p, r, look, 12);
}

void NodePainter::paintNote(QPainter *p, const QRectF &r, const NodeLook &look, Detail detail) const
{
    const double fold = 12;
    QPainterPath path;
    path.moveTo(r.topLeft());
    path.lineTo(r.topRight());
    path.lineTo(r.right(), r.bottom() - fold);
    path.lineTo(r.right() - fold, r.bottom());
    path.lineTo(r.bottomLeft());
    path.closeSubpath();
    const QColor fill = m_style.noteFill;
    p->setPen(QPen(m_style.highContrast ? m_style.border : accent(look), m_style.borderWidth()));
    p->setBrush(fill);
    p->drawPath(path);
    p->drawLine(QPointF(r.right(), r.bottom() - fold), QPointF(r.right() - fold, r.bottom() - fold));
    p->drawLine(QPointF(r.right() - fold, r.bottom() - fold), QPointF(r.right() - fold, r.bottom()));
    const QRectF text = r.adjusted(8, 5, -8, -5);
    const QFont tf = m_style.titleFont();
    p->setPen(m_style.text);
    p->setFont(tf);
    const double th = QFontMetricsF(tf).height();
    p->drawText(QRectF(text.left(), text.top(), text.width(), th), Qt::AlignLeft | Qt::AlignVCenter,
                elided(tf, look.title, text.width()));
    if (detail == Detail::Full && !look.subtitle.isEmpty()) {
        p->setFont(m_style.subtitleFont());
        p->setPen(look.failed ? m_style.text : m_style.subtleText);
        p->drawText(QRectF(text.left(), text.top() + th, text.width() - fold, text.height() - th),
                    Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, look.subtitle);
    }
    paintMarks(p, r, look, 0);
}

QRectF NodePainter::linkLabelRect(const QPointF &from, const QPointF &to, const LinkLook &look) const
{
    const QFontMetricsF fm(m_style.labelFont());
    const double w = fm.horizontalAdvance(look.text) + 10;
    const double h = fm.height() + 2;
    const QPointF mid = (from + to) / 2;
    return QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h);
}

QRectF NodePainter::linkBounds(const QPointF &from, const QPointF &to, const QRectF &labelRect) const
{
    const double m = m_style.highContrast ? 16 : 12;
    return QRectF(from, to).normalized().adjusted(-m, -m, m, m).united(labelRect.adjusted(-2, -2, 2, 2));
}

// Liang-Barsky: the part of a-b inside r; false when none.
bool clipSegment(const QRectF &r, QPointF &a, QPointF &b)
{
    double t0 = 0, t1 = 1;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF a0 = a;
    a = a0 + QPointF(dx, dy) * t0;
    b = a0 + QPointF(dx, dy) * t1;
    return true;
}

QColor NodePainter::linkColor(const LinkLook &look) const
{
    return look.selected ? m_style.selection : look.failed ? m_style.failed : m_style.protocolColor(look.protocol);
}

double NodePainter::linkPenWidth(const LinkLook &look) const
{
    return m_style.linkWidth() * (look.selected ? 1.6 : 1.0);
}

double NodePainter::arrowSize() const { return m_style.highContrast ? 14 : 10; }

QPointF NodePainter::arrowBase(const QPointF &from, const QPointF &to) const
{
    const double len = QLineF(from, to).length();
    return len > arrowSize() ? to - (to - from) / len * arrowSize() : from;
}

void NodePainter::paintLinkLine(QPainter *p, const QPointF &from, const QPointF &to, const LinkLook &look,
                                const QRectF &clip) const
{
    // The line stops at the arrowhead's base; clipped to `clip` (when given)
    // with the dash pattern kept in phase with the unclipped line.
    QPointF a = from, b = arrowBase(from, to);
    if (!clip.isNull() && !clipSegment(clip, a, b))
        return;
    const double width = linkPenWidth(look);
    if (look.highlighted) {
        p->setPen(QPen(m_style.highlight, width + 6, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(a, b);
    }
    QPen pen(linkColor(look), width, look.failed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
    if (look.failed)
        pen.setDashOffset(QLineF(from, a).length() / width);
    p->setPen(pen);
    p->drawLine(a, b);
}

void NodePainter::paintLinkArrow(QPainter *p, const QPointF &from, const QPointF &to, const LinkLook &look) const
{
    const double len = QLineF(from, to).length();
    const double arrow = arrowSize();
    const QPointF dir = len > 0 ? (to - from) / len : QPointF(1, 0);
    const QPointF base = arrowBase(from, to);
    const QPointF normal(-dir.y(), dir.x());
    const QPointF pts[3] = {to, base + normal * arrow * 0.45, base - normal * arrow * 0.45};
    p->setPen(Qt::NoPen);
    p->setBrush(linkColor(look));
    p->drawPolygon(pts, 3);
}

bool NodePainter::labelFits(const QPointF &from, const QPointF &to, const QRectF &labelRect)
{
    // Too short to carry a label without hiding its ends.
    return QLineF(from, to).length() >= labelRect.width() * 0.6;
}

void NodePainter::paintLinkLabel(QPainter *p, const QRectF &labelRect, const LinkLook &look) const
{
    const QColor c = linkColor(look);
    QColor bg = m_style.background;
    bg.setAlphaF(0.92);
    p->setPen(QPen(c, m_style.highContrast ? 1.5 : 0.8));
    p->setBrush(bg);
    p->drawRoundedRect(labelRect, labelRect.height() / 2, labelRect.height() / 2);
    p->setFont(m_style.labelFont());
    p->setPen(m_style.highContrast ? m_style.text : c.darker(m_style.dark ? 100 : 115));
    p->drawText(labelRect, Qt::AlignCenter, look.text);
}

void NodePainter::paintLink(QPainter *p, const QPointF &from, const QPointF &to, const LinkLook &look,
                            Detail detail) const
{
    if (detail == Detail::Low) { // far away: a plain hairline, no arrow, no label
        const bool aa = p->testRenderHint(QPainter::Antialiasing);
        p->setRenderHint(QPainter::Antialiasing, false);
        p->setPen(QPen(linkColor(look), 0));
        p->drawLine(from, to);
        p->setRenderHint(QPainter::Antialiasing, aa);
        return;
    }
    paintLinkLine(p, from, to, look);
    paintLinkArrow(p, from, to, look);
    if (detail != Detail::Full || look.text.isEmpty())
        return;
    const QRectF lr = linkLabelRect(from, to, look);
    if (labelFits(from, to, lr))
        paintLinkLabel(p, lr, look);
}

} // namespace sw
