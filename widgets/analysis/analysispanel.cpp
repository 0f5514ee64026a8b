#include "widgets/analysis/analysispanel.h"

#include "widgets/analysis/activitypanel.h"
#include "widgets/analysis/analysisstate.h"
#include "widgets/analysis/availabilitychart.h"
#include "widgets/analysis/capacitychart.h"
#include "widgets/analysis/flowpanel.h"
#include "widgets/analysis/whatifpanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sw {

AnalysisPanel::AnalysisPanel(AnalysisState *state, FlowPlayer *player, const EditorContext &ctx, QWidget *parent)
    : QWidget(parent), m_state(state)
{
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_tabs = new QTabWidget(this);

    auto *availTab = new QWidget;
    m_availability = new AvailabilityChart(availTab);
    m_method = new QLabel(availTab);
    m_method->setWordWrap(true);
    auto *al = new QVBoxLayout(availTab);
    al->addWidget(m_availability, 1);
    al->addWidget(m_method);
    m_tabs->addTab(availTab, tr("Availability"));

    auto *capTab = new QWidget;
    m_capacity = new CapacityChart(capTab);
    m_capacityText = new QLabel(capTab);
    m_capacityText->setWordWrap(true);
    m_showBottleneck = new QCheckBox(tr("Highlight the bottleneck on the canvas"), capTab);
    m_showBottleneck->setChecked(true);
    auto *cl = new QVBoxLayout(capTab);
    cl->addWidget(m_capacity, 1);
    cl->addWidget(m_capacityText);
    cl->addWidget(m_showBottleneck);
    m_tabs->addTab(capTab, tr("Capacity"));

    m_whatIf = new WhatIfPanel(state, ctx);
    m_tabs->addTab(m_whatIf, tr("What-if"));
    m_flow = new FlowPanel(player);
    m_tabs->addTab(m_flow, tr("Request flow"));
    m_activity = new ActivityPanel(ctx);
    m_tabs->addTab(m_activity, tr("Activity"));

    setMinimumWidth(380);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(state, &AnalysisState::changed, this, &AnalysisPanel::refresh);
    connect(m_whatIf, &WhatIfPanel::message, this, &AnalysisPanel::message);
    connect(m_activity, &ActivityPanel::message, this, &AnalysisPanel::message);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AnalysisPanel::highlightRequestChanged);
    connect(m_showBottleneck, &QCheckBox::toggled, this, &AnalysisPanel::highlightRequestChanged);
    refresh();
}

void AnalysisPanel::showTab(Tab t) { m_tabs->setCurrentIndex(int(t)); }

AnalysisPanel::Tab AnalysisPanel::currentTab() const { return Tab(m_tabs->currentIndex()); }

QString AnalysisPanel::summaryText() const { return m_summary->text(); }

bool AnalysisPanel::highlightBottleneck() const { return m_showBottleneck->isChecked(); }

void AnalysisPanel::refresh()
{
    const AvailabilityResult &a = m_state->nominal();
    QString html = tr("<span style='font-size:20pt; font-weight:600'>%1</span>&nbsp;&nbsp;%2 nines")
                       .arg(formatPercent(a.availability))
                       .arg(a.nines(), 0, 'f', 1);
    html += tr("<br>Expected downtime: %1 per month, %2 per year")
                .arg(formatDuration(a.downtimeMinutesPerMonth()), formatDuration(a.downtimeHoursPerYear() * 60.0));
    if (!a.reachable)
        html += tr("<br><b style='color:#c62828'>No request path from the users to a database.</b>");
    m_summary->setText(html);

    const bool whatIf = m_state->whatIfMode() && !m_state->marked().isEmpty();
    m_availability->setResults(whatIf ? m_state->current().availability : a, m_state->afterFixes(),
                               whatIf ? tr("With the failures") : QString());
    QString method = a.method == AvailabilityResult::Method::Approximate
                         ? tr("Computed with the O(V+E) approximation (the design is too large for the exact method).")
                         : tr("Computed exactly from the request paths.");
    if (m_state->afterFixes())
        method += QLatin1Char(' ')
                  + tr("\"After every quick fix\": %n quick fix(es) of the validator applied to a copy of the design.",
                       nullptr, m_state->fixesApplied());
    m_method->setText(method);

    const CapacityResult &c = m_state->capacity();
    m_capacity->setResult(c);
    m_capacityText->setText(c.bottleneck >= 0
                                ? tr("Load %1 req/s (the users' \"load\"); the %2 tier is the bottleneck at %3 %.")
                                      .arg(c.load)
                                      .arg(tierTitle(c.tiers[c.bottleneck].tier))
                                      .arg(c.tiers[c.bottleneck].utilization * 100.0, 0, 'f', 0)
                                : tr("No load reaches the servers."));
}

} // namespace sw
