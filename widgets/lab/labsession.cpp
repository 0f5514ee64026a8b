#include "widgets/lab/labsession.h"

#include <QCoreApplication>
#include <QDir>

namespace sw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::LabSession)
};
} // namespace

LabSession::LabSession(const QString &stateDir, QObject *parent)
    : QObject(parent), m_state(stateDir), m_controlCtx(new QObject), m_observerCtx(new QObject), m_requestsCtx(new QObject)
{
    m_control.setObjectName(QStringLiteral("lab-control"));
    m_observer.setObjectName(QStringLiteral("lab-status"));
    m_requests.setObjectName(QStringLiteral("lab-requests"));
    const std::pair<QThread *, QObject *> threads[] = {{&m_control, m_controlCtx}, {&m_observer, m_observerCtx}, {&m_requests, m_requestsCtx}};
    for (const auto &[thread, ctx] : threads) {
        ctx->moveToThread(thread);
        connect(thread, &QThread::finished, ctx, &QObject::deleteLater);
        thread->start();
    }
    m_track.stopped = true;
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &LabSession::pollNow);
}

LabSession::~LabSession()
{
    stopAndWait();
    for (QThread *t : {&m_control, &m_observer, &m_requests}) {
        t->quit();
        t->wait();
    }
}

bool LabSession::labExists() const { return QDir(m_state).exists(); }

LabView LabSession::view() const { return labView(m_design, m_status, m_track, m_plan.vips); }

QSet<QString> LabSession::failedServers() const
{
    QSet<QString> out;
    for (const lab::NodeStatus &n : m_status.nodes)
        if (n.failed)
            out.insert(n.name);
    return out;
}

void LabSession::setPhase(Phase p)
{
    if (p == m_phase)
        return;
    m_phase = p;
    emit phaseChanged(p);
}

void LabSession::post(QThread *thread, std::function<void()> job)
{
    QObject *ctx = thread == &m_control ? m_controlCtx : thread == &m_observer ? m_observerCtx : m_requestsCtx;
    QMetaObject::invokeMethod(ctx, std::move(job), Qt::QueuedConnection);
}

void LabSession::answer(std::function<void()> fn) { QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection); }

bool LabSession::start(const Design &design, bool replaceExisting, QString *error)
{
    if (isActive() || m_phase == Phase::Stopping) {
        *error = Tr::tr("a lab is already running from this window: stop it first");
        return false;
    }
    if (labExists() && !replaceExisting) {
        *error = Tr::tr("a lab is already running on this machine (%1): started from the command line or left by a crash").arg(m_state);
        return false;
    }
    lab::LabPlan plan;
    if (!lab::planLab(design, &plan, error))
        return false;
    m_design = design;
    m_plan = plan;
    m_status = lab::LabStatus();
    m_track = LabTrack();
    m_track.bringingUp = true;
    for (const lab::LabNode &n : plan.nodes) {
        lab::NodeStatus s;
        s.name = n.name;
        s.nodeId = n.nodeId;
        s.role = n.role == lab::LabNode::Role::Server ? QStringLiteral("server") : QString();
        s.addresses = n.addresses;
        m_status.nodes << s;
        if (n.role == lab::LabNode::Role::Server)
            m_track.provisioning.insert(n.name);
    }
    m_cancel = false;
    m_owned = true;
    m_settled = false;
    ++m_pending;
    ++m_opEpoch;
    const quint64 gen = ++m_generation;
    setPhase(Phase::Starting);
    emit statusChanged();
    auto onProgress = [this, gen](const lab::LabEvent &ev) {
        answer([this, gen, ev] {
            if (gen != m_generation)
                return;
            if (ev.step == QLatin1String("provision") && ev.kind != lab::LabEvent::Kind::Started)
                m_track.provisioning.remove(ev.node);
            if (ev.kind == lab::LabEvent::Kind::Failed && !ev.node.isEmpty())
                m_track.stepFailed.insert(ev.node);
            emit progress(ev);
            emit statusChanged();
        });
    };
    const QString state = m_state;
    post(&m_control, [this, gen, design, replaceExisting, onProgress, state] {
        lab::LabEngine engine(state);
        QString err;
        bool ok = true;
        if (replaceExisting && QDir(state).exists())
            ok = engine.down(&err);
        ok = ok && engine.up(design, onProgress, &m_cancel, &err);
        const double seconds = engine.lastTiming().wallSeconds;
        answer([this, gen, ok, err, seconds] {
            if (gen != m_generation)
                return;
            --m_pending;
            ++m_opEpoch;
            m_track.bringingUp = false;
            if (ok) {
                m_track.provisioning.clear();
                setPhase(Phase::Running);
                emit operationFinished(QStringLiteral("up"), QString::number(seconds, 'f', 1), true, QString());
                pollNow();
            } else {
                emit operationFinished(QStringLiteral("up"), QString(), false, err);
                stop();   // what was started of it goes
            }
        });
    });
    m_poll.start();
    return true;
}

void LabSession::cancel()
{
    if (m_phase == Phase::Starting)
        stop();
}

void LabSession::stop()
{
    if (!m_owned && m_phase == Phase::Idle)
        return;
    m_cancel = true;
    m_poll.stop();
    const quint64 gen = ++m_generation;
    setPhase(Phase::Stopping);
    ++m_pending;
    const QString state = m_state;
    post(&m_control, [this, gen, state] {
        lab::LabEngine engine(state);
        QString err;
        const bool ok = engine.down(&err);
        answer([this, gen, ok, err] {
            --m_pending;
            if (gen != m_generation)
                return;
            m_owned = false;
            m_track = LabTrack();
            m_track.stopped = true;
            setPhase(Phase::Idle);
            emit statusChanged();
            emit operationFinished(QStringLiteral("down"), QString(), ok, err);
        });
    });
}

void LabSession::stopAndWait()
{
    if (!m_owned && m_phase == Phase::Idle)
        return;
    m_cancel = true;
    m_poll.stop();
    ++m_generation;    // every answer still on its way is dropped
    QString err;
    bool ok = false;
    const QString state = m_state;
    QMetaObject::invokeMethod(m_controlCtx, [&err, &ok, state] {
        lab::LabEngine engine(state);
        ok = engine.down(&err);
    }, Qt::BlockingQueuedConnection);
    m_owned = false;
    m_pending = 0;
    m_track = LabTrack();
    m_track.stopped = true;
    setPhase(Phase::Idle);
    emit statusChanged();
    emit operationFinished(QStringLiteral("down"), QString(), ok, err);
}

void LabSession::fail(const QString &server)
{
    if (!isActive())
        return;
    ++m_pending;
    ++m_opEpoch;
    const quint64 gen = m_generation;
    const QString state = m_state;
    post(&m_control, [this, gen, server, state] {
        lab::LabEngine engine(state);
        QString err;
        const bool ok = engine.fail(server, &err);
        answer([this, gen, server, ok, err] { finishOperation(QStringLiteral("fail"), server, ok, gen == m_generation ? err : QString()); });
    });
}

void LabSession::heal(const QString &server)
{
    if (!isActive())
        return;
    ++m_pending;
    ++m_opEpoch;
    m_track.healing.insert(server);
    emit statusChanged();
    const quint64 gen = m_generation;
    const QString state = m_state;
    post(&m_control, [this, gen, server, state] {
        lab::LabEngine engine(state);
        QString err;
        const bool ok = engine.heal(server, &err);
        answer([this, gen, server, ok, err] {
            m_track.healing.remove(server);
            finishOperation(QStringLiteral("heal"), server, ok, gen == m_generation ? err : QString());
        });
    });
}

void LabSession::finishOperation(const QString &op, const QString &node, bool ok, const QString &error)
{
    m_pending = std::max(0, m_pending - 1);
    ++m_opEpoch;
    emit operationFinished(op, node, ok, error);
    pollNow();
}

void LabSession::sendRequests(int count, int intervalMs)
{
    if (m_phase != Phase::Running || m_probing)
        return;
    m_probing = true;
    const QString state = m_state;
    post(&m_requests, [this, count, intervalMs, state] {
        lab::LabEngine engine(state);
        lab::ProbeOptions o;
        o.count = count;
        o.intervalMs = intervalMs;
        QVector<lab::ProbeResult> results;
        QString err;
        engine.probe(o, &results, &err);
        answer([this, results, err] {
            m_probing = false;
            emit requestsFinished(results, err);
        });
    });
}

void LabSession::pollNow()
{
    if (m_pollInFlight || !isActive())
        return;
    m_pollInFlight = true;
    const quint64 gen = m_generation, epoch = m_opEpoch;
    const bool quiet = m_pending == 0;
    const QString state = m_state;
    post(&m_observer, [this, gen, epoch, quiet, state] {
        lab::LabEngine engine(state);
        lab::LabStatus s;
        QString err;
        const bool ok = engine.status(&s, false, &err);
        answer([this, gen, epoch, quiet, ok, s] {
            m_pollInFlight = false;
            if (!ok || gen != m_generation || !isActive())
                return;
            m_status = s;
            m_settled = quiet && epoch == m_opEpoch && m_pending == 0;
            emit statusChanged();
        });
    });
}

} // namespace sw
