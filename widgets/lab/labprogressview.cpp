#include "widgets/lab/labprogressview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sw {

namespace {
const QColor kDone(0x1e, 0x7e, 0x4a), kRunning(0xb0, 0x6a, 0x00), kError(0xc6, 0x28, 0x28);
}

LabProgressView::LabProgressView(LabSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("labProgress"));
    m_blocker = new QLabel(this);
    m_blocker->setObjectName(QStringLiteral("labBlocker"));
    m_blocker->setWordWrap(true);
    m_blocker->setTextFormat(Qt::RichText);
    m_blocker->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_blocker->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #5f1111; border: 1px solid #e57373; padding: 6px; }"));
    m_blocker->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("labMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_run = new QPushButton(tr("Run as Lab"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("labCancel"));
    m_stop = new QPushButton(tr("Stop Lab"), this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("labTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Server / step"), tr("State")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setAccessibleName(tr("Lab progress"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_blocker);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);
    auto *legend = new QLabel(this);
    QStringList parts;
    for (LabState s : {LabState::Starting, LabState::Up, LabState::Failed, LabState::Stopped})
        parts << QStringLiteral("<span style='color:%1'>■</span> %2").arg(labStateColor(s).name(), labStateName(s).toHtmlEscaped());
    legend->setText(parts.join(QStringLiteral("&nbsp;&nbsp; ")) + QStringLiteral("&nbsp;&nbsp; <span style='color:#6a1b9a'>■</span> ")
                    + tr("holds the virtual address").toHtmlEscaped());
    layout->addWidget(legend);

    connect(m_run, &QPushButton::clicked, this, &LabProgressView::runRequested);
    connect(m_cancel, &QPushButton::clicked, session, &LabSession::cancel);
    connect(m_stop, &QPushButton::clicked, this, &LabProgressView::stopRequested);
    connect(session, &LabSession::progress, this, &LabProgressView::onProgress);
    connect(session, &LabSession::statusChanged, this, &LabProgressView::refresh);
    connect(session, &LabSession::phaseChanged, this, [this](LabSession::Phase p) {
        if (p == LabSession::Phase::Starting) {
            m_tree->clear();
            m_servers.clear();
            m_steps.clear();
            showBlocker(QString(), QString());
        }
        refresh();
    });
    refresh();
}

void LabProgressView::showBlocker(const QString &why, const QString &command)
{
    if (why.isEmpty()) {
        m_blocker->hide();
        m_blocker->clear();
        return;
    }
    QString html = tr("<b>The lab cannot run here:</b> %1").arg(why.toHtmlEscaped());
    if (!command.isEmpty())
        html += tr("<br><b>Run:</b> <code>%1</code>").arg(command.toHtmlEscaped());
    m_blocker->setText(html);
    m_blocker->show();
}

void LabProgressView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
}

QString LabProgressView::blockerText() const { return m_blocker->isHidden() ? QString() : m_blocker->text(); }
QString LabProgressView::messageText() const { return m_message->text(); }

QTreeWidgetItem *LabProgressView::serverItem(const QString &name)
{
    const QString key = name.isEmpty() ? QStringLiteral(".lab") : name;
    if (QTreeWidgetItem *item = m_servers.value(key))
        return item;
    auto *item = new QTreeWidgetItem(m_tree, {name.isEmpty() ? tr("The lab") : name, QString()});
    item->setExpanded(true);
    m_servers.insert(key, item);
    return item;
}

QTreeWidgetItem *LabProgressView::stepItem(const QString &server, const QString &step, const QString &title)
{
    const QString key = server + QLatin1Char('/') + step;
    if (QTreeWidgetItem *item = m_steps.value(key))
        return item;
    auto *item = new QTreeWidgetItem(serverItem(server), {title, QString()});
    m_steps.insert(key, item);
    return item;
}

void LabProgressView::onProgress(const lab::LabEvent &e)
{
    QString title = e.step;
    if (e.step == QLatin1String("namespaces"))
        title = e.node.isEmpty() ? tr("lab network (bridge, no route out)") : tr("network and mount namespaces");
    else if (e.step == QLatin1String("certificates"))
        title = tr("lab certificate authority");
    else if (e.step == QLatin1String("provision"))
        title = tr("files, packages and daemons (%1)").arg(e.kind == lab::LabEvent::Kind::Started ? e.text : QString()).remove(QStringLiteral(" ()"));
    else if (e.step == QLatin1String("ready"))
        title = tr("the stack answers through the virtual address");
    else if (e.step == QLatin1String("lab"))
        title = tr("the lab is up");
    QTreeWidgetItem *item = stepItem(e.node, e.step, title);
    if (e.step == QLatin1String("provision") && e.kind == lab::LabEvent::Kind::Started)
        item->setText(0, title);
    switch (e.kind) {
    case lab::LabEvent::Kind::Started:
        item->setText(1, tr("running…"));
        item->setForeground(1, kRunning);
        break;
    case lab::LabEvent::Kind::Done:
        item->setText(1, tr("done"));
        item->setForeground(1, kDone);
        break;
    case lab::LabEvent::Kind::Failed:
        item->setText(1, tr("failed"));
        item->setForeground(1, kError);
        item->setToolTip(1, e.text);
        item->setToolTip(0, e.text);
        break;
    case lab::LabEvent::Kind::Info: item->setText(1, e.text); break;
    }
    if (e.step == QLatin1String("lab") && e.kind == lab::LabEvent::Kind::Done)
        for (const QString &k : m_steps.keys())
            if (k.startsWith(QLatin1Char('/')) && m_steps.value(k)->text(1) == tr("running…")) {
                m_steps.value(k)->setText(1, tr("done"));
                m_steps.value(k)->setForeground(1, kDone);
            }
}

void LabProgressView::refresh()
{
    const LabSession::Phase phase = m_session->phase();
    m_run->setEnabled(phase == LabSession::Phase::Idle);
    m_cancel->setEnabled(phase == LabSession::Phase::Starting);
    m_stop->setEnabled(phase == LabSession::Phase::Running || phase == LabSession::Phase::Starting);
    const LabView view = m_session->view();
    const lab::LabStatus &status = m_session->status();
    for (const lab::NodeStatus &n : status.nodes) {
        if (n.role != QLatin1String("server"))
            continue;
        QTreeWidgetItem *item = serverItem(n.name);
        const LabState s = view.state(n.nodeId, LabState::Stopped);
        QString text = labStateName(s);
        if (view.vipHolders.contains(n.nodeId))
            text += QLatin1String(" · ") + tr("holds VIP %1").arg(view.vipText);
        item->setText(1, text);
        item->setForeground(1, labStateColor(s));
        item->setToolTip(0, n.addresses.join(QStringLiteral(", ")));
        for (const lab::UnitStatus &u : n.units) {
            QTreeWidgetItem *unit = stepItem(n.name, QStringLiteral("unit:") + u.unit, tr("daemon %1").arg(u.unit));
            unit->setText(1, u.absent ? tr("not in the lab") : u.up ? tr("running") : tr("not running"));
            unit->setForeground(1, u.absent ? QColor(Qt::gray) : u.up ? kDone : (s == LabState::Starting ? kRunning : kError));
        }
    }
}

QString LabProgressView::serverStateText(const QString &server) const
{
    const QTreeWidgetItem *item = m_servers.value(server);
    return item ? item->text(1) : QString();
}

QString LabProgressView::stepText(const QString &server, const QString &step) const
{
    const QTreeWidgetItem *item = m_steps.value(server + QLatin1Char('/') + step);
    return item ? item->text(1) : QString();
}

} // namespace sw
