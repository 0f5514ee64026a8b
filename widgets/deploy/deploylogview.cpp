#include "widgets/deploy/deploylogview.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCharFormat>
#include <QTextCursor>

namespace sw {

namespace {

constexpr int kMaxLines = 20000;

} // namespace

DeployLogView::DeployLogView(QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    setUsesScrollButtons(true);
    reset({});
}

QPlainTextEdit *DeployLogView::makeLog()
{
    auto *log = new QPlainTextEdit;
    log->setReadOnly(true);
    log->setMaximumBlockCount(kMaxLines);
    log->setLineWrapMode(QPlainTextEdit::NoWrap);
    log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return log;
}

void DeployLogView::reset(const QStringList &servers)
{
    while (count() > 0) {
        QWidget *w = widget(0);
        removeTab(0);
        delete w;
    }
    m_logs.clear();
    m_summary = makeLog();
    m_summary->setPlaceholderText(tr("The summary appears here when the run ends."));
    addTab(m_summary, tr("Summary"));
    for (const QString &id : servers) {
        QPlainTextEdit *log = makeLog();
        m_logs.insert(id, log);
        addTab(log, id);
    }
}

void DeployLogView::appendLine(const QString &server, OutputStream stream, const QString &line)
{
    QPlainTextEdit *log = m_logs.value(server);
    if (!log)
        return;
    QScrollBar *bar = log->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCharFormat format;
    QString shown = line;
    if (stream == OutputStream::Stderr) {
        format.setForeground(QColor(0xc0, 0x1c, 0x28));
    } else if (stream == OutputStream::Info) {
        format.setForeground(palette().color(QPalette::PlaceholderText));
        shown = QStringLiteral("· ") + line;
    }
    QTextCursor c(log->document());
    c.movePosition(QTextCursor::End);
    if (!log->document()->isEmpty())
        c.insertBlock();
    c.insertText(shown, format);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void DeployLogView::showServer(const QString &server)
{
    if (QPlainTextEdit *log = m_logs.value(server))
        setCurrentWidget(log);
}

void DeployLogView::setSummary(const QString &headline, const QStringList &lines)
{
    m_summary->setPlainText(headline + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
    setCurrentWidget(m_summary);
}

QString DeployLogView::text(const QString &server) const
{
    const QPlainTextEdit *log = m_logs.value(server);
    return log ? log->toPlainText() : QString();
}

} // namespace sw
