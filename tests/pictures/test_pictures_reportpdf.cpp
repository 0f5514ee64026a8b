// The report PDF's own page layout (ReportBlocks, ReportPages): the markup
// the report writes read back as blocks, lines and headings broken onto pages
// as they should be, and the PDF's text (pdftotext) the
// same, character for character, as the HTML report's text read by Qt's own
// HTML import, on every template and on a generated design of 400 nodes, with
// a sane number of pages.
#include "bench/common/generate.h"
#include "exporters/pictures/reportblocks.h"
#include "exporters/pictures/reportcontent.h"
#include "exporters/pictures/reportexporter.h"
#include "exporters/pictures/reportfindings.h"
#include "exporters/pictures/reportpages.h"
#include "tests/pictures/picturetesthelpers.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

using namespace sw;
using namespace swtest;

namespace {

// `s` without whitespace, ligatures as their letters (the PDF keeps
// DejaVu's ligature glyphs, "fi" as one).
QString squeeze(QString s)
{
    s = s.normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    s.replace(QChar(0xA0), QString());
    return s;
}

// What a reader sees of `html` (Qt's HTML import: the independent reading),
// with the numbers of ordered lists and without any whitespace.
QString htmlText(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    QString out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (QTextList *list = b.textList(); list && list->format().style() == QTextListFormat::ListDecimal)
            out += list->itemText(b);
        out += b.text();
    }
    return squeeze(out);
}

} // namespace

class TestPicturesReportPdf : public QObject {
    Q_OBJECT

private slots:
    void parsesTheReportMarkup()
    {
        const QString html = QStringLiteral(
            "<h2>Section &amp; more</h2>\n<h3 class=\"error\">SPOF <span class=\"facts\">(error, 2 finding(s))</span></h3>\n"
            "<ul><li><b>web-1</b> — Web server  (nginx)</li><li>a &lt;b&gt; &quot;c&quot; &#233;</li></ul>\n"
            "<ol><li>first</li><li>second\n  line</li><li>third</li></ol>\n<p><b>Why:</b> because</p>\n<p> </p>");
        const QVector<ReportBlock> b = parseReportHtml(html);
        QCOMPARE(b.size(), 8);
        QCOMPARE(b[0].kind, ReportBlock::Kind::Section);
        QCOMPARE(b[0].text, QStringLiteral("Section & more"));
        QCOMPARE(b[1].kind, ReportBlock::Kind::Heading);
        QCOMPARE(b[1].cls, QStringLiteral("error"));
        QCOMPARE(b[1].text, QStringLiteral("SPOF (error, 2 finding(s))"));
        QCOMPARE(b[1].runs.size(), 1);
        QCOMPARE(b[1].runs[0].style, ReportRun::Facts);
        QCOMPARE(b[1].text.mid(b[1].runs[0].start, b[1].runs[0].length), QStringLiteral("(error, 2 finding(s))"));
        QCOMPARE(b[2].kind, ReportBlock::Kind::Bullet);
        QCOMPARE(b[2].text, QStringLiteral("web-1 — Web server (nginx)"));
        QCOMPARE(b[2].runs.size(), 1);
        QCOMPARE(b[2].runs[0].style, ReportRun::Bold);
        QCOMPARE(b[2].text.mid(b[2].runs[0].start, b[2].runs[0].length), QStringLiteral("web-1"));
        QVERIFY(b[2].firstItem && !b[2].lastItem);
        QCOMPARE(b[3].text, QStringLiteral("a <b> \"c\" é"));
        QVERIFY(!b[3].firstItem && b[3].lastItem);
        QVERIFY(b[3].runs.isEmpty());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(b[4 + i].kind, ReportBlock::Kind::Numbered);
            QCOMPARE(b[4 + i].number, i + 1);
        }
        QCOMPARE(b[5].text, QStringLiteral("second line"));
        QVERIFY(b[4].firstItem && b[6].lastItem);
        QCOMPARE(b[7].kind, ReportBlock::Kind::Paragraph);
        QCOMPARE(b[7].text, QStringLiteral("Why: because"));
        QCOMPARE(b[7].runs.size(), 1);
        QCOMPARE(b[7].runs[0].length, 4);
        // The same text as Qt's own reading of the HTML.
        QString mine = reportBlocksText(b);
        mine.remove(QStringLiteral("• "));
        QCOMPARE(squeeze(mine), htmlText(html));
    }

    // Lines go down the page and onto the next when it is full; a heading
    // that would end a page starts the next one; margins collapse.
    void pagesBreakBetweenLinesAndBeforeHeadings()
    {
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QPdfWriter writer(&out);
        writer.setResolution(144);
        QPainter p(&writer);
        const QSizeF page(800, 600);
        ReportPages pages(&p, &writer, page);
        ReportBlock para;
        para.kind = ReportBlock::Kind::Paragraph;
        para.text = QStringLiteral("A line of text.");
        pages.add(para);
        const double first = pages.y();
        QVERIFY(first > 0);
        pages.add(para);
        const double second = pages.y();
        QVERIFY(second > 2 * first); // a paragraph's margin between them
        const double step = second - first;
        // Fill the first page: it breaks exactly when the next one would not fit.
        while (pages.pages() == 1) {
            const double before = pages.y();
            pages.add(para);
            if (pages.pages() == 1)
                QVERIFY(pages.y() <= page.height());
            else
                QVERIFY(before + step > page.height());
        }
        QCOMPARE(pages.y(), first); // at the top of page 2, no margin above
        // A heading with no room for a line after it goes to the next page.
        while (pages.y() + 2.5 * step < page.height())
            pages.add(para);
        QCOMPARE(pages.pages(), 2);
        ReportBlock heading;
        heading.kind = ReportBlock::Kind::Heading;
        heading.text = QStringLiteral("A heading");
        pages.add(heading);
        QCOMPARE(pages.pages(), 3);
        QVERIFY(pages.y() > 0 && pages.y() < first * 2);
        // A long paragraph is broken into lines of the page's width.
        ReportBlock longer = para;
        for (int i = 0; i < 40; ++i)
            longer.text += QStringLiteral(" and more words");
        const double top = pages.y();
        pages.add(longer);
        QVERIFY(pages.y() - top > 4 * first);
        pages.finishPage();
        p.end();
        QVERIFY(out.data().startsWith("%PDF"));
    }

    void pdfTextIsTheReportsText_data()
    {
        QTest::addColumn<QString>("name"); // a template, or "generated"
        for (const QString &n : templateNames())
            QTest::newRow(qPrintable(n)) << n;
        QTest::newRow("generated 400") << QStringLiteral("generated");
    }
    void pdfTextIsTheReportsText()
    {
        if (!haveTool(QStringLiteral("pdftotext")))
            QSKIP("pdftotext (poppler-utils) is not installed");
        QFETCH(QString, name);
        const Design d = name == QLatin1String("generated") ? bench::generateDesign(400, 520) : templateDesign(name);
        QVERIFY(!d.nodes().empty());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("r.pdf"));
        QString error;
        QVERIFY2(ReportExporter(ReportExporter::Format::Pdf).write(d, file, {}, &error), qPrintable(error));
        const ToolRun r = runTool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        QStringList pages = QString::fromUtf8(r.out).split(QLatin1Char('\f'));
        if (pages.last().trimmed().isEmpty())
            pages.removeLast();
        QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));

        const ReportContent c = ReportContent::build(d, {}, collectFindings(d));
        // Page 1: the title and the summary above the diagram.
        const QString first = squeeze(pages.first());
        QVERIFY2(first.startsWith(squeeze(c.title) + htmlText(c.summaryHtml)), qPrintable(pages.first().left(400)));
        // The pages after it: exactly the body's text, in order.
        const QString body = squeeze(pages.mid(1).join(QString()));
        const QString expected = htmlText(c.bodyHtml);
        if (body != expected) {
            qsizetype at = 0;
            while (at < body.size() && at < expected.size() && body.at(at) == expected.at(at))
                ++at;
            QFAIL(qPrintable(QStringLiteral("differs at %1:\n pdf:  %2\n html: %3")
                                 .arg(at).arg(body.mid(std::max<qsizetype>(0, at - 80), 200),
                                              expected.mid(std::max<qsizetype>(0, at - 80), 200))));
        }
        // Sane pages: every text page but the last well filled, none overfull.
        for (int i = 1; i < pages.size(); ++i) {
            const qsizetype chars = squeeze(pages.at(i)).size();
            QVERIFY2(chars <= 5000, qPrintable(QStringLiteral("page %1: %2 characters").arg(i + 1).arg(chars)));
            if (i + 1 < pages.size())
                QVERIFY2(chars >= 1200, qPrintable(QStringLiteral("page %1: %2 characters").arg(i + 1).arg(chars)));
        }
    }
};

QTEST_MAIN(TestPicturesReportPdf)
#include "test_pictures_reportpdf.moc"
