#include "widgets/compare/comparepanel.h"

#include "widgets/compare/comparemarks.h"
#include "widgets/compare/comparesession.h"
#include "core/model/selection.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sw {

namespace {

QColor colorOf(ChangeType t)
{
    switch (t) {
    case ChangeType::NodeAdded:
    case ChangeType::LinkAdded:
        return CompareMarks::addedColor();
    case ChangeType::NodeRemoved:
    case ChangeType::LinkRemoved:
        return CompareMarks::removedColor();
    case ChangeType::NodeIdChanged:
    case ChangeType::NodeRenamed:
    case ChangeType::NodeMoved:
    case ChangeType::NodeKindChanged:
    case ChangeType::PropertyChanged:
    case ChangeType::ClusterMembers:
    case ChangeType::LinkIdChanged:
    case ChangeType::LinkRetargeted:
    case ChangeType::LinkProtocol:
    case ChangeType::LinkPort:
    case ChangeType::LinkLabel:
    case ChangeType::DesignSetting:
    case ChangeType::LayoutMoved:
        return CompareMarks::changedColor();
    }
    return {};
}

QIcon swatch(const QColor &c)
{
    QPixmap pm(12, 12);
    pm.fill(c);
    return QIcon(pm);
}

} // namespace

ComparePanel::ComparePanel(CompareSession *session, Selection *selection, QWidget *parent)
    : QWidget(parent), m_session(session), m_selection(selection)
{
    setObjectName(QStringLiteral("comparePanel"));
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setObjectName(QStringLiteral("compareHeader"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_layout = new QCheckBox(tr("Show layout moves"), this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("compareTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Changes"));
    auto *close = new QPushButton(tr("Stop Comparing"), this);
    layout->addWidget(m_header);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_layout);
    layout->addWidget(close);
    connect(m_layout, &QCheckBox::toggled, this, &ComparePanel::refresh);
    connect(m_tree, &QTreeWidget::itemClicked, this, &ComparePanel::onItemClicked);
    connect(close, &QPushButton::clicked, this, &ComparePanel::closeRequested);
    connect(session, &CompareSession::updated, this, &ComparePanel::refresh);
}

QTreeWidgetItem *ComparePanel::group(const QString &title)
{
    auto *g = new QTreeWidgetItem(m_tree, {title});
    QFont f = g->font(0);
    f.setBold(true);
    g->setFont(0, f);
    g->setExpanded(true);
    return g;
}

void ComparePanel::refresh()
{
    m_tree->clear();
    if (!m_session->isActive())
        return;
    const DesignDiff &d = m_session->diff();
    const DiffImpact &im = m_session->impact();
    m_header->setText(d.isEmpty() ? tr("Compared with %1: the same design.").arg(m_session->otherName())
                                  : tr("Compared with %1: %n change(s).", nullptr, int(d.changes.size()))
                                        .arg(m_session->otherName()));
    m_summary->setText(
        tr("<span style='color:%1'>■</span> added %2 &nbsp; <span style='color:%3'>■</span> removed %4 &nbsp; "
           "<span style='color:%5'>■</span> changed %6<br>Availability: %7 → %8")
            .arg(CompareMarks::addedColor().name())
            .arg(d.addedNodes().size())
            .arg(CompareMarks::removedColor().name())
            .arg(d.removedNodes().size())
            .arg(CompareMarks::changedColor().name())
            .arg(d.changedNodes().size())
            .arg(availabilityText(im.availabilityBefore, im.ninesBefore).toHtmlEscaped(),
                 availabilityText(im.availabilityAfter, im.ninesAfter).toHtmlEscaped()));

    QTreeWidgetItem *changes = group(tr("Changes (%1)").arg(d.changes.size()));
    QVector<Change> shown = d.changes;
    if (m_layout->isChecked())
        shown += d.layoutChanges;
    for (const Change &c : shown) {
        auto *it = new QTreeWidgetItem(changes, {c.text()});
        it->setIcon(0, swatch(colorOf(c.type)));
        it->setData(0, Qt::UserRole, c.newId);
        it->setToolTip(0, c.text());
    }
    QTreeWidgetItem *findings = group(tr("Findings (%1 new, %2 gone)").arg(im.appeared.size()).arg(im.disappeared.size()));
    auto addFinding = [&](const FindingDelta &f, bool appeared) {
        auto *it = new QTreeWidgetItem(findings, {tr("%1 [%2] %3").arg(appeared ? tr("new") : tr("gone"), f.rule, f.message)});
        it->setIcon(0, swatch(appeared ? CompareMarks::removedColor() : CompareMarks::addedColor()));
        it->setData(0, Qt::UserRole, appeared ? f.nodes.join(QLatin1Char('\n')) : QString());
        it->setToolTip(0, f.message);
    };
    for (const FindingDelta &f : im.appeared)
        addFinding(f, true);
    for (const FindingDelta &f : im.disappeared)
        addFinding(f, false);
    QTreeWidgetItem *spof = group(tr("Single points of failure"));
    for (const QString &id : im.spofGained) {
        auto *it = new QTreeWidgetItem(spof, {tr("gained: %1").arg(id)});
        it->setData(0, Qt::UserRole, id);
    }
    for (const QString &id : im.spofLost)
        new QTreeWidgetItem(spof, {tr("lost: %1").arg(id)});
    if (im.spofGained.isEmpty() && im.spofLost.isEmpty())
        new QTreeWidgetItem(spof, {tr("no change")});
    const bundle::BundleDiff &b = m_session->bundleDiff();
    QTreeWidgetItem *files = group(tr("Shell bundle files (%1)").arg(b.files.size()));
    if (!b.oldOk || !b.newOk)
        new QTreeWidgetItem(files, {tr("not compared: %1").arg(!b.oldOk ? b.oldError : b.newError)});
    for (const bundle::BundleFileChange &f : b.files) {
        auto *it = new QTreeWidgetItem(files, {tr("%1 %2 (+%3 -%4)")
                                                   .arg(bundle::BundleFileChange::statusName(f.status), f.path)
                                                   .arg(f.linesAdded)
                                                   .arg(f.linesRemoved)});
        it->setData(0, Qt::UserRole, f.server);
    }
    findings->setExpanded(true);
    changes->setExpanded(true);
}

void ComparePanel::onItemClicked(QTreeWidgetItem *item)
{
    const QString ids = item->data(0, Qt::UserRole).toString();
    if (ids.isEmpty())
        return;
    emit showRequested(ids.split(QLatin1Char('\n')));
}

} // namespace sw
