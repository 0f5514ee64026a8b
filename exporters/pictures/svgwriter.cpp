#include "exporters/pictures/svgwriter.h"

#include "exporters/pictures/markup.h"
#include "core/io/savefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QMutex>
#include <QXmlStreamReader>
#include <cmath>

namespace sw {

namespace {

QByteArray hex(const QColor &c) { return c.name(QColor::HexRgb).toLatin1(); }

QByteArray decimal(double v)
{
    QByteArray s = QByteArray::number(v, 'f', 3);
    while (s.endsWith('0'))
        s.chop(1);
    if (s.endsWith('.'))
        s.chop(1);
    return s;
}

QByteArray fontRule(const QFont &f)
{
    return QByteArrayLiteral("font-family:'") + f.family().toLatin1() + QByteArrayLiteral("',sans-serif;font-size:")
           + QByteArray::number(f.pixelSize()) + QByteArrayLiteral("px;font-weight:")
           + QByteArray::number(f.weight() >= QFont::Black ? 900 : (f.weight() + 50) / 100 * 100);
}

const QByteArray &protocolClass(Protocol p)
{
    static const QVector<QByteArray> names = [] {
        QVector<QByteArray> v;
        for (Protocol q : allProtocols()) {
            if (v.size() <= int(q))
                v.resize(int(q) + 1);
            v[int(q)] = protocolName(q).toLatin1();
        }
        return v;
    }();
    return names.at(int(p));
}

} // namespace

SvgWriter::SvgWriter(const Design &design, const DiagramRenderer &renderer, const PictureOptions &options)
    : m_design(design), m_renderer(renderer), m_options(options), m_painter(Style::light()),
      m_origin(renderer.sceneRect().topLeft()), m_title(m_painter.style().titleFont()),
      m_subtitle(m_painter.style().subtitleFont()), m_header(m_painter.style().headerFont()),
      m_label(m_painter.style().labelFont())
{
}

QByteArray SvgWriter::symbolId(Kind kind) { return QByteArrayLiteral("sw-icon-") + kindName(kind).toLatin1(); }

QByteArray SvgWriter::symbol(Kind kind)
{
    static QMutex mutex;
    static QHash<int, QByteArray> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(int(kind));
    if (it != cache.constEnd())
        return *it;
    QByteArray out;
    QFile f(NodePainter::iconPath(kind));
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray doc = f.readAll();
        // Our own resource: the root's viewBox, its content kept as it is
        // (no ids of its own, so nothing can clash in the document).
        QXmlStreamReader xml(doc);
        QByteArray viewBox;
        while (!xml.atEnd() && viewBox.isEmpty()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("svg"))
                viewBox = xml.attributes().value(QLatin1String("viewBox")).toLatin1();
        }
        const int open = doc.indexOf("<svg");
        const int start = open < 0 ? -1 : doc.indexOf('>', open);
        const int end = doc.lastIndexOf("</svg>");
        const QList<QByteArray> box = viewBox.simplified().replace(',', ' ').split(' ');
        const double w = box.size() == 4 ? box[2].toDouble() : 0, h = box.size() == 4 ? box[3].toDouble() : 0;
        if (w > 0 && h > 0 && start > 0 && end > start && !doc.contains(" id=")) {
            // A group drawn in the unit square (Qt 6.4's renderer ignores
            // <symbol>: a plain group works everywhere).
            out = QByteArrayLiteral("<g id=\"") + symbolId(kind) + QByteArrayLiteral("\" transform=\"matrix(")
                  + QByteArray::number(1 / w, 'g', 8) + ",0,0," + QByteArray::number(1 / h, 'g', 8) + ','
                  + QByteArray::number(-box[0].toDouble() / w, 'g', 8) + ','
                  + QByteArray::number(-box[1].toDouble() / h, 'g', 8) + QByteArrayLiteral(")\">\n")
                  + doc.mid(start + 1, end - start - 1).trimmed() + QByteArrayLiteral("\n</g>\n");
        }
    }
    cache.insert(int(kind), out);
    return out;
}

void SvgWriter::num(double v)
{
    // Two decimals at most, no trailing zeros: quick and short.
    long long r = std::llround(v * 100);
    char buf[32];
    int n = 0;
    if (r < 0) {
        buf[n++] = '-';
        r = -r;
    }
    const long long whole = r / 100;
    const int frac = int(r % 100);
    char digits[24];
    int d = 0;
    long long w = whole;
    do {
        digits[d++] = char('0' + w % 10);
        w /= 10;
    } while (w > 0);
    while (d > 0)
        buf[n++] = digits[--d];
    if (frac) {
        buf[n++] = '.';
        buf[n++] = char('0' + frac / 10);
        if (frac % 10)
            buf[n++] = char('0' + frac % 10);
    }
    if (n == 2 && buf[0] == '-' && buf[1] == '0')
        n = 0, buf[n++] = '0';
    m_out.append(buf, n);
}

void SvgWriter::pt(const QPointF &p)
{
    num(p.x());
    m_out += ',';
    num(p.y());
}

void SvgWriter::xy(const char *xName, double x, const char *yName, double y)
{
    m_out += ' ';
    m_out += xName;
    m_out += "=\"";
    num(x);
    m_out += "\" ";
    m_out += yName;
    m_out += "=\"";
    num(y);
    m_out += '"';
}

void SvgWriter::esc(const QString &s) { m_out += markup::xml(s).toUtf8(); }

void SvgWriter::rect(const char *cls, const QRectF &r0, double radius, const QByteArray &style)
{
    const QRectF r = r0.translated(-m_origin);
    m_out += "<rect class=\"";
    m_out += cls;
    m_out += '"';
    xy("x", r.x(), "y", r.y());
    xy("width", r.width(), "height", r.height());
    if (radius > 0) {
        m_out += " rx=\"";
        num(std::min(radius, std::min(r.width(), r.height()) / 2));
        m_out += '"';
    }
    if (!style.isEmpty())
        m_out += " style=\"" + style + '"';
    m_out += "/>";
}

void SvgWriter::icon(Kind kind, const QRectF &r0)
{
    // The unit-square drawing onto the icon's rect.
    const QRectF r = r0.translated(-m_origin);
    m_out += "<use xlink:href=\"#";
    m_out += symbolId(kind);
    m_out += "\" transform=\"matrix(";
    num(r.width());
    m_out += ",0,0,";
    num(r.height());
    m_out += ',';
    pt(r.topLeft());
    m_out += ")\"/>";
}

void SvgWriter::text(const char *cls, const QFontMetricsF &fm, const QRectF &box0, Qt::Alignment align,
                     const QString &s, const QByteArray &style)
{
    if (s.isEmpty())
        return;
    const QRectF box = box0.translated(-m_origin);
    const double h = fm.ascent() + fm.descent();
    double y = box.top() + fm.ascent();
    if (align & Qt::AlignVCenter)
        y = box.top() + (box.height() - h) / 2 + fm.ascent();
    else if (align & Qt::AlignBottom)
        y = box.bottom() - h + fm.ascent();
    double x = box.left();
    const char *anchor = "";
    if (align & Qt::AlignHCenter) {
        x = box.center().x();
        anchor = " sw-m";
    } else if (align & Qt::AlignRight) {
        x = box.right();
        anchor = " sw-e";
    }
    m_out += "<text class=\"";
    m_out += cls;
    m_out += anchor;
    m_out += '"';
    xy("x", x, "y", y);
    if (!style.isEmpty())
        m_out += " style=\"" + style + '"';
    m_out += '>';
    esc(s);
    m_out += "</text>";
}

void SvgWriter::header()
{
    const QRectF scene = m_renderer.sceneRect();
    m_out += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
             "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
             "version=\"1.1\" xml:space=\"preserve\"";
    xy("width", std::ceil(scene.width()), "height", std::ceil(scene.height()));
    m_out += " viewBox=\"0 0 ";
    num(scene.width());
    m_out += ' ';
    num(scene.height());
    m_out += "\">\n<title>";
    esc(m_design.name);
    m_out += "</title>\n<desc>";
    esc(QCoreApplication::translate("sw::SvgExporter", "Made with Stackwright"));
    m_out += "</desc>\n";
}

void SvgWriter::styleSheet()
{
    const Style &s = m_painter.style();
    const double bw = s.borderWidth();
    auto dash = [](double w) { return QByteArrayLiteral(";stroke-dasharray:") + decimal(4 * w) + ',' + decimal(2 * w); };
    QByteArray css = "<style type=\"text/css\"><![CDATA[\n";
    css += ".sw-bg{fill:#ffffff;stroke:none}\n";
    // Leaf boxes: the surface, bordered in the kind's colour.
    css += ".sw-leaf{fill:" + hex(s.surface) + ";stroke-width:" + decimal(bw)
           + (s.highContrast ? QByteArray() : QByteArrayLiteral(";stroke-opacity:0.55")) + "}\n";
    for (const KindInfo &k : allKinds())
        css += ".sw-k-" + k.name.toLatin1() + "{stroke:" + hex(s.highContrast ? s.border : Style::kindColor(k.kind))
               + "}\n";
    // Servers: body and header band; zones by trust; clusters; notes.
    const QColor server = Style::kindColor(Kind::Server);
    css += ".sw-srv{fill:" + hex(s.containerFill) + ";stroke:"
           + hex(s.highContrast ? s.border : server.lighter(s.dark ? 100 : 150)) + ";stroke-width:" + decimal(bw) + "}\n";
    css += ".sw-band{fill:" + hex(server) + ";fill-opacity:" + decimal(s.bandAlpha()) + ";stroke:none}\n";
    css += ".sw-zone{stroke-width:" + decimal(bw * 1.2) + dash(bw * 1.2) + "}\n";
    for (const char *trust : {"public", "dmz", "private"}) {
        const QByteArray c = hex(Style::zoneTint(QString::fromLatin1(trust)));
        css += QByteArrayLiteral(".sw-z-") + trust + "{fill:" + c + ";fill-opacity:" + decimal(s.tintAlpha())
               + ";stroke:" + c + "}\n";
    }
    const QByteArray cl = hex(Style::kindColor(Kind::Cluster));
    css += ".sw-cl{fill:" + cl + ";fill-opacity:" + decimal(s.tintAlpha()) + ";stroke:" + cl + ";stroke-width:"
           + decimal(bw * 1.4) + dash(bw * 1.4) + "}\n";
    const QByteArray noteBorder = hex(s.highContrast ? s.border : Style::kindColor(Kind::Note));
    css += ".sw-note{fill:" + hex(s.noteFill) + ";stroke:" + noteBorder + ";stroke-width:" + decimal(bw) + "}\n";
    css += ".sw-fold{fill:none;stroke:" + noteBorder + ";stroke-width:" + decimal(bw) + "}\n";
    // Texts: title, subtitle, container header, link label; anchors.
    css += ".sw-t{" + fontRule(s.titleFont()) + ";fill:" + hex(s.text) + "}\n";
    css += ".sw-s{" + fontRule(s.subtitleFont()) + ";fill:" + hex(s.subtleText) + "}\n";
    css += ".sw-h{" + fontRule(s.headerFont()) + ";fill:" + hex(s.text) + "}\n";
    css += ".sw-lt{" + fontRule(s.labelFont()) + "}\n";
    css += ".sw-m{text-anchor:middle}\n.sw-e{text-anchor:end}\n";
    // Links by protocol: line, arrowhead, label box, label text.
    QColor bg = s.background;
    css += ".sw-l{fill:none;stroke-width:" + decimal(s.linkWidth()) + "}\n";
    for (Protocol p : allProtocols()) {
        const QColor c = s.protocolColor(p);
        const QByteArray name = protocolClass(p);
        css += ".sw-p-" + name + "{stroke:" + hex(c) + "}\n";
        css += ".sw-a-" + name + "{fill:" + hex(c) + ";stroke:none}\n";
        css += ".sw-lb-" + name + "{fill:" + hex(bg) + ";fill-opacity:0.92;stroke:" + hex(c) + ";stroke-width:"
               + decimal(s.highContrast ? 1.5 : 0.8) + "}\n";
        css += ".sw-lt-" + name + "{fill:" + hex(s.highContrast ? s.text : c.darker(s.dark ? 100 : 115)) + "}\n";
    }
    css += "]]></style>\n";
    m_out += css;
}

void SvgWriter::defs()
{
    // Each kind's icon once, for the kinds the drawing shows.
    bool used[kKindCount] = {};
    const DiagramScope &scope = m_renderer.scope();
    for (const Node &n : m_design.nodes())
        if (n.kind != Kind::Note && scope.hasNode(n.id) && m_renderer.geometry().contains(n.id))
            used[int(n.kind)] = true;
    m_out += "<defs>\n";
    for (const KindInfo &k : allKinds())
        if (used[int(k.kind)])
            m_out += symbol(k.kind);
    m_out += "</defs>\n";
}

void SvgWriter::link(const Link &l)
{
    const DiagramGeometry &geo = m_renderer.geometry();
    const auto ends = DiagramGeometry::linkEnds(geo.rect(l.from), geo.rect(l.to));
    const QPointF from = ends.first - m_origin, to = ends.second - m_origin;
    const LinkLook look = LinkLook::of(l, m_options.overlay);
    const QByteArray &proto = protocolClass(look.protocol);
    const QPointF base = m_painter.arrowBase(from, to);
    const double width = m_painter.linkPenWidth(look);
    const QByteArray failed = look.failed ? QByteArrayLiteral("stroke:") + hex(m_painter.linkColor(look)) : QByteArray();
    if (look.highlighted) {
        m_out += "<path style=\"fill:none;stroke-linecap:round;stroke:" + hex(m_painter.style().highlight)
                 + ";stroke-width:" + decimal(width + 6) + "\" d=\"M";
        pt(from);
        m_out += 'L';
        pt(base);
        m_out += "\"/>";
    }
    m_out += "<path class=\"sw-l sw-p-" + proto + '"';
    if (look.failed)
        m_out += " style=\"" + failed + ";stroke-dasharray:" + decimal(4 * width) + ',' + decimal(2 * width) + '"';
    m_out += " d=\"M";
    pt(from);
    m_out += 'L';
    pt(base);
    m_out += "\"/>";
    // The arrowhead.
    const double len = QLineF(from, to).length();
    const QPointF dir = len > 0 ? (to - from) / len : QPointF(1, 0);
    const QPointF normal(-dir.y(), dir.x());
    const double half = m_painter.arrowSize() * 0.45;
    const QPointF b1 = base + normal * half, b2 = base - normal * half;
    m_out += "<path class=\"sw-a-" + proto + '"';
    if (look.failed)
        m_out += " style=\"fill:" + hex(m_painter.linkColor(look)) + '"';
    m_out += " d=\"M";
    pt(to);
    m_out += 'L';
    pt(b1);
    m_out += 'L';
    pt(b2);
    m_out += "z\"/>";
    const QRectF lr = look.text.isEmpty() ? QRectF() : m_painter.linkLabelRect(from, to, look);
    if (look.text.isEmpty() || !NodePainter::labelFits(from, to, lr)) {
        m_out += '\n';
        return;
    }
    // The label box and its text (the pieces are already relative to the origin).
    const QPointF saved = m_origin;
    m_origin = QPointF(0, 0);
    const QByteArray lbStyle = look.failed ? failed : QByteArray();
    rect(QByteArray("sw-lb-" + proto).constData(), lr, lr.height() / 2, lbStyle);
    text(QByteArray("sw-lt sw-lt-" + proto).constData(), m_label, lr, Qt::AlignCenter, look.text,
         look.failed ? QByteArrayLiteral("fill:") + hex(m_painter.linkColor(look).darker(115)) : QByteArray());
    m_origin = saved;
    m_out += '\n';
}

bool SvgWriter::flushIfFull()
{
    if (!m_device || m_out.size() < kChunk)
        return true;
    if (!writeFully(m_device, m_out, &m_error))
        return false;
    m_out.clear();
    return true;
}

bool SvgWriter::run()
{
    m_out.reserve(m_device ? kChunk + 64 * 1024 : 4 * 1024 * 1024);
    header();
    styleSheet();
    defs();
    const QRectF scene = m_renderer.sceneRect();
    if (!m_options.transparent)
        rect("sw-bg", scene, 0);
    m_out += '\n';
    const DiagramGeometry &geo = m_renderer.geometry();
    const DiagramScope &scope = m_renderer.scope();
    for (const QString &id : geo.paintOrder()) {
        if (!scope.hasNode(id))
            continue;
        if (const Node *n = m_design.node(id))
            node(*n, geo.rect(id));
        if (!flushIfFull())
            return false;
    }
    for (const Link &l : m_design.links()) {
        if (!scope.hasLink(l) || !geo.contains(l.from) || !geo.contains(l.to))
            continue;
        link(l);
        if (!flushIfFull())
            return false;
    }
    m_out += "</svg>\n";
    return true;
}

bool SvgWriter::write(QIODevice *device, QString *error)
{
    m_device = device;
    const bool ok = run() && writeFully(device, m_out, &m_error);
    m_out.clear();
    m_device = nullptr;
    if (!ok && error)
        *error = m_error;
    return ok;
}

QByteArray SvgWriter::document()
{
    m_device = nullptr;
    run();
    return std::move(m_out);
}

} // namespace sw
