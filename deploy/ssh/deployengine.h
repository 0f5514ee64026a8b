// Runs a DeployPlan off the calling thread: tiers one after the other, up to
// `maxParallel` servers of a tier at a time, each on a worker thread with its
// own libssh session. Everything is reported through signals (queued to
// receivers in other threads, so a GUI never blocks). Questions (an unknown
// host key, a passphrase or password) are signals too, answered with
// answerHostKey() / answerSecret(); the worker waits for the answer (or a
// cancel). With HostKeyPolicy::Ask and nothing connected to hostKeyQuestion,
// unknown keys are refused.
#pragma once

#include "deploy/ssh/deployplan.h"
#include "deploy/ssh/deploytypes.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>
#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace sw {

struct HostKeyCheck;

class DeployEngine : public QObject {
    Q_OBJECT
public:
    explicit DeployEngine(QObject *parent = nullptr);
    ~DeployEngine() override; // cancels and waits

    // False when a run is going on or the plan is empty.
    bool start(const DeployPlan &plan, const DeployOptions &options);
    // Stops everything: pending servers are not started, running commands are
    // killed on their server. finished() follows.
    void cancel();
    bool isRunning() const { return m_running.load(); }
    // Blocks (without processing events) until the run ends; false on timeout.
    bool waitForFinished(int msecs = -1);
    // The results so far (complete after finished()).
    DeploySummary summary() const;

    // Answers a hostKeyQuestion / secretQuestion (from any thread).
    void answerHostKey(const QString &server, bool accept);
    void answerSecret(const QString &server, const std::optional<QString> &secret);

signals:
    void started(int servers);
    void serverStateChanged(const QString &server, sw::ServerState state, const QString &message);
    void serverProgress(const QString &server, int percent, const QString &step);
    void outputLine(const QString &server, sw::OutputStream stream, const QString &line);
    void serverFinished(const sw::ServerResult &result);
    void hostKeyQuestion(const QString &server, const QString &where, const QString &keyType,
                         const QString &fingerprint);
    void secretQuestion(const QString &server, const QString &prompt);
    void finished(const sw::DeploySummary &summary);

private:
    void runAll();
    void runServer(const QString &id);
    void storeResult(const ServerResult &result);
    bool askHostKey(const QString &server, const QString &where, const HostKeyCheck &key);
    std::optional<QString> askSecret(const QString &server, const QString &prompt);

    DeployPlan m_plan;
    DeployOptions m_options;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_stop{false}; // a server failed and the run stops on failure

    mutable QMutex m_mutex; // guards m_summary and the answers
    QWaitCondition m_answered;
    DeploySummary m_summary;
    QHash<QString, bool> m_hostKeyAnswers;
    QHash<QString, std::optional<QString>> m_secretAnswers;
    QMutex m_askMutex; // one question at a time
};

} // namespace sw
