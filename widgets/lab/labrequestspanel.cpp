#include "widgets/lab/labrequestspanel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sw {

LabRequestsPanel::LabRequestsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("labRequests"));
    auto *box = new QGroupBox(tr("Real requests (lab)"), this);
    m_count = new QSpinBox(box);
    m_count->setRange(1, 500);
    m_count->setValue(20);
    m_count->setSuffix(tr(" requests"));
    m_count->setAccessibleName(tr("Number of requests"));
    m_send = new QPushButton(tr("Send Requests"), box);
    m_send->setObjectName(QStringLiteral("labSendRequests"));
    m_send->setToolTip(tr("From the users' namespace to https://DOMAIN/ through the design's DNS and virtual address"));
    m_numbers = new QLabel(box);
    m_numbers->setObjectName(QStringLiteral("labRequestNumbers"));
    m_numbers->setTextFormat(Qt::RichText);
    m_hint = new QLabel(tr("Start the lab (Tools > Run as Lab) to send real requests."), box);
    m_hint->setWordWrap(true);
    m_list = new QTreeWidget(box);
    m_list->setObjectName(QStringLiteral("labRequestList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Request"), tr("Path taken"), tr("Time")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->setMinimumHeight(120);

    auto *row = new QHBoxLayout;
    row->addWidget(m_count);
    row->addWidget(m_send);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    layout->addWidget(m_numbers);
    layout->addWidget(m_list, 1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(box);

    connect(m_send, &QPushButton::clicked, this, [this] { emit sendRequested(m_count->value()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant index = item->data(0, Qt::UserRole);
        if (index.isValid())
            emit replayRequested(index.toInt());
    });
    setLabRunning(false);
}

void LabRequestsPanel::setLabRunning(bool running)
{
    m_running = running;
    m_hint->setVisible(!running);
    m_send->setEnabled(running && !m_busy);
}

void LabRequestsPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_send->setText(busy ? tr("Sending…") : tr("Send Requests"));
    m_send->setEnabled(m_running && !busy);
}

QString LabRequestsPanel::numbersText() const { return m_numbers->text(); }

void LabRequestsPanel::setResults(const QVector<RequestPath> &paths, const RequestStats &stats, const QString &error)
{
    m_stats = stats;
    QString html = tr("Sent <b>%1</b> · served <b style='color:#1e7e4a'>%2</b> · failed <b style='color:#c62828'>%3</b> · median <b>%4 ms</b>")
                       .arg(stats.sent)
                       .arg(stats.served)
                       .arg(stats.failed)
                       .arg(stats.medianSeconds * 1000.0, 0, 'f', 0);
    if (!error.isEmpty())
        html += QStringLiteral("<br><span style='color:#c62828'>%1</span>").arg(error.toHtmlEscaped());
    m_numbers->setText(html);
    m_list->clear();
    // The distinct paths first, with their counts; then every request.
    QHash<QString, int> counts;
    QStringList order;
    for (const RequestPath &p : paths) {
        const QString key = p.served ? p.route : tr("failed at %1").arg(p.route.isEmpty() ? tr("the entry") : p.route);
        if (!counts.contains(key))
            order << key;
        ++counts[key];
    }
    for (const QString &key : order) {
        auto *item = new QTreeWidgetItem(m_list, {tr("%n request(s)", nullptr, counts.value(key)), key, QString()});
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setFont(1, f);
    }
    for (int i = 0; i < paths.size(); ++i) {
        const RequestPath &p = paths[i];
        auto *item = new QTreeWidgetItem(m_list, {tr("#%1 %2").arg(i + 1).arg(p.served ? tr("served") : tr("failed")),
                                                  p.served ? p.route : p.failure,
                                                  tr("%1 ms").arg(p.seconds * 1000.0, 0, 'f', 0)});
        item->setData(0, Qt::UserRole, i);
        item->setForeground(0, p.served ? QColor(0x1e, 0x7e, 0x4a) : QColor(0xc6, 0x28, 0x28));
        item->setToolTip(1, p.served ? p.route : p.failure);
    }
    m_list->resizeColumnToContents(0);
}

} // namespace sw
