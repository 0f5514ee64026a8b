// The lab of the open design, run from the GUI: LabEngine's synchronous calls
// on worker threads (one for up/fail/heal/down, in order; one polling the
// status; one for requests), their answers back on the GUI thread as
// signals. The lab it started is taken down when the session is stopped or
// destroyed (design closed, application quit).
#pragma once

#include "deploy/lab/labengine.h"
#include "widgets/lab/labstates.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <functional>

namespace sw {

class LabSession : public QObject {
    Q_OBJECT
public:
    enum class Phase { Idle, Starting, Running, Stopping };
    explicit LabSession(const QString &stateDir = lab::defaultStateDir(), QObject *parent = nullptr);
    ~LabSession() override;   // stops the lab it started, waiting for it

    Phase phase() const { return m_phase; }
    bool isActive() const { return m_phase == Phase::Starting || m_phase == Phase::Running; }
    // A lab exists on this machine (this session's or another's: the CLI, a crash).
    bool labExists() const;
    const lab::LabPlan &plan() const { return m_plan; }
    const lab::LabStatus &status() const { return m_status; }
    const LabTrack &track() const { return m_track; }
    const Design &design() const { return m_design; }
    LabView view() const;
    // The lab's servers the user failed (lab node names), as last known.
    QSet<QString> failedServers() const;
    int pendingOperations() const { return m_pending; }
    // The status was read with no fail, heal or up under way, after the last
    // one ended: what it says about failures is the lab's, not a moment of a change.
    bool statusSettled() const { return m_settled; }

    // Brings the design up (planned here first: false with `error` when it
    // cannot be planned). With `replaceExisting`, a lab already on this
    // machine is taken down first.
    bool start(const Design &design, bool replaceExisting, QString *error);
    void cancel();            // stops the bring-up at its next step, then takes it down
    void stop();              // takes the lab down (asynchronously)
    void stopAndWait();       // the same, returning when it is down
    void fail(const QString &server);
    void heal(const QString &server);
    void sendRequests(int count, int intervalMs);
    bool requestsRunning() const { return m_probing; }
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    void pollNow();

signals:
    void phaseChanged(sw::LabSession::Phase phase);
    void progress(const sw::lab::LabEvent &event);
    void statusChanged();
    // up, down, fail NODE, heal NODE: what finished and how.
    void operationFinished(const QString &operation, const QString &node, bool ok, const QString &error);
    void requestsFinished(const QVector<sw::lab::ProbeResult> &results, const QString &error);

private:
    void setPhase(Phase p);
    void post(QThread *thread, std::function<void()> job);
    void answer(std::function<void()> fn);
    void finishOperation(const QString &op, const QString &node, bool ok, const QString &error);

    QString m_state;
    QThread m_control, m_observer, m_requests;
    QObject *m_controlCtx, *m_observerCtx, *m_requestsCtx;
    std::atomic_bool m_cancel{false};
    QTimer m_poll;
    bool m_pollInFlight = false;
    quint64 m_generation = 0;     // answers of an older lab are dropped
    bool m_probing = false;
    int m_pending = 0;
    quint64 m_opEpoch = 0;        // counts the starts and ends of operations
    bool m_settled = false;
    bool m_owned = false;         // this session started the lab now on the machine
    Phase m_phase = Phase::Idle;
    Design m_design;
    lab::LabPlan m_plan;
    lab::LabStatus m_status;
    LabTrack m_track;
};

} // namespace sw
