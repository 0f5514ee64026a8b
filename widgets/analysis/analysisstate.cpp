#include "widgets/analysis/analysisstate.h"

#include "core/model/designmodel.h"
#include "core/analysis/quickfixes.h"

namespace sw {

AnalysisState::AnalysisState(DesignModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &AnalysisState::refresh);
    connect(model, &DesignModel::changed, this, &AnalysisState::scheduleRefresh);
    connect(model, &DesignModel::designReset, this, [this] {
        m_marked.clear();
        scheduleRefresh();
    });
    refresh();
}

void AnalysisState::scheduleRefresh() { m_timer.start(); }

void AnalysisState::refresh()
{
    m_timer.stop();
    const Design &d = m_model->design();
    m_whatIf = std::make_unique<WhatIf>(d);
    // Marked ids that no longer exist (or no longer fail) are dropped.
    QStringList kept;
    for (const QString &id : m_marked) {
        QSet<QString> units;
        if (m_whatIf->resolve({id}, &units, nullptr))
            kept << id;
    }
    m_marked = kept;
    m_nominal = m_whatIf->availabilityModel().compute();
    // Each fix runs the validator again: only for designs of classroom size.
    m_fixesApplied = 0;
    m_afterFixes.reset();
    if (d.nodes().size() <= kMaxNodesForFixes) {
        const FixedDesign fixed = applyAllQuickFixes(d);
        m_fixesApplied = fixed.applied;
        m_afterFixes = AvailabilityModel(fixed.design).compute();
    }
    evaluate();
}

void AnalysisState::evaluate()
{
    QSet<QString> units;
    if (m_whatIfMode)
        m_whatIf->resolve(m_marked, &units, nullptr);
    m_current = m_whatIf->evaluate(units);
    m_current.failed = m_whatIfMode ? m_marked : QStringList();
    m_capacity = computeCapacity(m_model->design(), m_whatIf->graph(), units);
    m_flow = requestFlow(m_model->design(), m_whatIf->graph(), units);
    emit changed();
}

void AnalysisState::setWhatIfMode(bool on)
{
    if (on == m_whatIfMode)
        return;
    m_whatIfMode = on;
    evaluate();
}

bool AnalysisState::setMarked(const QStringList &ids, QString *error)
{
    QSet<QString> units;
    if (!m_whatIf->resolve(ids, &units, error))
        return false;
    m_marked = ids;
    m_marked.removeDuplicates();
    evaluate();
    return true;
}

bool AnalysisState::toggleMarked(const QString &id, QString *error)
{
    QStringList ids = m_marked;
    if (ids.contains(id))
        ids.removeAll(id);
    else
        ids << id;
    return setMarked(ids, error);
}

QSet<QString> AnalysisState::failedForDisplay() const
{
    QSet<QString> out;
    if (!m_whatIfMode)
        return out;
    const Design &d = m_model->design();
    for (const QString &u : m_current.failedUnits)
        for (const QString &id : d.subtree(u))
            out.insert(id);
    for (const QString &id : m_marked)
        out.insert(id);
    return out;
}

} // namespace sw
