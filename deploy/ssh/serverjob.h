// One server's run in one mode, start to end, on the calling thread (a
// worker of DeployEngine): connect, verify the host key, authenticate, then
// dry run, deploy or check. Talks to the outside only through its hooks.
#pragma once

#include "deploy/ssh/deploytypes.h"
#include "deploy/ssh/knownhosts.h"
#include "deploy/ssh/sshauth.h"

#include <QDeadlineTimer>
#include <atomic>
#include <functional>

namespace sw {

class SshSession;
class RemoteCommand;

class ServerJobRunner {
public:
    struct Hooks {
        std::function<void(ServerState, const QString &)> state;
        std::function<void(int percent, const QString &step)> progress;
        std::function<void(OutputStream, const QString &)> line;
        // Blocks until the user answered; true: trust this unknown key.
        std::function<bool(const HostKeyCheck &)> acceptHostKey;
        AskSecretFn askSecret;
    };

    ServerJobRunner(const ServerJob &job, const DeployOptions &options,
                    const std::atomic<bool> *cancel, Hooks hooks);
    ServerResult run();

private:
    bool open(SshSession &session);
    bool checkOs(SshSession &session, bool failOnMismatch);
    bool upload(SshSession &session);
    void dryRun(SshSession &session);
    void deploy(SshSession &session);
    void check(SshSession &session);
    void removeRemoteDir(SshSession &session);
    void stopRemote(SshSession &session);
    // A command with the cancel flag, the nearer of the server's and the
    // per-command deadline, and "still running" lines naming `what`.
    RemoteCommand command(SshSession &session, const QString &what = {});

    void setState(ServerState state, const QString &message = {});
    void info(const QString &text);
    bool finish(ServerState state, const QString &message);
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    QByteArray sudo() const;
    QByteArray environmentBlock() const;
    QString materialNames() const; // the names in m_job.environment, sorted

    ServerJob m_job;
    DeployOptions m_options;
    const std::atomic<bool> *m_cancel;
    Hooks m_hooks;
    ServerResult m_result;
    QDeadlineTimer m_deadline;
};

} // namespace sw
