#include "widgets/findings/findingspanel.h"

#include "core/commands/designmetacommand.h"
#include "core/model/overlay.h"
#include "core/model/selection.h"
#include "core/rules/incrementalvalidator.h"
#include "core/rules/profiles.h"
#include "core/rules/quickfix.h"
#include "core/rules/rulecatalog.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sw {

namespace {
constexpr int kIndexRole = Qt::UserRole + 1;

QIcon severityIcon(Severity s)
{
    QStyle *style = QApplication::style();
    switch (s) {
    case Severity::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QString findingKey(const Finding &f) { return f.rule + QLatin1Char('|') + f.nodes.join(QLatin1Char(',')); }
} // namespace

FindingsPanel::FindingsPanel(const EditorContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("findingsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *top = new QHBoxLayout;
    auto *profileLabel = new QLabel(tr("Profile:"), this);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->addItem(tr("No profile"), QString());
    for (const ProfileInfo &p : profileCatalog()) {
        m_profile->addItem(p.titleText(), p.nameString());
        m_profile->setItemData(m_profile->count() - 1, p.summaryText(), Qt::ToolTipRole);
    }
    m_profile->setToolTip(tr("The spec stage this design is checked against (saved with the design)"));
    profileLabel->setBuddy(m_profile);
    top->addWidget(profileLabel);
    top->addWidget(m_profile, 1);
    layout->addLayout(top);

    m_summary = new QLabel(this);
    layout->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_tree = new QTreeWidget(split);
    m_tree->setObjectName(QStringLiteral("findingsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Finding"), tr("Rule")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_details = new QTextBrowser(split);
    m_details->setObjectName(QStringLiteral("findingDetails"));
    m_details->setOpenLinks(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    m_fix = new QPushButton(tr("&Fix"), this);
    m_fix->setObjectName(QStringLiteral("fixButton"));
    m_fix->setToolTip(tr("Apply the quick fix (undoable)"));
    m_off = new QPushButton(tr("Switch off for this design..."), this);
    m_off->setObjectName(QStringLiteral("switchOffButton"));
    m_off->setToolTip(tr("Stop reporting this rule for this design; the reason is saved with it"));
    buttons->addWidget(m_fix);
    buttons->addWidget(m_off);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_suppressedLabel = new QLabel(tr("Rules switched off for this design:"), this);
    m_suppressed = new QListWidget(this);
    m_suppressed->setObjectName(QStringLiteral("suppressedList"));
    m_suppressed->setMaximumHeight(90);
    m_on = new QPushButton(tr("Switch back &on"), this);
    m_on->setObjectName(QStringLiteral("switchOnButton"));
    layout->addWidget(m_suppressedLabel);
    layout->addWidget(m_suppressed);
    auto *onRow = new QHBoxLayout;
    onRow->addWidget(m_on);
    onRow->addStretch(1);
    layout->addLayout(onRow);

    m_validator = std::make_unique<IncrementalValidator>(m_ctx.model);
    m_timer.setSingleShot(true);
    m_timer.setInterval(0); // coalesces the many signals of one edit into one validation
    connect(&m_timer, &QTimer::timeout, this, &FindingsPanel::revalidate);
    connect(m_ctx.model, &DesignModel::changed, &m_timer, qOverload<>(&QTimer::start));
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FindingsPanel::showDetails);
    connect(m_profile, qOverload<int>(&QComboBox::currentIndexChanged), this, &FindingsPanel::onProfileChosen);
    connect(m_fix, &QPushButton::clicked, this, &FindingsPanel::fixSelected);
    connect(m_off, &QPushButton::clicked, this, &FindingsPanel::askSwitchOff);
    connect(m_on, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_suppressed->currentItem())
            switchOn(item->data(kIndexRole).toString());
    });
    connect(m_suppressed, &QListWidget::currentRowChanged, this, [this](int row) { m_on->setEnabled(row >= 0); });
    revalidate();
}

FindingsPanel::~FindingsPanel() = default;

const Finding *FindingsPanel::currentFinding() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->data(0, kIndexRole).isValid())
        return nullptr;
    const int i = item->data(0, kIndexRole).toInt();
    return i >= 0 && i < int(m_result.findings.size()) ? &m_result.findings[size_t(i)] : nullptr;
}

void FindingsPanel::selectFinding(int index)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c)
            if (group->child(c)->data(0, kIndexRole).toInt() == index) {
                m_tree->setCurrentItem(group->child(c));
                return;
            }
    }
}

void FindingsPanel::revalidate()
{
    m_timer.stop();
    m_result = m_validator->result();
    if (m_ctx.overlay)
        m_ctx.overlay->setBadges(m_result.worstByNode());
    rebuild();
}

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Qt sends one per translator swapped: validate once, after the last.
        m_timer.start();
        if (m_profile && m_profile->count() > 0) {
            m_profile->setItemText(0, tr("No profile"));
            const auto &profiles = profileCatalog();
            for (int i = 1; i < m_profile->count(); ++i)
                for (const ProfileInfo &p : profiles)
                    if (p.nameString() == m_profile->itemData(i).toString()) {
                        m_profile->setItemText(i, p.titleText());
                        m_profile->setItemData(i, p.summaryText(), Qt::ToolTipRole);
                    }
        }
    }
    QWidget::changeEvent(event);
}

void FindingsPanel::syncProfileCombo()
{
    m_syncing = true;
    const int i = m_profile->findData(m_result.profile);
    m_profile->setCurrentIndex(i < 0 ? 0 : i);
    m_syncing = false;
}

void FindingsPanel::rebuild()
{
    const Finding *current = currentFinding();
    const QString keep = current ? findingKey(*current) : QString();
    syncProfileCombo();

    m_tree->blockSignals(true);
    m_tree->clear();
    QTreeWidgetItem *restore = nullptr;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        const int n = m_result.count(s);
        if (n == 0)
            continue;
        auto *group = new QTreeWidgetItem(m_tree, {QStringLiteral("%1 (%2)").arg(severityTitle(s)).arg(n)});
        // One icon per severity, shared by every row (a style lookup per
        // row costs seconds with tens of thousands of findings).
        const QIcon icon = severityIcon(s);
        group->setIcon(0, icon);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        for (int i = 0; i < int(m_result.findings.size()); ++i) {
            const Finding &f = m_result.findings[size_t(i)];
            if (f.severity != s)
                continue;
            auto *item = new QTreeWidgetItem(group, {f.message, f.rule});
            item->setData(0, kIndexRole, i);
            // Screen readers read the why and the fix with the finding.
            item->setData(0, Qt::AccessibleDescriptionRole,
                          QStringLiteral("%1 %2 %3 %4").arg(tr("Why:"), f.why, tr("Fix:"), f.fix));
            item->setIcon(0, icon);
            item->setToolTip(0, f.message);
            if (const RuleInfo *info = findRule(f.rule))
                item->setToolTip(1, info->titleText());
            if (!keep.isEmpty() && findingKey(f) == keep)
                restore = item;
        }
        group->setExpanded(true);
    }
    m_tree->blockSignals(false);
    if (restore)
        m_tree->setCurrentItem(restore);
    showDetails();

    QStringList parts;
    parts << tr("%n error(s)", nullptr, m_result.count(Severity::Error))
          << tr("%n warning(s)", nullptr, m_result.count(Severity::Warning))
          << tr("%n info(s)", nullptr, m_result.count(Severity::Info));
    QString summary = m_result.findings.empty() ? tr("No findings: the design follows every rule.")
                                                : parts.join(QStringLiteral(", "));
    if (m_result.suppressed > 0)
        summary += QLatin1Char(' ') + tr("(%n hidden by switched-off rules)", nullptr, m_result.suppressed);
    m_summary->setText(summary);

    m_suppressed->clear();
    for (const Suppression &s : m_ctx.model->design().suppressions) {
        auto *item = new QListWidgetItem(
            tr("%1: %2 (%n finding(s) hidden)", nullptr, m_result.suppressedByRule.value(s.rule)).arg(s.rule, s.reason),
            m_suppressed);
        item->setData(kIndexRole, s.rule);
    }
    const bool any = m_suppressed->count() > 0;
    m_suppressedLabel->setVisible(any);
    m_suppressed->setVisible(any);
    m_on->setVisible(any);
    m_on->setEnabled(m_suppressed->currentRow() >= 0);
}

void FindingsPanel::showDetails()
{
    const Finding *f = currentFinding();
    m_fix->setEnabled(f && canFix(*f) && canFix(m_ctx.model, *f));
    m_off->setEnabled(f != nullptr);
    if (!f) {
        m_details->setHtml(m_result.findings.empty() ? QString() : tr("<p>Select a finding to see why it matters and how to fix it.</p>"));
        if (m_ctx.overlay)
            m_ctx.overlay->setHighlighted({});
        return;
    }
    const RuleInfo *info = findRule(f->rule);
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(f->message.toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i> %2</p>").arg(tr("Why:"), f->why.toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i> %2</p>").arg(tr("Fix:"), f->fix.toHtmlEscaped());
    html += QStringLiteral("<p style='color:gray'>%1</p>")
                .arg(tr("Rule %1: %2").arg(f->rule, info ? info->titleText() : QString()).toHtmlEscaped());
    m_details->setHtml(html);
    m_tree->setAccessibleDescription(QStringLiteral("%1 %2 %3 %4 %5").arg(f->message, tr("Why:"), f->why, tr("Fix:"), f->fix));

    // Select and highlight what the finding is about.
    QStringList ids;
    const Design &d = m_ctx.model->design();
    for (const QString &id : f->nodes)
        if (d.hasId(id))
            ids << id;
    if (m_ctx.selection && !ids.isEmpty())
        m_ctx.selection->set(ids);
    if (m_ctx.overlay)
        m_ctx.overlay->setHighlighted(QSet<QString>(ids.begin(), ids.end()));
}

bool FindingsPanel::fixSelected()
{
    const Finding *f = currentFinding();
    if (const auto focus = f ? focusFix(*f) : std::nullopt) {
        if (!m_ctx.selection || !m_ctx.model || !m_ctx.model->node(focus->node))
            return false;
        const FocusFix go = *focus; // the selection change may rebuild the list
        m_ctx.selection->set({go.node});
        m_ctx.selection->focusProperty(go.property);
        return true;
    }
    if (!f || !m_ctx.undo)
        return false;
    std::unique_ptr<QUndoCommand> fix = makeFix(m_ctx.model, *f);
    if (!fix)
        return false;
    m_ctx.undo->push(fix.release());
    revalidate();
    return true;
}

void FindingsPanel::askSwitchOff()
{
    const Finding *f = currentFinding();
    if (!f)
        return;
    const QString rule = f->rule;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Switch off %1").arg(rule),
        tr("Why is \"%1\" not a problem for this design?\nThe reason is saved with the design.")
            .arg(findRule(rule) ? findRule(rule)->titleText() : rule),
        QLineEdit::Normal, QString(), &ok);
    if (ok && !reason.trimmed().isEmpty())
        switchOff(rule, reason.trimmed());
}

void FindingsPanel::switchOff(const QString &rule, const QString &reason)
{
    QVector<Suppression> s = m_ctx.model->design().suppressions;
    bool found = false;
    for (Suppression &x : s)
        if (x.rule == rule) {
            x.reason = reason;
            found = true;
        }
    if (!found)
        s.append({rule, reason});
    m_ctx.undo->push(new DesignMetaCommand(m_ctx.model, DesignMetaCommand::Suppressions,
                                           DesignMetaCommand::fromSuppressions(s)));
    revalidate();
}

void FindingsPanel::switchOn(const QString &rule)
{
    QVector<Suppression> s = m_ctx.model->design().suppressions;
    s.erase(std::remove_if(s.begin(), s.end(), [&](const Suppression &x) { return x.rule == rule; }), s.end());
    if (s == m_ctx.model->design().suppressions)
        return;
    m_ctx.undo->push(new DesignMetaCommand(m_ctx.model, DesignMetaCommand::Suppressions,
                                           DesignMetaCommand::fromSuppressions(s)));
    revalidate();
}

void FindingsPanel::onProfileChosen(int index)
{
    if (m_syncing || index < 0)
        return;
    const QString name = m_profile->itemData(index).toString();
    if (name == m_ctx.model->design().profile || !m_ctx.undo)
        return;
    m_ctx.undo->push(new DesignMetaCommand(m_ctx.model, DesignMetaCommand::Profile, name));
    revalidate();
}

} // namespace sw
