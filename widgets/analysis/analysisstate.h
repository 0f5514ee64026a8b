// The analysis of the open design, kept up to date as the model changes:
// the nominal availability, the what-if failures the user marked and their
// result, capacity, the request flow and "after every quick fix". Panels
// read it; nothing here changes the design.
#pragma once

#include "core/analysis/availability.h"
#include "core/analysis/capacity.h"
#include "core/analysis/requestflow.h"
#include "core/analysis/whatif.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace sw {

class DesignModel;

class AnalysisState : public QObject {
    Q_OBJECT
public:
    explicit AnalysisState(DesignModel *model, QObject *parent = nullptr);

    DesignModel *model() const { return m_model; }
    const WhatIf &whatIf() const { return *m_whatIf; }

    const AvailabilityResult &nominal() const { return m_nominal; }
    // With the marked failures when what-if mode is on, else nominal.
    const WhatIfResult &current() const { return m_current; }
    const CapacityResult &capacity() const { return m_capacity; }
    const QVector<FlowHop> &flow() const { return m_flow; }
    // The design after every quick fix (nothing when the validator is not built in).
    const std::optional<AvailabilityResult> &afterFixes() const { return m_afterFixes; }
    int fixesApplied() const { return m_fixesApplied; }

    bool whatIfMode() const { return m_whatIfMode; }
    void setWhatIfMode(bool on);
    const QStringList &marked() const { return m_marked; }
    // Ids as the user marked them (servers, services, firewalls, cluster
    // members); an id that cannot fail is refused with a message.
    bool setMarked(const QStringList &ids, QString *error = nullptr);
    bool toggleMarked(const QString &id, QString *error = nullptr);
    // Ids to draw as failed: the marked units and everything inside them.
    QSet<QString> failedForDisplay() const;

    // Recompute now instead of after the short delay.
    void refresh();

    static constexpr size_t kMaxNodesForFixes = 2000;

signals:
    void changed();

private:
    void scheduleRefresh();
    void evaluate();

    DesignModel *m_model;
    QTimer m_timer;
    std::unique_ptr<WhatIf> m_whatIf;
    AvailabilityResult m_nominal;
    WhatIfResult m_current;
    CapacityResult m_capacity;
    QVector<FlowHop> m_flow;
    std::optional<AvailabilityResult> m_afterFixes;
    int m_fixesApplied = 0;
    bool m_whatIfMode = false;
    QStringList m_marked;
};

} // namespace sw
