// The Analysis dock's content: the availability summary (percentage, nines,
// downtime), then tabs: availability chart (before and after every quick
// fix), capacity chart, what-if, request flow, activity.
#pragma once

#include "widgets/canvas/editorcontext.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTabWidget;

namespace sw {

class ActivityPanel;
class AnalysisState;
class AvailabilityChart;
class CapacityChart;
class FlowPanel;
class FlowPlayer;
class WhatIfPanel;

class AnalysisPanel : public QWidget {
    Q_OBJECT
public:
    AnalysisPanel(AnalysisState *state, FlowPlayer *player, const EditorContext &ctx, QWidget *parent = nullptr);

    enum Tab { AvailabilityTab, CapacityTab, WhatIfTab, FlowTab, ActivityTab };
    QTabWidget *tabs() const { return m_tabs; }
    void showTab(Tab t);
    Tab currentTab() const;

    AvailabilityChart *availabilityChart() const { return m_availability; }
    CapacityChart *capacityChart() const { return m_capacity; }
    WhatIfPanel *whatIfPanel() const { return m_whatIf; }
    FlowPanel *flowPanel() const { return m_flow; }
    ActivityPanel *activityPanel() const { return m_activity; }
    QString summaryText() const;
    bool highlightBottleneck() const;

signals:
    void message(const QString &text);
    void highlightRequestChanged();

private:
    void refresh();

    AnalysisState *m_state;
    QLabel *m_summary, *m_method, *m_capacityText;
    QTabWidget *m_tabs;
    AvailabilityChart *m_availability;
    CapacityChart *m_capacity;
    QCheckBox *m_showBottleneck;
    WhatIfPanel *m_whatIf;
    FlowPanel *m_flow;
    ActivityPanel *m_activity;
};

} // namespace sw
