#include "deploy/ssh/deployengine.h"

#include "deploy/ssh/knownhosts.h"
#include "deploy/ssh/serverjob.h"

#include <QMetaMethod>
#include <QThread>
#include <QThreadPool>

namespace sw {

namespace {

constexpr int kAnswerPollMs = 200;

bool stopsTheRun(ServerState s)
{
    return s == ServerState::Failed || s == ServerState::Refused;
}

} // namespace

DeployEngine::DeployEngine(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<sw::ServerState>();
    qRegisterMetaType<sw::OutputStream>();
    qRegisterMetaType<sw::DeployMode>();
    qRegisterMetaType<sw::DeployFinding>();
    qRegisterMetaType<sw::ServerResult>();
    qRegisterMetaType<sw::DeploySummary>();
}

DeployEngine::~DeployEngine()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool DeployEngine::start(const DeployPlan &plan, const DeployOptions &options)
{
    if (m_running.load() || plan.isEmpty())
        return false;
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
    m_plan = plan;
    m_options = options;
    m_cancel = false;
    m_stop = false;
    const QStringList ids = plan.serverIds();
    {
        QMutexLocker lock(&m_mutex);
        m_summary = DeploySummary();
        m_summary.mode = options.mode;
        for (const QString &id : ids) {
            ServerResult r;
            r.server = id;
            m_summary.results.append(r);
        }
        m_hostKeyAnswers.clear();
        m_secretAnswers.clear();
    }
    m_running = true;
    m_thread.reset(QThread::create([this] { runAll(); }));
    m_thread->setObjectName(QStringLiteral("deploy"));
    emit started(int(ids.size()));
    for (const QString &id : ids)
        emit serverStateChanged(id, ServerState::Pending, QString());
    m_thread->start();
    return true;
}

void DeployEngine::cancel()
{
    m_cancel = true;
    QMutexLocker lock(&m_mutex);
    m_answered.wakeAll();
}

bool DeployEngine::waitForFinished(int msecs)
{
    if (!m_thread)
        return true;
    return m_thread->wait(msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs));
}

DeploySummary DeployEngine::summary() const
{
    QMutexLocker lock(&m_mutex);
    return m_summary;
}

void DeployEngine::answerHostKey(const QString &server, bool accept)
{
    QMutexLocker lock(&m_mutex);
    m_hostKeyAnswers.insert(server, accept);
    m_answered.wakeAll();
}

void DeployEngine::answerSecret(const QString &server, const std::optional<QString> &secret)
{
    QMutexLocker lock(&m_mutex);
    m_secretAnswers.insert(server, secret);
    m_answered.wakeAll();
}

void DeployEngine::runAll()
{
    const int parallel = qBound(1, m_options.maxParallel, 64);
    for (const QStringList &tier : std::as_const(m_plan.tiers)) {
        QThreadPool pool;
        pool.setMaxThreadCount(qMin(parallel, int(tier.size())));
        for (const QString &id : tier)
            pool.start([this, id] { runServer(id); });
        pool.waitForDone();
    }
    DeploySummary copy;
    {
        QMutexLocker lock(&m_mutex);
        m_summary.cancelled = m_cancel.load();
        copy = m_summary;
    }
    m_running = false;
    emit finished(copy);
}

void DeployEngine::runServer(const QString &id)
{
    const ServerJob job = m_plan.jobs.value(id);
    if (m_cancel.load() || m_stop.load()) {
        ServerResult r;
        r.server = id;
        r.state = m_cancel.load() ? ServerState::Cancelled : ServerState::Skipped;
        r.message = m_cancel.load() ? tr("cancelled before it started")
                                    : tr("not started: an earlier server failed");
        emit serverStateChanged(id, r.state, r.message);
        storeResult(r);
        emit serverFinished(r);
        return;
    }
    ServerJobRunner::Hooks hooks;
    hooks.state = [this, id](ServerState s, const QString &m) { emit serverStateChanged(id, s, m); };
    hooks.progress = [this, id](int p, const QString &step) { emit serverProgress(id, p, step); };
    hooks.line = [this, id](OutputStream s, const QString &l) { emit outputLine(id, s, l); };
    hooks.acceptHostKey = [this, id, job](const HostKeyCheck &key) {
        const QString where = QStringLiteral("%1:%2").arg(job.target.address).arg(job.target.port);
        return askHostKey(id, where, key);
    };
    hooks.askSecret = [this, id](const QString &prompt) { return askSecret(id, prompt); };
    ServerJobRunner runner(job, m_options, &m_cancel, std::move(hooks));
    const ServerResult r = runner.run();
    if (stopsTheRun(r.state) && !m_options.continueOnFailure)
        m_stop = true;
    storeResult(r);
    emit serverFinished(r);
}

void DeployEngine::storeResult(const ServerResult &result)
{
    QMutexLocker lock(&m_mutex);
    for (ServerResult &r : m_summary.results) {
        if (r.server == result.server) {
            r = result;
            return;
        }
    }
}

bool DeployEngine::askHostKey(const QString &server, const QString &where, const HostKeyCheck &key)
{
    switch (m_options.hostKeys) {
    case HostKeyPolicy::AcceptNew: return true;
    case HostKeyPolicy::RefuseNew: return false;
    case HostKeyPolicy::Ask: break;
    }
    if (!isSignalConnected(QMetaMethod::fromSignal(&DeployEngine::hostKeyQuestion)))
        return false;
    QMutexLocker one(&m_askMutex);
    QMutexLocker lock(&m_mutex);
    if (m_cancel.load())
        return false;
    m_hostKeyAnswers.remove(server);
    lock.unlock();
    emit hostKeyQuestion(server, where, key.keyType, key.fingerprint);
    lock.relock();
    while (!m_hostKeyAnswers.contains(server)) {
        if (m_cancel.load())
            return false;
        m_answered.wait(&m_mutex, kAnswerPollMs);
    }
    return m_hostKeyAnswers.take(server);
}

std::optional<QString> DeployEngine::askSecret(const QString &server, const QString &prompt)
{
    if (!isSignalConnected(QMetaMethod::fromSignal(&DeployEngine::secretQuestion)))
        return std::nullopt;
    QMutexLocker one(&m_askMutex);
    QMutexLocker lock(&m_mutex);
    if (m_cancel.load())
        return std::nullopt;
    m_secretAnswers.remove(server);
    lock.unlock();
    emit secretQuestion(server, prompt);
    lock.relock();
    while (!m_secretAnswers.contains(server)) {
        if (m_cancel.load())
            return std::nullopt;
        m_answered.wait(&m_mutex, kAnswerPollMs);
    }
    return m_secretAnswers.take(server); // taken: the secret is not kept here
}

} // namespace sw
