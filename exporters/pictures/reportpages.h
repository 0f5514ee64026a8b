// The report's text laid out straight onto PDF pages: each block (see
// ReportBlock) is shaped once with a QTextLayout, broken into lines of the
// page's width and drawn line after line with QPainter, a new page started
// whenever the next line does not fit. Fonts are resolved once per style.
// This replaces QTextDocument's HTML import and page layout, which took most
// of a big report's time (hundreds of pages): the cost is now one shaping of
// the text and the PDF's own output, linear in the text.
//
// The look follows the report's style sheet (reportexporter.cpp) as
// QTextDocument drew it: DejaVu Sans 10 pt, headings bold at 19.5, 15 and
// 10.5 pt, the facts in grey, finding headings in their severity's colour,
// lists indented with a bullet or a number; vertical margins collapse as
// between HTML blocks; Latin text is not OpenType-shaped (no ligatures). A
// heading is never the last line of a page.
#pragma once

#include "exporters/pictures/reportblocks.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPainterPath>
#include <QSizeF>
#include <QTextLayout>

class QPainter;
class QPagedPaintDevice;

namespace sw {

class ReportPages {
public:
    // Draws with `painter` (active on `device`) from the top of the current
    // page, whose printable area is `page` (device pixels, origin at its
    // top left corner).
    ReportPages(QPainter *painter, QPagedPaintDevice *device, const QSizeF &page);

    void add(const ReportBlock &block);
    void add(const QVector<ReportBlock> &blocks);
    // Draws what is kept for the end of the page (the bullets); call after
    // the last block.
    void finishPage();

    // Pages begun, the first counted.
    int pages() const { return m_pages; }
    // Where the next block's margin would start on the current page.
    double y() const { return m_y; }

private:
    struct Style {
        QFont font;
        double top = 0;    // margin above, pixels
        double bottom = 0; // margin below
    };
    const Style &style(ReportBlock::Kind kind) const;
    QColor headingColor(const QString &cls) const;
    QList<QTextLayout::FormatRange> formats(const ReportBlock &block, const Style &st) const;
    void newPage();
    void setPen(const QColor &color);

    QPainter *m_painter;
    QPagedPaintDevice *m_device;
    QSizeF m_page;
    double m_px = 1; // device pixels per point
    Style m_title, m_section, m_heading, m_paragraph, m_item;
    double m_indent = 0;     // of list items
    double m_lineHeight = 0; // of the body font
    double m_xHeight = 0;
    double m_charWidth = 0;  // the body font's average
    QColor m_text, m_facts, m_pen;
    QFontMetricsF m_metrics; // of the body font
    QPainterPath m_bullets;  // of the current page
    double m_y = 0;
    double m_pendingMargin = 0; // the last block's bottom margin
    int m_pages = 1;
};

} // namespace sw
