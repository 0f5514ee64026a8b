// Hostile values in every field of a design (issue 15) go into the SVG, the
// HTML report, the PDF's metadata and the DOT text escaped: each output is
// parsed by a strict parser and may hold no element or attribute that the
// same design with harmless values does not give.
#include "tests/hostile/hostilehelpers.h"

#include "exporters/pictures/dotexporter.h"
#include "exporters/pictures/markup.h"
#include "exporters/pictures/pdfexporter.h"
#include "exporters/pictures/reportexporter.h"
#include "exporters/pictures/reportfindings.h"
#include "exporters/pictures/svgexporter.h"

#include <QBuffer>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QXmlStreamReader>

using namespace sw;
using namespace hostile;

namespace {

// Markup of every kind, control characters XML cannot hold, a lone surrogate
// and a non-character, a placeholder QString::arg would fill.
QString hostileValue()
{
    QString s = QStringLiteral("</title><script>alert(1)</script><title>\"' onload=\"x()\" &amp; & < > ]]> <!-- %1 \\N ");
    s += QChar(0x01);
    s += QChar(0x08);
    s += QChar(0x0b);
    s += QChar(0x1b);
    s += QChar(0xd800);
    s += QChar(0xfffe);
    s += QStringLiteral("<svg onload=alert(2)><foreignObject><iframe src=x></iframe></foreignObject></svg>");
    return s;
}

// The design with `value` in its name, every node's label, every link's label
// and every property (list properties get it as their one element).
Design withValue(const QString &value)
{
    Design d = templateDesign();
    d.name = value;
    for (const Node &n : std::vector<Node>(d.nodes())) {
        Node *m = d.node(n.id);
        m->label = value;
        for (auto it = m->props.begin(); it != m->props.end(); ++it) {
            if (it->typeId() == QMetaType::QStringList)
                *it = QStringList{value};
            else
                *it = value;
        }
    }
    for (const Link &l : std::vector<Link>(d.links()))
        d.link(l.id)->label = value;
    return d;
}

struct Parsed {
    QString error;                 // empty: well-formed
    QSet<QString> vocabulary;      // "element" and "element@attribute"
    QString firstTitle;            // the text of the first <title>
};

Parsed parseXml(const QByteArray &bytes)
{
    Parsed p;
    QXmlStreamReader r(bytes);
    bool inFirstTitle = false, sawTitle = false;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QString e = r.name().toString().toLower();
            p.vocabulary.insert(e);
            for (const QXmlStreamAttribute &a : r.attributes())
                p.vocabulary.insert(e + QLatin1Char('@') + a.qualifiedName().toString().toLower());
            if (e == QLatin1String("title") && !sawTitle)
                inFirstTitle = sawTitle = true;
            break;
        }
        case QXmlStreamReader::EndElement:
            inFirstTitle = false;
            break;
        case QXmlStreamReader::Characters:
            if (inFirstTitle)
                p.firstTitle += r.text();
            break;
        default:
            break;
        }
    }
    if (r.hasError())
        p.error = QStringLiteral("line %1, column %2: %3").arg(r.lineNumber()).arg(r.columnNumber()).arg(r.errorString());
    return p;
}

void compareVocabulary(const Parsed &hostile, const Parsed &harmless)
{
    QVERIFY2(harmless.error.isEmpty(), qPrintable(QStringLiteral("harmless: ") + harmless.error));
    QVERIFY2(hostile.error.isEmpty(), qPrintable(hostile.error));
    QSet<QString> extra = hostile.vocabulary - harmless.vocabulary;
    QVERIFY2(extra.isEmpty(), qPrintable(QStringList(extra.begin(), extra.end()).join(QStringLiteral(", "))));
    for (const QString &v : hostile.vocabulary)
        QVERIFY2(!v.startsWith(QLatin1String("script")) && !v.contains(QLatin1String("@on")), qPrintable(v));
}

QByteArray reportHtml(const Design &d) { return ReportExporter::html(d, {}, collectFindings(d)).toUtf8(); }

} // namespace

class TestHostileMarkup : public QObject {
    Q_OBJECT
    const Design m_hostile = withValue(hostileValue());
    const Design m_harmless = withValue(QStringLiteral("plain value"));

private slots:
    void svg()
    {
        const Parsed hostile = parseXml(SvgExporter::render(m_hostile, {}));
        compareVocabulary(hostile, parseXml(SvgExporter::render(m_harmless, {})));
        QCOMPARE(hostile.firstTitle, markup::plain(hostileValue())); // the name, as text
    }

    void htmlReport()
    {
        const QByteArray html = reportHtml(m_hostile);
        const Parsed hostile = parseXml(html);
        compareVocabulary(hostile, parseXml(reportHtml(m_harmless)));
        QCOMPARE(hostile.firstTitle, markup::plain(hostileValue()));
        QVERIFY(!html.contains("<script"));
    }

    void htmlReportPassesXmllintHtmlParser()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty())
            QSKIP("xmllint is not installed (libxml2-utils)");
        // libxml2's HTML parser, as a browser-like reader: lists the elements.
        for (const Design *d : {&m_hostile, &m_harmless}) {
            QProcess p;
            p.start(QStringLiteral("xmllint"), {QStringLiteral("--html"), QStringLiteral("--noout"), QStringLiteral("-")});
            QVERIFY(p.waitForStarted());
            p.write(reportHtml(*d));
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().left(2000).constData());
        }
    }

    void pdfMetadata()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdfinfo is not installed (poppler-utils)");
        for (bool report : {false, true}) {
            QByteArray pdf;
            QBuffer buf(&pdf);
            QVERIFY(buf.open(QIODevice::WriteOnly));
            QString error;
            const bool ok = report ? ReportExporter(ReportExporter::Format::Pdf).writeTo(m_hostile, &buf, {}, &error)
                                   : PdfExporter().writeTo(m_hostile, &buf, {}, &error);
            QVERIFY2(ok, qPrintable(error));
            // The title is a text string of the document information: poppler
            // reads it back whole, without the characters that are not text.
            QProcess p;
            p.start(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-")});
            QVERIFY(p.waitForStarted());
            p.write(pdf);
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            const QString info = QString::fromUtf8(p.readAllStandardOutput());
            const QString title = info.section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(title.startsWith(QLatin1String("Title:")), qPrintable(info));
            QCOMPARE(title.mid(6).trimmed(), markup::plain(hostileValue()).trimmed());
        }
    }

    void dotIsParsedByGraphvizWithoutExtraElements()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dot")).isEmpty())
            QSKIP("Graphviz's dot is not installed");
        auto viaDot = [](const Design &d) {
            QProcess p;
            p.start(QStringLiteral("dot"), {QStringLiteral("-Tsvg")});
            p.waitForStarted();
            p.write(DotExporter::toDot(d).toUtf8());
            p.closeWriteChannel();
            p.waitForFinished(120000);
            Parsed out = parseXml(p.readAllStandardOutput());
            if (p.exitCode() != 0)
                out.error = QString::fromUtf8(p.readAllStandardError().left(2000));
            return out;
        };
        compareVocabulary(viaDot(m_hostile), viaDot(m_harmless));
    }
};

QTEST_MAIN(TestHostileMarkup)
#include "test_hostile_markup.moc"
