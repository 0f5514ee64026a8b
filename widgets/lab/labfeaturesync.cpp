// LabFeature: the what-if panel's failure set and the lab's, kept in step.
// A server marked failed in what-if is failed in the lab (and healed when
// unmarked, or when what-if mode is left); a server failed or healed in the
// lab (from the canvas, the command line) is marked or unmarked in what-if.
// Only servers are mirrored: the lab fails whole servers.
#include "widgets/lab/labfeature.h"

#include "widgets/analysis/analysisfeature.h"
#include "widgets/analysis/analysisstate.h"
#include "widgets/lab/labsession.h"

namespace sw {

void LabFeature::connectWhatIf()
{
    if (!m_analysis)
        return;
    connect(m_analysis->state(), &AnalysisState::changed, this, &LabFeature::whatIfChanged);
}

QSet<QString> LabFeature::labServerIds() const
{
    QSet<QString> out;
    for (const lab::LabNode &n : m_session->plan().nodes)
        if (n.role == lab::LabNode::Role::Server)
            out.insert(n.nodeId);
    return out;
}

QSet<QString> LabFeature::whatIfServers() const
{
    QSet<QString> out;
    if (!m_analysis || !m_analysis->state()->whatIfMode())
        return out;
    const QSet<QString> servers = labServerIds();
    for (const QString &id : m_analysis->state()->marked())
        if (servers.contains(id))
            out.insert(id);
    return out;
}

void LabFeature::setFailedInLab(const QString &serverId, bool failed)
{
    const QString name = labName(serverId);
    if (name.isEmpty())
        return;
    m_asked.insert(name, failed);
    if (failed)
        m_session->fail(name);
    else
        m_session->heal(name);
}

void LabFeature::toggleFailed(const QString &serverId)
{
    const QString name = labName(serverId);
    if (name.isEmpty() || m_session->phase() != LabSession::Phase::Running) {
        showMessage(tr("Only a server of the running lab can be failed or healed."), true);
        return;
    }
    const bool failed = m_asked.contains(name) ? m_asked.value(name) : m_session->failedServers().contains(name);
    if (!m_analysis) {
        setFailedInLab(serverId, !failed);
        return;
    }
    // Through what-if, so both stay in step (whatIfChanged() asks the lab).
    AnalysisState *state = m_analysis->state();
    QStringList marked = state->whatIfMode() ? state->marked() : QStringList();
    marked.removeAll(serverId);
    if (!failed)
        marked << serverId;
    m_syncing = true;
    state->setWhatIfMode(true);
    m_syncing = false;
    QString error;
    if (!state->setMarked(marked, &error))
        showMessage(error, true);
}

void LabFeature::whatIfChanged()
{
    if (m_syncing || m_session->phase() != LabSession::Phase::Running)
        return;
    const QSet<QString> wanted = whatIfServers();
    const QSet<QString> failedNames = m_session->failedServers();
    for (const QString &id : labServerIds()) {
        const QString name = labName(id);
        const bool failed = m_asked.contains(name) ? m_asked.value(name) : failedNames.contains(name);
        if (wanted.contains(id) != failed)
            setFailedInLab(id, wanted.contains(id));
    }
}

void LabFeature::labFailuresChanged()
{
    if (m_syncing || !m_analysis || m_session->phase() != LabSession::Phase::Running || !m_session->statusSettled()
        || !m_asked.isEmpty())
        return;
    QSet<QString> labFailed;
    const QSet<QString> failedNames = m_session->failedServers();
    const QSet<QString> servers = labServerIds();
    for (const QString &id : servers)
        if (failedNames.contains(labName(id)))
            labFailed.insert(id);
    if (labFailed == whatIfServers())
        return;
    AnalysisState *state = m_analysis->state();
    QStringList marked = state->whatIfMode() ? state->marked() : QStringList();
    for (const QString &id : servers)
        marked.removeAll(id);
    for (const QString &id : labFailed)
        marked << id;
    m_syncing = true;
    if (!labFailed.isEmpty())
        state->setWhatIfMode(true);
    state->setMarked(marked);
    m_syncing = false;
}

} // namespace sw
