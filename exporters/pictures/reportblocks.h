// The report's HTML as a flat list of blocks, for the PDF's own page layout
// (ReportPages). ReportContent writes a small, fixed subset of HTML: h1, h2,
// h3 (with a severity class), p, ul and ol with li, inside them b, i and
// <span class="facts">, and the escapes of markup::xml. Other tags are
// skipped with their text kept; the text is what a browser shows.
#pragma once

#include <QString>
#include <QVector>

namespace sw {

struct ReportRun {
    enum Style : unsigned char { Plain = 0, Bold = 1, Italic = 2, Facts = 4 };
    int start = 0;
    int length = 0;
    unsigned char style = Plain; // Style flags
};

struct ReportBlock {
    enum class Kind { Title, Section, Heading, Paragraph, Bullet, Numbered };
    Kind kind = Kind::Paragraph;
    QString text;             // whitespace collapsed as HTML does
    QVector<ReportRun> runs;  // styled runs, in order, not covering plain text
    QString cls;              // the heading's class (error, warning, info) or empty
    int number = 0;           // of a Numbered item, from 1
    bool firstItem = false;   // the first item of its list
    bool lastItem = false;    // the last item of its list
};

// The blocks of `html`, in order. Empty blocks are dropped.
QVector<ReportBlock> parseReportHtml(const QString &html);

// The text of `blocks` as lines ("1. " before numbered items, "• " before the
// others), for tests that compare it with a PDF's text.
QString reportBlocksText(const QVector<ReportBlock> &blocks);

} // namespace sw
