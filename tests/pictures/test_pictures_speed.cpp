// The structures that keep the big exports fast, checked for what they draw:
// the SVG's icons drawn once in <defs> and placed per node with <use>, and
// a big report PDF (its text: test_pictures_reportpdf).
#include "exporters/pictures/diagramrenderer.h"
#include "bench/common/generate.h"
#include "tests/pictures/picturetesthelpers.h"
#include "exporters/pictures/pngexporter.h"
#include "exporters/pictures/reportexporter.h"
#include "exporters/pictures/svgexporter.h"

#include "core/model/geometry.h"

#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTransform>
#include <QXmlStreamReader>

using namespace sw;
using namespace swtest;

namespace {

QTransform parseMatrix(const QString &attr)
{
    static const QRegularExpression re(QStringLiteral("matrix\\(([^)]*)\\)"));
    const auto m = re.match(attr);
    if (!m.hasMatch())
        return {};
    const QStringList v = m.captured(1).split(QLatin1Char(','));
    if (v.size() != 6)
        return {};
    return QTransform(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble(), v[4].toDouble(),
                      v[5].toDouble());
}

struct IconUse {
    QString kind;  // from the referenced id
    QRectF rect;   // in document coordinates
};

// Every <use> of the document, placed through the transforms of its groups,
// and the ids defined in <defs>.
bool readUses(const QByteArray &svg, QList<IconUse> *uses, QStringList *defined, int *images, QString *error)
{
    QXmlStreamReader xml(svg);
    QList<QTransform> stack;
    bool inDefs = false;
    int defsDepth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString id = xml.attributes().value(QLatin1String("id")).toString();
            QTransform t = stack.isEmpty() ? QTransform() : stack.last();
            const QString tr = xml.attributes().value(QLatin1String("transform")).toString();
            if (!tr.isEmpty())
                t = parseMatrix(tr) * t;
            stack.append(t);
            if (xml.name() == QLatin1String("defs")) {
                inDefs = true;
                defsDepth = int(stack.size());
            } else if (inDefs && int(stack.size()) == defsDepth + 1 && !id.isEmpty()) {
                defined->append(id);
            }
            if (xml.name() == QLatin1String("image"))
                ++*images;
            if (xml.name() == QLatin1String("use")) {
                const QString href = xml.attributes().value(QLatin1String("xlink:href")).toString();
                uses->append({href.mid(1), t.mapRect(QRectF(0, 0, 1, 1))});
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("defs"))
                inDefs = false;
            stack.removeLast();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return !xml.hasError();
}

// The mean colour of `r` in `img`.
QColor meanColor(const QImage &img, const QRect &r)
{
    double red = 0, green = 0, blue = 0;
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = img.pixelColor(x, y);
            red += c.red();
            green += c.green();
            blue += c.blue();
            ++n;
        }
    return n ? QColor(int(red / n), int(green / n), int(blue / n)) : QColor();
}

} // namespace

class TestPicturesSpeed : public QObject {
    Q_OBJECT

private slots:
    // Every node's icon is a <use> of its kind's drawing, defined once in
    // <defs>, placed inside the node; no icon is left as a marker or a picture.
    void svgIconsAreUses_data() { templateRows(); }
    void svgIconsAreUses()
    {
        QFETCH(QString, name);
        const Design d = templateDesign(name);
        const QByteArray svg = SvgExporter::render(d, {});
        QList<IconUse> uses;
        QStringList defined;
        int images = 0;
        QString error;
        QVERIFY2(readUses(svg, &uses, &defined, &images, &error), qPrintable(error));
        QCOMPARE(images, 0);
        QVERIFY(!svg.contains("-999999")); // no marker left behind

        // One drawing per kind with an icon, each defined once.
        QMap<QString, int> expected; // kind name -> nodes with an icon
        for (const Node &n : d.nodes())
            if (n.kind != Kind::Note)
                ++expected[kindName(n.kind)];
        QStringList wantIds;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            wantIds.append(QStringLiteral("sw-icon-") + it.key());
        QStringList gotIds = defined;
        std::sort(gotIds.begin(), gotIds.end());
        std::sort(wantIds.begin(), wantIds.end());
        QCOMPARE(gotIds, wantIds);

        // One <use> per node, of its kind, inside the node's rect.
        const DiagramRenderer renderer(d, {});
        const QPointF origin = renderer.sceneRect().topLeft();
        QMap<QString, int> used;
        QSet<QString> placed;
        for (const IconUse &u : uses) {
            QVERIFY2(defined.contains(u.kind), qPrintable(u.kind));
            const QString kind = u.kind.mid(int(qstrlen("sw-icon-")));
            ++used[kind];
            QVERIFY(u.rect.width() >= 16 && u.rect.width() <= 30);
            QCOMPARE(u.rect.width(), u.rect.height());
            bool inside = false;
            for (const Node &n : d.nodes()) {
                if (kindName(n.kind) != kind || placed.contains(n.id))
                    continue;
                if (renderer.geometry().rect(n.id).translated(-origin).contains(u.rect)) {
                    placed.insert(n.id);
                    inside = true;
                    break;
                }
            }
            QVERIFY2(inside, qPrintable(QStringLiteral("%1 icon at %2,%3 is in no %1 node")
                                            .arg(kind).arg(u.rect.x()).arg(u.rect.y())));
        }
        QCOMPARE(used, expected);
    }

    // Rendered (by Qt's SVG renderer, not the generator) the icons look as in
    // the PNG export, where they are painted directly: same colours in the
    // same places.
    void svgIconsLookLikeThePng()
    {
        const Design d = templateDesign(QStringLiteral("scale-up"));
        const QByteArray svg = SvgExporter::render(d, {});
        QSvgRenderer r(svg);
        QVERIFY(r.isValid());
        const QImage png = PngExporter::render(d, {});
        QImage img(png.size(), QImage::Format_ARGB32);
        img.fill(Qt::white);
        {
            QPainter p(&img);
            p.setRenderHint(QPainter::Antialiasing);
            r.render(&p, QRectF(QPointF(0, 0), img.size()));
        }
        QList<IconUse> uses;
        QStringList defined;
        int images = 0;
        QString error;
        QVERIFY(readUses(svg, &uses, &defined, &images, &error));
        QVERIFY(uses.size() > 10);
        for (const IconUse &u : uses) {
            const QRect box = u.rect.toAlignedRect().adjusted(2, 2, -2, -2);
            const QColor a = meanColor(img, box), b = meanColor(png, box);
            QVERIFY2(std::abs(a.red() - b.red()) < 12 && std::abs(a.green() - b.green()) < 12
                         && std::abs(a.blue() - b.blue()) < 12,
                     qPrintable(QStringLiteral("%1 at %2,%3: svg %4, png %5")
                                    .arg(u.kind).arg(box.x()).arg(box.y()).arg(a.name(), b.name())));
            QVERIFY2(a != QColor(Qt::white), qPrintable(u.kind)); // drawn, not blank
        }
    }

    // The SVG's look lives in one style sheet: the elements carry classes it
    // defines and their coordinates, no styling attributes of their own
    // (without an overlay), whatever the design's size.
    void svgSharesOneStyleSheet()
    {
        const QByteArray svg = SvgExporter::render(bench::generateDesign(400, 500), {});
        QXmlStreamReader xml(svg);
        QSet<QString> used;
        QString sheet;
        int elements = 0, groups = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            ++elements;
            if (xml.name() == QLatin1String("style")) {
                sheet = xml.readElementText();
                continue;
            }
            if (xml.name() == QLatin1String("defs")) { // the icons' drawings, once each
                xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes a = xml.attributes();
            for (const char *styling : {"style", "fill", "stroke", "stroke-width", "font-family", "font-size", "opacity"})
                QVERIFY2(!a.hasAttribute(QLatin1String(styling)),
                         qPrintable(xml.name().toString() + QLatin1Char('@') + QLatin1String(styling)));
            for (const QString &c : a.value(QLatin1String("class")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                used.insert(c);
            groups += a.hasAttribute(QLatin1String("data-id")) ? 1 : 0;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(elements > 2000);
        QVERIFY(groups >= 400);
        QVERIFY(used.size() > 10);
        for (const QString &c : used)
            QVERIFY2(sheet.contains(QLatin1Char('.') + c + QLatin1Char('{')), qPrintable(c));
        QCOMPARE(int(svg.count("font-family")), int(sheet.count(QStringLiteral("font-family"))));
    }

    // A big PNG is painted and written in bands of rows, each band painting
    // only what reaches it: the file holds the same picture as one image
    // painted at once (render()), pixel for pixel but for antialiasing noise.
    void pngBandsMatchOnePicture()
    {
        const Design d = bench::generateDesign(1500, 2000);
        PictureOptions o;
        o.scale = 0.5;
        const QSize size = PngExporter::pixelSize(d, o);
        QVERIFY2(qint64(size.width()) * size.height() > 2 * PngExporter::kBandPixels,
                 qPrintable(QStringLiteral("%1x%2: one band only").arg(size.width()).arg(size.height())));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(PngExporter().writeTo(d, &buffer, o, &error), qPrintable(error));
        QImage file;
        QVERIFY(file.loadFromData(buffer.data(), "PNG"));
        const QImage whole = PngExporter::render(d, o).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(file.size(), whole.size());
        const QImage got = file.convertToFormat(QImage::Format_RGB32);
        qint64 differing = 0, painted = 0;
        for (int y = 0; y < got.height(); ++y) {
            const auto *a = reinterpret_cast<const QRgb *>(got.constScanLine(y));
            const auto *b = reinterpret_cast<const QRgb *>(whole.constScanLine(y));
            for (int x = 0; x < got.width(); ++x) {
                // Antialiased edges may differ a little (the bands' own
                // transforms round differently); nothing else may.
                const int delta = std::max({std::abs(qRed(a[x]) - qRed(b[x])), std::abs(qGreen(a[x]) - qGreen(b[x])),
                                            std::abs(qBlue(a[x]) - qBlue(b[x]))});
                differing += delta > 40 ? 1 : 0;
                painted += b[x] != qRgb(255, 255, 255) ? 1 : 0;
            }
        }
        QVERIFY(painted > qint64(got.width()) * got.height() / 20); // a drawing, not a blank page
        QVERIFY2(differing <= qint64(got.width()) * got.height() / 1000,
                 qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
    }

    // A report of a big design (hundreds of pages, the diagram as a picture)
    // names every server and has the pages its text needs.
    void bigReportPdf()
    {
        if (!haveTool(QStringLiteral("pdftotext")))
            QSKIP("pdftotext (poppler-utils) is not installed");
        const Design d = bench::generateDesign(1800, 2400);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("big.pdf"));
        QString error;
        QVERIFY2(ReportExporter(ReportExporter::Format::Pdf).write(d, file, {}, &error), qPrintable(error));
        const ToolRun r = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        int servers = 0;
        for (const Node &n : d.nodes()) {
            if (n.kind != Kind::Server)
                continue;
            ++servers;
            QVERIFY2(text.contains(n.displayLabel()), qPrintable(n.displayLabel()));
        }
        QVERIFY(servers > 50);
        QVERIFY(text.count(QLatin1Char('\f')) > 20); // pages
    }
};

QTEST_MAIN(TestPicturesSpeed)
#include "test_pictures_speed.moc"
