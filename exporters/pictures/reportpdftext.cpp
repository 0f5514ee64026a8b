#include "exporters/pictures/reportpdftext.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QThread>

namespace sw {

ReportPdfText::ReportPdfText(const QString &bodyHtml, const QString &css, const QPageLayout &layout, int resolution)
    : m_parts(parts(bodyHtml)), m_css(css)
{
    m_nowhere = std::make_unique<QBuffer>();
    m_device = std::make_unique<QPdfWriter>(m_nowhere.get()); // never painted on
    m_device->setResolution(resolution);
    m_device->setPageLayout(layout);
    m_pageSize = layout.paintRectPixels(resolution).size();
    if (m_parts.size() > 1) {
        m_worker.reset(QThread::create([this] { run(); }));
        m_worker->start();
    }
}

ReportPdfText::~ReportPdfText()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_worker && m_current)
            m_drawn.push_back(std::move(m_current));
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_worker)
        m_worker->wait();
}

void ReportPdfText::run()
{
    std::vector<std::unique_ptr<QTextDocument>> drawn;
    auto takeDrawn = [&] {
        for (auto &d : m_drawn)
            drawn.push_back(std::move(d));
        m_drawn.clear();
    };
    for (const QString &part : std::as_const(m_parts)) {
        std::unique_ptr<QTextDocument> doc = layout(part, m_css, m_device.get(), m_pageSize);
        // Drop the font engines of this thread that the blocks remember
        // (setFont() only resets that cache: the layout stays); the drawing
        // thread uses its own.
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
            b.layout()->setFont(b.layout()->font());
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kQueued; });
        takeDrawn();
        if (m_stop)
            break;
        m_ready.push_back(std::move(doc));
        m_changed.notify_all();
        lock.unlock();
        drawn.clear(); // deleted here, where they were made
    }
    // Delete the rest as they are drawn.
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        takeDrawn();
        lock.unlock();
        drawn.clear();
        lock.lock();
        if (m_stop && m_drawn.empty())
            break;
        m_changed.wait(lock, [this] { return m_stop || !m_drawn.empty(); });
    }
    takeDrawn();
    m_ready.clear();
    lock.unlock();
    drawn.clear();
}

QTextDocument *ReportPdfText::next()
{
    if (!m_worker) {
        m_current.reset();
        if (m_taken >= m_parts.size())
            return nullptr;
        m_current = layout(m_parts.at(m_taken++), m_css, m_device.get(), m_pageSize);
        return m_current.get();
    }
    std::unique_lock<std::mutex> lock(m_mutex);
    if (m_current)
        m_drawn.push_back(std::move(m_current));
    m_changed.notify_all();
    if (m_taken >= m_parts.size())
        return nullptr;
    ++m_taken;
    m_changed.wait(lock, [this] { return !m_ready.empty(); });
    m_current = std::move(m_ready.front());
    m_ready.pop_front();
    m_changed.notify_all();
    return m_current.get();
}

QStringList ReportPdfText::parts(const QString &bodyHtml)
{
    const QString html = splitLongLists(bodyHtml);
    QStringList parts;
    qsizetype start = 0;
    while (html.size() - start > kPartChars) {
        qsizetype cut = html.indexOf(QLatin1String("\n<h2"), start + kPartChars);
        const qsizetype h3 = html.indexOf(QLatin1String("\n<h3"), start + kPartChars);
        if (cut < 0 || (h3 >= 0 && h3 < cut))
            cut = h3;
        if (cut < 0)
            break;
        parts.append(html.mid(start, cut + 1 - start));
        start = cut + 1;
    }
    parts.append(html.mid(start));
    return parts;
}

QString ReportPdfText::splitLongLists(const QString &html)
{
    const QLatin1String open("<ul>"), close("</ul>"), item("<li>");
    QString out;
    qsizetype pos = 0;    // copied up to here
    qsizetype search = 0; // looked at up to here
    for (qsizetype from = html.indexOf(open); from >= 0; from = html.indexOf(open, search)) {
        const qsizetype to = html.indexOf(close, from);
        if (to < 0)
            break;
        search = to + close.size();
        QList<qsizetype> items; // where each <li> starts
        for (qsizetype i = html.indexOf(item, from); i >= 0 && i < to; i = html.indexOf(item, i + item.size()))
            items.append(i);
        if (items.size() <= kListItems)
            continue; // copied with the text around it
        if (out.isEmpty())
            out.reserve(html.size() + html.size() / 50);
        out += QStringView(html).mid(pos, from - pos);
        for (qsizetype first = 0; first < items.size(); first += kListItems) {
            const qsizetype last = std::min<qsizetype>(first + kListItems, items.size());
            const bool head = first == 0, tail = last == items.size();
            out += head   ? QLatin1String("<ul style=\"margin-bottom:0\">")
                   : tail ? QLatin1String("<ul style=\"margin-top:0\">")
                          : QLatin1String("<ul style=\"margin-top:0;margin-bottom:0\">");
            const qsizetype end = tail ? to : items.at(last);
            out += QStringView(html).mid(items.at(first), end - items.at(first));
            out += tail ? QLatin1String("</ul>") : QLatin1String("</ul>\n");
        }
        pos = search;
    }
    if (pos == 0)
        return html;
    out += QStringView(html).mid(pos);
    return out;
}

std::unique_ptr<QTextDocument> ReportPdfText::layout(const QString &partHtml, const QString &css,
                                                     QPagedPaintDevice *device, const QSizeF &pageSize)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultStyleSheet(css);
    doc->setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    doc->documentLayout()->setPaintDevice(device);
    doc->setHtml(partHtml);
    // Keep each block's shaped text from layout to drawing.
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        b.layout()->setCacheEnabled(true);
    doc->setPageSize(pageSize);
    doc->pageCount(); // lays the part out
    return doc;
}

void ReportPdfText::draw(QPainter *p, QPagedPaintDevice *device, QTextDocument *doc, bool *first)
{
    const QSizeF page = doc->pageSize();
    const int pages = doc->pageCount();
    for (int i = 0; i < pages; ++i) {
        if (!*first)
            device->newPage();
        *first = false;
        p->save();
        p->translate(0, -i * page.height());
        const QRectF clip(0, i * page.height(), page.width(), page.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        p->setClipRect(clip);
        doc->documentLayout()->draw(p, ctx);
        p->restore();
    }
}

} // namespace sw
