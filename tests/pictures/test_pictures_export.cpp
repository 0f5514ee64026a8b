#include "exporters/pictures/dotexporter.h"
#include "exporters/pictures/pdfexporter.h"
#include "tests/pictures/picturetesthelpers.h"
#include "exporters/pictures/pngexporter.h"
#include "exporters/pictures/reportexporter.h"
#include "exporters/pictures/svgexporter.h"

#include "core/model/geometry.h"

#include <QImageReader>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <cmath>

using namespace sw;
using namespace swtest;

class TestPicturesExport : public QObject {
    Q_OBJECT
    QTemporaryDir dir;

    QString path(const QString &name, const QString &ext) { return dir.filePath(name + QLatin1Char('.') + ext); }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        QVERIFY(!templateNames().isEmpty());
    }

    void png_data() { templateRows(); }
    void png()
    {
        QFETCH(QString, name);
        const Design d = templateDesign(name);
        PictureOptions o;
        o.scale = 1.5;
        const QString file = path(name, QStringLiteral("png"));
        QString error;
        QVERIFY2(PngExporter().write(d, file, o, &error), qPrintable(error));
        // Expected size from the geometry alone: bounds plus the margin, scaled.
        const QRectF b = DiagramGeometry(d).bounds().adjusted(-o.margin, -o.margin, o.margin, o.margin);
        const QSize expected(int(std::ceil(b.width() * 1.5)), int(std::ceil(b.height() * 1.5)));
        QImageReader reader(file);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage img = reader.read();
        QVERIFY2(!img.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(img.size(), expected);
        QCOMPARE(img.pixelColor(0, 0), QColor(Qt::white));
        if (haveTool(QStringLiteral("identify"))) {
            const ToolRun r = runTool(QStringLiteral("identify"), {QStringLiteral("-format"), QStringLiteral("%w %h"), file});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(QString::fromLatin1(r.out).trimmed(),
                     QStringLiteral("%1 %2").arg(expected.width()).arg(expected.height()));
        }
    }

    void pngDpiAndTransparency()
    {
        const Design d = templateDesign(QStringLiteral("scale-up"));
        PictureOptions o;
        o.dpi = 192; // = scale 2
        o.transparent = true;
        const QImage img = PngExporter::render(d, o);
        const QRectF b = DiagramGeometry(d).bounds().adjusted(-20, -20, 20, 20);
        QCOMPARE(img.size(), QSize(int(std::ceil(b.width() * 2)), int(std::ceil(b.height() * 2))));
        QCOMPARE(img.pixelColor(0, 0).alpha(), 0);
        QVERIFY(img.hasAlphaChannel());
    }

    void pngSelectionIsSmaller()
    {
        const Design d = templateDesign(QStringLiteral("scale-up"));
        PictureOptions all, sel;
        sel.selection = {QStringLiteral("db-1")};
        const QSize full = PngExporter::render(d, all).size();
        const QSize part = PngExporter::render(d, sel).size();
        const QRectF r = DiagramGeometry(d).rect(QStringLiteral("db-1")).adjusted(-20, -20, 20, 20);
        QCOMPARE(part, QSize(int(std::ceil(r.width())), int(std::ceil(r.height()))));
        QVERIFY(part.width() < full.width());
    }

    void svg_data() { templateRows(); }
    void svg()
    {
        QFETCH(QString, name);
        const Design d = templateDesign(name);
        const QString file = path(name, QStringLiteral("svg"));
        QString error;
        QVERIFY2(SvgExporter().write(d, file, {}, &error), qPrintable(error));
        if (haveTool(QStringLiteral("xmllint"))) {
            const ToolRun r = runTool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), file});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.err.isEmpty(), r.err.constData());
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString text;
        int texts = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("text"))
                ++texts;
            if (xml.isCharacters())
                text += xml.text().toString() + QLatin1Char(0x0a);
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(texts > 0); // text stays text
        for (const Node &n : d.nodes())
            QVERIFY2(text.contains(n.displayLabel()), qPrintable(n.displayLabel()));
    }

    void pdf_data() { templateRows(); }
    void pdf()
    {
        QFETCH(QString, name);
        if (!haveTool(QStringLiteral("pdfinfo")))
            QSKIP("pdfinfo (poppler-utils) is not installed");
        const Design d = templateDesign(name);
        PictureOptions o;
        o.paper = name == QLatin1String("scale-up") ? PaperSize::Letter : PaperSize::A4;
        const QString file = path(name, QStringLiteral("pdf"));
        QString error;
        QVERIFY2(PdfExporter().write(d, file, o, &error), qPrintable(error));
        const ToolRun r = runTool(QStringLiteral("pdfinfo"), {file});
        QCOMPARE(r.exitCode, 0);
        const QString info = QString::fromLatin1(r.out);
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))), qPrintable(info));
        // Landscape when the diagram is wider than tall.
        const QRectF b = DiagramGeometry(d).bounds();
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+)")).match(info);
        QVERIFY(m.hasMatch());
        const double w = m.captured(1).toDouble(), h = m.captured(2).toDouble();
        QCOMPARE(w > h, b.width() > b.height());
        const double longSide = std::max(w, h);
        QVERIFY2(std::abs(longSide - (o.paper == PaperSize::Letter ? 792 : 842)) < 2, qPrintable(info));
    }

    void dot_data() { templateRows(); }
    void dot()
    {
        QFETCH(QString, name);
        if (!haveTool(QStringLiteral("dot")))
            QSKIP("graphviz is not installed");
        const Design d = templateDesign(name);
        const QString file = path(name, QStringLiteral("dot"));
        QString error;
        QVERIFY2(DotExporter().write(d, file, {}, &error), qPrintable(error));
        const ToolRun r = runTool(QStringLiteral("dot"), {QStringLiteral("-Tsvg"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        // One drawn element per design node: a node, or a cluster for a
        // server or zone that holds something.
        const QString svg = QString::fromUtf8(r.out);
        const int nodes = int(svg.count(QStringLiteral("class=\"node\"")));
        const int clusters = int(svg.count(QStringLiteral("class=\"cluster\"")));
        QCOMPARE(nodes + clusters, int(d.nodes().size()));
        QVERIFY(svg.count(QStringLiteral("class=\"edge\"")) >= int(d.links().size()));
        const QString text = QString::fromUtf8(DotExporter::toDot(d).toUtf8());
        for (const Node &n : d.nodes())
            QVERIFY2(text.contains(QLatin1Char('"') + n.id + QLatin1Char('"'))
                         || text.contains(QStringLiteral("\"cluster_") + n.id + QLatin1Char('"')),
                     qPrintable(n.id));
        QVERIFY(text.contains(QStringLiteral("rankdir=LR")));
        for (const Link &l : d.links())
            QVERIFY(text.contains(protocolName(l.protocol) + QStringLiteral(" :") + QString::number(l.effectivePort())));
    }

    void dotEscapesEveryLabel()
    {
        if (!haveTool(QStringLiteral("dot")))
            QSKIP("graphviz is not installed");
        Design d = templateDesign(QStringLiteral("scale-up"));
        const QString nasty = QStringLiteral("a\"b <c> & d\\ } { ]; -> \\N \\l %1 ' é 漢\n");
        d.name = nasty;
        for (const Node &n : d.nodes())
            d.node(n.id)->label = nasty + n.id;
        d.link(QStringLiteral("to-db"))->label = nasty;
        const QString dotText = DotExporter::toDot(d);
        const ToolRun r = runTool(QStringLiteral("dot"), {QStringLiteral("-Tsvg")}, dotText.toUtf8());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QString svg = QString::fromUtf8(r.out);
        QVERIFY2(svg.contains(QStringLiteral("a&quot;b &lt;c&gt; &amp; d\\ } { ]; &#45;&gt; \\N \\l %1 &#39; é 漢")),
                 qPrintable(svg));
    }

    void report_data() { templateRows(); }
    void report()
    {
        QFETCH(QString, name);
        const Design d = templateDesign(name);
        const ReportFindings findings = collectFindings(d);
        const QString file = path(name, QStringLiteral("html"));
        QString error;
        QVERIFY2(ReportExporter(ReportExporter::Format::Html).write(d, file, {}, &error), qPrintable(error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<svg")));
        for (const Node *s : d.nodesOfKind(Kind::Server)) {
            QVERIFY2(html.contains(s->displayLabel().toHtmlEscaped()), qPrintable(s->id));
            if (!s->propString(QStringLiteral("hostname")).isEmpty())
                QVERIFY(html.contains(s->propString(QStringLiteral("hostname")).toHtmlEscaped()));
        }
        for (const ReportFinding &x : findings.findings) {
            QVERIFY2(html.contains(x.message.toHtmlEscaped()), qPrintable(x.message));
            QVERIFY(html.contains(x.rule));
            if (!x.fix.isEmpty())
                QVERIFY(html.contains(x.fix.toHtmlEscaped()));
        }
        const QString domain = [&] {
            for (const Node *n : d.nodesOfKind(Kind::Dns))
                return n->propString(QStringLiteral("domain"));
            return QString();
        }();
        if (!domain.isEmpty())
            QVERIFY(html.contains(QStringLiteral("A user types <b>%1</b>").arg(domain.toHtmlEscaped())));
    }

    void reportShowsGivenFindings()
    {
        const Design d = templateDesign(QStringLiteral("scale-up"));
        ReportFindings f;
        f.findings.append({QStringLiteral("SPOF"), Severity::Error, {QStringLiteral("db-1")},
                           QStringLiteral("Database <server> is a single point of failure"), QStringLiteral("why-text"),
                           QStringLiteral("fix-text")});
        const QString html = ReportExporter::html(d, {}, f);
        QVERIFY(html.contains(QStringLiteral("Database &lt;server&gt; is a single point of failure")));
        QVERIFY(html.contains(QStringLiteral("why-text")));
        QVERIFY(html.contains(QStringLiteral("fix-text")));
        QVERIFY(html.contains(QStringLiteral("Why two load balancers")));
        QVERIFY(html.contains(QStringLiteral("Why monitoring")));
        QVERIFY(html.contains(QStringLiteral("Why HTTPS")));
    }

    void reportPdf_data() { templateRows(); }
    void reportPdf()
    {
        QFETCH(QString, name);
        if (!haveTool(QStringLiteral("pdfinfo")) || !haveTool(QStringLiteral("pdftotext")))
            QSKIP("poppler-utils is not installed");
        const Design d = templateDesign(name);
        const QString file = path(name + QStringLiteral("-report"), QStringLiteral("pdf"));
        QString error;
        QVERIFY2(ReportExporter(ReportExporter::Format::Pdf).write(d, file, {}, &error), qPrintable(error));
        const ToolRun info = runTool(QStringLiteral("pdfinfo"), {file});
        QCOMPARE(info.exitCode, 0);
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromLatin1(info.out));
        QVERIFY(m.hasMatch());
        QVERIFY(m.captured(1).toInt() >= 2);
        const ToolRun text = runTool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        const QString plain = QString::fromUtf8(text.out).simplified();
        for (const Node *s : d.nodesOfKind(Kind::Server))
            QVERIFY2(plain.contains(s->displayLabel().simplified()), qPrintable(s->displayLabel()));
        for (const ReportFinding &x : collectFindings(d).findings)
            QVERIFY2(plain.contains(x.rule), qPrintable(x.rule));
    }

    void refusesUnwritablePath()
    {
        const Design d = templateDesign(QStringLiteral("scale-up"));
        const QString bad = dir.filePath(QStringLiteral("no-such-folder/out.png"));
        QString error;
        QVERIFY(!PngExporter().write(d, bad, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("no-such-folder")), qPrintable(error));
        QVERIFY(!QFile::exists(bad));
        QVERIFY(!DotExporter().write(d, dir.path(), {}, &error)); // a folder
        // A read-only folder: nothing is left behind, an old file stays.
        QDir(dir.path()).mkdir(QStringLiteral("ro"));
        const QString ro = dir.filePath(QStringLiteral("ro"));
        QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner);
        if (QFileInfo(ro).isWritable())
            QSKIP("running as root: a read-only folder is still writable");
        QVERIFY(!SvgExporter().write(d, ro + QStringLiteral("/x.svg"), {}, &error));
        QVERIFY(QDir(ro).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void unknownSelectionIsRefused()
    {
        const Design d = templateDesign(QStringLiteral("scale-up"));
        PictureOptions o;
        o.selection = {QStringLiteral("nope")};
        QString error;
        QVERIFY(!PngExporter().write(d, path(QStringLiteral("sel"), QStringLiteral("png")), o, &error));
        QVERIFY(error.contains(QStringLiteral("nope")));
        QVERIFY(!QFile::exists(path(QStringLiteral("sel"), QStringLiteral("png"))));
    }
};

QTEST_MAIN(TestPicturesExport)
#include "test_pictures_export.moc"
