#include "exporters/pictures/reportpages.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextOption>

namespace sw {

namespace {

QFont reportFont(double points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    // Latin text needs no OpenType shaping: Qt's quicker path maps the
    // characters to glyphs and kerns them (no ligatures, so the PDF's text
    // copies as typed). Scripts that need shaping still get it.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

} // namespace

ReportPages::ReportPages(QPainter *painter, QPagedPaintDevice *device, const QSizeF &page)
    : m_painter(painter), m_device(device), m_page(page), m_px(device->logicalDpiY() / 72.0),
      m_metrics(QFont()),
      m_text(QStringLiteral("#1f2937")), m_facts(QStringLiteral("#64748b"))
{
    // The sizes QTextDocument gave the style sheet (h1 and h2 a little bigger
    // than their em of 10 pt says) and its default
    // margins for these elements.
    const double em = 10 * m_px;
    m_title = {reportFont(19.5, true), 0.4 * em, 0.35 * em};
    m_section = {reportFont(15, true), 1.6 * 1.3 * em, 1.0 * em};
    m_heading = {reportFont(10.5, true), 1.2 * em, 0.25 * em};
    m_paragraph = {reportFont(10, false), 0.9 * em, 0.9 * em};
    m_item = {reportFont(10, false), 0, 0};
    m_indent = 3.0 * em;
    // Fonts for the device's resolution, shared by every layout (their
    // engines found once).
    for (Style *st : {&m_title, &m_section, &m_heading, &m_paragraph, &m_item})
        st->font = QFont(st->font, device);
    m_metrics = QFontMetricsF(m_paragraph.font);
    m_lineHeight = m_metrics.lineSpacing();
    m_xHeight = m_metrics.xHeight();
    m_charWidth = m_metrics.averageCharWidth();
}

const ReportPages::Style &ReportPages::style(ReportBlock::Kind kind) const
{
    switch (kind) {
    case ReportBlock::Kind::Title: return m_title;
    case ReportBlock::Kind::Section: return m_section;
    case ReportBlock::Kind::Heading: return m_heading;
    case ReportBlock::Kind::Paragraph: return m_paragraph;
    case ReportBlock::Kind::Bullet:
    case ReportBlock::Kind::Numbered: return m_item;
    }
    return m_paragraph;
}

QColor ReportPages::headingColor(const QString &cls) const
{
    if (cls == QLatin1String("error"))
        return QColor(QStringLiteral("#b91c1c"));
    if (cls == QLatin1String("warning"))
        return QColor(QStringLiteral("#b45309"));
    if (cls == QLatin1String("info"))
        return QColor(QStringLiteral("#1d4ed8"));
    return m_text;
}

QList<QTextLayout::FormatRange> ReportPages::formats(const ReportBlock &block, const Style &st) const
{
    QList<QTextLayout::FormatRange> out;
    out.reserve(block.runs.size());
    for (const ReportRun &r : block.runs) {
        QTextCharFormat f;
        if (r.style & ReportRun::Bold)
            f.setFontWeight(QFont::Bold);
        if (r.style & ReportRun::Italic)
            f.setFontItalic(true);
        if (r.style & ReportRun::Facts) {
            f.setFontWeight(st.font.bold() && !(r.style & ReportRun::Bold) ? QFont::Normal : f.fontWeight());
            f.setForeground(m_facts);
        }
        out.append({r.start, r.length, f});
    }
    return out;
}

void ReportPages::setPen(const QColor &color)
{
    if (color != m_pen) {
        m_painter->setPen(color);
        m_pen = color;
    }
}

void ReportPages::finishPage()
{
    if (m_bullets.isEmpty())
        return;
    // All the page's bullets in one path.
    m_painter->save();
    m_painter->setRenderHint(QPainter::Antialiasing);
    m_painter->fillPath(m_bullets, m_text);
    m_painter->restore();
    m_bullets = QPainterPath();
}

void ReportPages::newPage()
{
    finishPage();
    m_device->newPage();
    ++m_pages;
    m_y = 0;
    m_pendingMargin = 0;
}

void ReportPages::add(const QVector<ReportBlock> &blocks)
{
    for (const ReportBlock &b : blocks)
        add(b);
}

void ReportPages::add(const ReportBlock &block)
{
    const bool item = block.kind == ReportBlock::Kind::Bullet || block.kind == ReportBlock::Kind::Numbered;
    const Style &st = style(block.kind);
    // A list's margins are those of a paragraph, around the whole list.
    const double top = item ? (block.firstItem ? m_paragraph.top : 0) : st.top;
    const double bottom = item ? (block.lastItem ? m_paragraph.bottom : 0) : st.bottom;
    const double indent = item ? m_indent : 0;

    QTextLayout layout(block.text, st.font); // resolved for the device already
    layout.setCacheEnabled(true);
    QTextOption option(Qt::AlignLeft);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    if (!block.runs.isEmpty())
        layout.setFormats(formats(block, st));
    layout.beginLayout();
    double height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(m_page.width() - indent);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    const int lines = layout.lineCount();
    if (lines == 0)
        return;

    double gap = m_y > 0 ? std::max(m_pendingMargin, top) : 0;
    const bool heading = block.kind == ReportBlock::Kind::Title || block.kind == ReportBlock::Kind::Section
                         || block.kind == ReportBlock::Kind::Heading;
    // A heading keeps its first lines and a line of what follows on its page.
    const double keep = heading ? std::min(height, 3 * layout.lineAt(0).height()) + st.bottom + m_lineHeight
                                : layout.lineAt(0).height();
    if (m_y > 0 && m_y + gap + keep > m_page.height()) {
        newPage();
        gap = 0;
    }
    m_y += gap;
    setPen(heading ? headingColor(block.cls) : m_text);
    for (int i = 0; i < lines; ++i) {
        const QTextLine line = layout.lineAt(i);
        if (m_y > 0 && m_y + line.height() > m_page.height())
            newPage();
        line.draw(m_painter, QPointF(indent, m_y - line.y()));
        if (i == 0 && block.kind == ReportBlock::Kind::Numbered) {
            const QString number = QString::number(block.number) + QLatin1Char('.');
            m_painter->setFont(st.font);
            m_painter->drawText(QPointF(indent - m_metrics.horizontalAdvance(number) - 0.5 * m_charWidth,
                                        m_y + line.ascent()),
                                number);
        } else if (i == 0 && block.kind == ReportBlock::Kind::Bullet) {
            const double r = m_xHeight / 3;
            const QPointF centre(indent - 1.5 * m_charWidth, m_y + line.ascent() - m_xHeight / 2);
            m_bullets.addEllipse(centre, r, r);
        }
        m_y += line.height();
    }
    m_pendingMargin = bottom;
}

} // namespace sw
