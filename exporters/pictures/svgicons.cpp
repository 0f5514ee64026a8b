#include "exporters/pictures/svgicons.h"

#include <QBuffer>
#include <QHash>
#include <QMutex>
#include <QPaintEngine>
#include <QPainter>
#include <QSvgGenerator>
#include <QSvgRenderer>

namespace sw {

namespace {

// Where the marker is drawn: far outside any diagram, tiny, no pen or brush.
const QRectF kMarkerRect(-999999, -999983, 0.0625, 0.0625);

// `svg` as QSvgGenerator writes it for `paint`, into a unit viewBox.
QByteArray generate(const std::function<void(QPainter *)> &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&buffer);
    gen.setSize(QSize(1, 1));
    gen.setViewBox(QRectF(0, 0, 1, 1));
    QPainter p;
    if (!p.begin(&gen))
        return {};
    paint(&p);
    p.end();
    return bytes;
}

void drawMarker(QPainter *p)
{
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(Qt::NoBrush);
    p->drawRect(kMarkerRect);
    p->restore();
}

// The element QSvgGenerator writes for drawMarker(), found in a sample.
const QByteArray &markerText()
{
    static const QByteArray text = [] {
        const QByteArray sample = generate(drawMarker);
        const int start = sample.indexOf("<rect");
        const int end = start < 0 ? -1 : sample.indexOf("/>", start);
        return end < 0 ? QByteArray() : sample.mid(start, end + 2 - start);
    }();
    return text;
}

void appendNumber(QByteArray &out, double v)
{
    out += QByteArray::number(v, 'g', 10);
}

} // namespace

QByteArray SvgIconUses::symbolId(Kind kind)
{
    return QByteArrayLiteral("sw-icon-") + kindName(kind).toLatin1();
}

QByteArray SvgIconUses::drawing(Kind kind)
{
    static QMutex mutex;
    static QHash<int, QByteArray> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(int(kind));
    if (it != cache.constEnd())
        return *it;
    QByteArray out;
    QSvgRenderer icon(NodePainter::iconPath(kind));
    if (icon.isValid()) {
        const QByteArray doc = generate([&](QPainter *p) { icon.render(p, QRectF(0, 0, 1, 1)); });
        // Only self-contained drawings: nothing of the icon's in <defs>
        // (gradients, clip paths), whose ids could clash in the document.
        const QByteArray emptyDefs("<defs>\n</defs>\n");
        const int defs = doc.indexOf(emptyDefs);
        const int end = doc.lastIndexOf("</svg>");
        if (defs >= 0 && end > defs) {
            const int start = defs + int(emptyDefs.size());
            out = QByteArrayLiteral("<g id=\"") + symbolId(kind) + QByteArrayLiteral("\">\n")
                  + doc.mid(start, end - start).trimmed() + QByteArrayLiteral("\n</g>\n");
        }
    }
    cache.insert(int(kind), out);
    return out;
}

NodePainter::IconSink SvgIconUses::sink()
{
    return [this](QPainter *p, Kind kind, const QRectF &rect) {
        const QPaintEngine *engine = p->paintEngine();
        if (!engine || engine->type() != QPaintEngine::SVG || markerText().isEmpty() || drawing(kind).isEmpty())
            return false;
        drawMarker(p);
        m_uses.push_back({kind, rect});
        return true;
    };
}

QByteArray SvgIconUses::resolve(const QByteArray &svg) const
{
    if (m_uses.empty())
        return svg;
    const QByteArray &marker = markerText();
    const QByteArray defsTag("<defs>\n");
    const int defsAt = svg.indexOf(defsTag);
    if (marker.isEmpty() || defsAt < 0)
        return {};
    // Each used kind's drawing once, in order of first use.
    QByteArray defs;
    QHash<int, bool> written;
    for (const Use &u : m_uses) {
        if (written.contains(int(u.kind)))
            continue;
        written.insert(int(u.kind), true);
        defs += drawing(u.kind);
    }
    QByteArray out;
    out.reserve(svg.size() + defs.size() + qsizetype(m_uses.size()) * 110);
    qsizetype pos = defsAt + defsTag.size();
    out.append(svg.constData(), pos);
    out += defs;
    size_t i = 0;
    for (qsizetype m = svg.indexOf(marker, pos); m >= 0; m = svg.indexOf(marker, pos)) {
        if (i >= m_uses.size())
            return {};
        out.append(svg.constData() + pos, m - pos);
        const Use &u = m_uses[i++];
        // The unit square onto the icon's rect, in the painter's coordinates
        // (the enclosing group carries its transform and opacity).
        out += QByteArrayLiteral("<use xlink:href=\"#") + symbolId(u.kind) + QByteArrayLiteral("\" transform=\"matrix(");
        appendNumber(out, u.rect.width());
        out += ",0,0,";
        appendNumber(out, u.rect.height());
        out += ',';
        appendNumber(out, u.rect.x());
        out += ',';
        appendNumber(out, u.rect.y());
        out += ")\"/>";
        pos = m + marker.size();
    }
    if (i != m_uses.size())
        return {};
    out.append(svg.constData() + pos, svg.size() - pos);
    return out;
}

} // namespace sw
