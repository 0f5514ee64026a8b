// The report body's pages in a PDF: the body HTML cut into parts of a few
// pages, each part a QTextDocument laid out on its own and drawn page after
// page. Kept fast for a 10,000-node design (hundreds of pages):
// - drawing one page of a long QTextDocument walks all blocks before it, so
//   the body is cut before headings into parts of about 20,000 characters;
// - QTextDocument's HTML import takes time quadratic in a list's length (each
//   new item marks every item of its list dirty), so long <ul> lists are cut
//   into consecutive lists of at most kListItems items, without the margins
//   between them (the page looks the same);
// - each block keeps its shaped text from layout to drawing
//   (QTextLayout::setCacheEnabled) instead of shaping it twice;
// - with more than one part, the parts are parsed and laid out on a worker
//   thread (against a paint device of its own with the same resolution and
//   page layout) while the caller draws the previous ones: construct a
//   ReportPdfText, then take the parts in order with next(). The documents
//   stay with the worker thread (their layout's timers belong to it), which
//   also deletes them once drawn.
#pragma once

#include <QPageLayout>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

class QBuffer;
class QPagedPaintDevice;
class QPdfWriter;
class QPainter;
class QTextDocument;
class QThread;

namespace sw {

class ReportPdfText {
public:
    static constexpr int kPartChars = 20'000;
    static constexpr int kListItems = 100;
    static constexpr size_t kQueued = 6; // laid-out parts waiting at most

    // Starts laying out the parts of `bodyHtml` for pages of `layout` at
    // `resolution` dpi.
    ReportPdfText(const QString &bodyHtml, const QString &css, const QPageLayout &layout, int resolution);
    ~ReportPdfText();
    ReportPdfText(const ReportPdfText &) = delete;
    ReportPdfText &operator=(const ReportPdfText &) = delete;
    // The next part, laid out, valid until the next call; null after the last.
    QTextDocument *next();

    // The body (a flat run of h2, h3, p, ul and ol elements) as parts.
    static QStringList parts(const QString &bodyHtml);
    // `html` with every <ul> of more than kListItems items cut into runs.
    static QString splitLongLists(const QString &html);
    // One part laid out in pages of `pageSize` for `device`'s resolution,
    // with the style sheet `css`.
    static std::unique_ptr<QTextDocument> layout(const QString &partHtml, const QString &css,
                                                 QPagedPaintDevice *device, const QSizeF &pageSize);
    // Draws a laid-out part, starting a new page of `device` before each of
    // its pages except when `first` (then clears it).
    static void draw(QPainter *p, QPagedPaintDevice *device, QTextDocument *doc, bool *first);

private:
    void run();

    QStringList m_parts;
    QString m_css;
    QSizeF m_pageSize;
    std::unique_ptr<QBuffer> m_nowhere;
    std::unique_ptr<QPdfWriter> m_device; // for layout only, never painted on
    int m_taken = 0;
    std::unique_ptr<QTextDocument> m_current;              // handed out by next()
    std::vector<std::unique_ptr<QTextDocument>> m_drawn;   // for the worker to delete
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<QTextDocument>> m_ready;
    bool m_stop = false;
    std::unique_ptr<QThread> m_worker;
};

} // namespace sw
