#include "deploy/ssh/serverjob.h"

#include "deploy/ssh/remotecommand.h"
#include "deploy/ssh/servercheck.h"
#include "deploy/ssh/sftpupload.h"
#include "deploy/ssh/sshsession.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sw {

namespace {

constexpr int kStopTimeoutMs = 15000;

// Syntax check of every script of the uploaded bundle ($1: the entry script).
const char kSyntaxCheck[] =
    "rc=0; n=0; "
    "while IFS= read -r -d '' f; do n=$((n+1)); bash -n \"$f\" || rc=1; done "
    "< <(find . -type f \\( -name '*.sh' -o -path \"$1\" \\) -print0 | sort -z); "
    "echo \"$n\"; exit \"$rc\"";

} // namespace

ServerJobRunner::ServerJobRunner(const ServerJob &job, const DeployOptions &options,
                                 const std::atomic<bool> *cancel, Hooks hooks)
    : m_job(job)
    , m_options(options)
    , m_cancel(cancel)
    , m_hooks(std::move(hooks))
{
    m_result.server = job.target.id;
}

void ServerJobRunner::setState(ServerState state, const QString &message)
{
    m_result.state = state;
    if (!message.isEmpty())
        m_result.message = message;
    if (m_hooks.state)
        m_hooks.state(state, message);
}

void ServerJobRunner::info(const QString &text)
{
    if (m_hooks.line)
        m_hooks.line(OutputStream::Info, text);
}

bool ServerJobRunner::finish(ServerState state, const QString &message)
{
    if (cancelled() && state == ServerState::Failed)
        state = ServerState::Cancelled;
    setState(state, state == ServerState::Cancelled && message.isEmpty() ? QCoreApplication::translate("sw::Deploy", "cancelled") : message);
    if (m_hooks.progress)
        m_hooks.progress(100, serverStateName(state));
    return state == ServerState::Succeeded || state == ServerState::Drifted;
}

QByteArray ServerJobRunner::sudo() const
{
    if (m_options.useSudo && m_job.target.user != QLatin1String("root"))
        return QByteArrayLiteral("sudo -n ");
    return {};
}

RemoteCommand ServerJobRunner::command(SshSession &session, const QString &what)
{
    RemoteCommand c(session);
    c.setCancelFlag(m_cancel);
    const QDeadlineTimer own(qint64(qMax(1, m_options.commandTimeoutSec)) * 1000);
    c.setDeadline(own.deadlineNSecs() < m_deadline.deadlineNSecs() ? own : m_deadline);
    const QString name = what.isEmpty() ? QCoreApplication::translate("sw::Deploy", "a remote command") : what;
    // A line a minute, or three before a short per-command timeout strikes.
    const int beatSec = qMax(1, qMin(m_options.progressIntervalSec, m_options.commandTimeoutSec / 3));
    c.setHeartbeat(beatSec * 1000, [this, name](qint64 ms) {
        info(QCoreApplication::translate("sw::Deploy", "still running after %1 s (stopped after %2 s): %3")
                 .arg(ms / 1000).arg(m_options.commandTimeoutSec).arg(name));
    });
    return c;
}

ServerResult ServerJobRunner::run()
{
    m_deadline = QDeadlineTimer(qint64(qMax(1, m_options.serverTimeoutSec)) * 1000);
    if (cancelled()) {
        finish(ServerState::Cancelled, {});
        return m_result;
    }
    SshSession session;
    if (open(session)) {
        switch (m_options.mode) {
        case DeployMode::DryRun: dryRun(session); break;
        case DeployMode::Deploy: deploy(session); break;
        case DeployMode::Check: check(session); break;
        }
    }
    session.disconnect();
    return m_result;
}

bool ServerJobRunner::open(SshSession &session)
{
    const ServerTarget &t = m_job.target;
    setState(ServerState::Connecting);
    if (m_hooks.progress)
        m_hooks.progress(5, QCoreApplication::translate("sw::Deploy", "connecting"));
    QString error;
    if (!session.connect(t, m_options.connectTimeoutSec, m_options.knownHostsFile, &error))
        return finish(ServerState::Failed, error);
    info(QCoreApplication::translate("sw::Deploy", "connected to %1").arg(session.where()));

    const HostKeyCheck key = checkHostKey(session.handle(), session.where(), m_options.knownHostsFile);
    switch (key.status) {
    case HostKeyCheck::Known:
        break;
    case HostKeyCheck::Unknown:
        if (!m_hooks.acceptHostKey || !m_hooks.acceptHostKey(key))
            return finish(cancelled() ? ServerState::Cancelled : ServerState::Refused, key.message);
        if (!trustHostKey(session.handle(), m_options.knownHostsFile, &error))
            return finish(ServerState::Failed, error);
        info(QCoreApplication::translate("sw::Deploy", "added the host key %1 %2 to %3")
                 .arg(key.keyType, key.fingerprint, effectiveKnownHostsFile(m_options.knownHostsFile)));
        break;
    case HostKeyCheck::Changed:
        return finish(ServerState::Refused, key.message);
    case HostKeyCheck::Error:
        return finish(ServerState::Failed, key.message);
    }
    if (cancelled())
        return finish(ServerState::Cancelled, {});

    setState(ServerState::Authenticating);
    if (m_hooks.progress)
        m_hooks.progress(10, QCoreApplication::translate("sw::Deploy", "authenticating"));
    if (!authenticate(session, m_options.allowPassword, m_hooks.askSecret, &error))
        return finish(ServerState::Failed, error);
    info(QCoreApplication::translate("sw::Deploy", "authenticated as %1").arg(t.user));
    return !cancelled() || finish(ServerState::Cancelled, {});
}

bool ServerJobRunner::checkOs(SshSession &session, bool failOnMismatch)
{
    QByteArray out;
    const CommandResult r = command(session).capture(QByteArrayLiteral("cat /etc/os-release"), &out);
    if (r.outcome == CommandResult::Cancelled)
        return finish(ServerState::Cancelled, {});
    if (r.outcome == CommandResult::TimedOut)
        return finish(ServerState::Failed, QCoreApplication::translate("sw::Deploy", "timed out"));
    QString pretty;
    const QString os = r.ok() ? osFromOsRelease(out, &pretty) : QString();
    const QString expected = m_job.target.os;
    if (expected.isEmpty() || os == expected) {
        info(QCoreApplication::translate("sw::Deploy", "the remote system is %1").arg(pretty.isEmpty() ? os : pretty));
        return true;
    }
    const QString actual = os.isEmpty() ? QCoreApplication::translate("sw::Deploy", "unknown (no /etc/os-release)") : os;
    m_result.findings.append({m_job.target.id, QCoreApplication::translate("sw::Deploy", "operating system"), expected, actual});
    const QString message = QCoreApplication::translate("sw::Deploy", "the server runs %1 but the design says %2: fix the server's \"os\" "
                               "property, the bundle targets that system").arg(actual, expected);
    if (failOnMismatch)
        return finish(ServerState::Failed, message);
    info(message);
    return true;
}

bool ServerJobRunner::upload(SshSession &session)
{
    setState(ServerState::Uploading);
    if (m_job.localDir.isEmpty() || m_job.script.isEmpty())
        return finish(ServerState::Failed, QCoreApplication::translate("sw::Deploy", "there is no script for server \"%1\" in the bundle").arg(m_job.target.id));
    SftpUpload sftp(session);
    QString error;
    if (!sftp.open(&error) || !sftp.makeFreshDir(&m_result.remoteDir, &error))
        return finish(ServerState::Failed, error);
    const auto progress = [this](qint64 done, qint64 total) {
        if (m_hooks.progress && total > 0)
            m_hooks.progress(15 + int(25 * done / total), QCoreApplication::translate("sw::Deploy", "uploading"));
    };
    if (!sftp.uploadTree(m_job.localDir, m_job.files, m_result.remoteDir, progress, m_cancel, &error)) {
        removeRemoteDir(session);
        return finish(ServerState::Failed, error);
    }
    info(QCoreApplication::translate("sw::Deploy", "uploaded the bundle to %1").arg(m_result.remoteDir));
    return !cancelled() || finish(ServerState::Cancelled, {});
}

void ServerJobRunner::dryRun(SshSession &session)
{
    if (!checkOs(session, true) || !upload(session))
        return;
    setState(ServerState::Running);
    if (!m_job.environment.isEmpty())
        info(QCoreApplication::translate("sw::Deploy", "the script will be given %1 (from the bundle's deploy.sh)")
                 .arg(materialNames()));
    if (m_hooks.progress)
        m_hooks.progress(50, QCoreApplication::translate("sw::Deploy", "checking the scripts"));
    QStringList stdoutLines;
    const QByteArray cmd = QByteArrayLiteral("cd ") + shellQuote(m_result.remoteDir) + QByteArrayLiteral(" && bash -c ")
        + shellQuote(QString::fromLatin1(kSyntaxCheck)) + QByteArrayLiteral(" stackwright ")
        + shellQuote(QStringLiteral("./") + m_job.script);
    const CommandResult r = command(session).run(cmd, [&](OutputStream s, const QString &line) {
        if (s == OutputStream::Stdout)
            stdoutLines << line;
        else if (m_hooks.line)
            m_hooks.line(s, line);
    });
    removeRemoteDir(session);
    m_result.remoteDir.clear();
    if (r.outcome == CommandResult::Cancelled) {
        finish(ServerState::Cancelled, {});
    } else if (r.outcome == CommandResult::TimedOut) {
        finish(ServerState::Failed, QCoreApplication::translate("sw::Deploy", "timed out"));
    } else if (r.outcome == CommandResult::Error) {
        finish(ServerState::Failed, r.error);
    } else if (r.exitStatus != 0) {
        finish(ServerState::Failed, QCoreApplication::translate("sw::Deploy", "bash -n found syntax errors (see the log)"));
    } else {
        const int scripts = stdoutLines.isEmpty() ? 0 : stdoutLines.constLast().toInt();
        finish(ServerState::Succeeded,
               QCoreApplication::translate("sw::Deploy", "%n script(s) parse, the system matches; nothing was changed",
                                           nullptr, scripts));
    }
}

void ServerJobRunner::deploy(SshSession &session)
{
    if (!checkOs(session, true) || !upload(session))
        return;
    setState(ServerState::Running);
    if (m_hooks.progress)
        m_hooks.progress(50, QCoreApplication::translate("sw::Deploy", "running %1").arg(m_job.script));
    // The script runs in a session of its own whose id is written down, so a
    // cancel or a timeout can kill all it started (see stopRemote()).
    const QByteArray cmd = QByteArrayLiteral("cd ") + shellQuote(m_result.remoteDir) + QByteArrayLiteral(" && exec ")
        + sudo() + QByteArrayLiteral("setsid -w bash -c ")
        + shellQuote(QStringLiteral("echo $$ > .stackwright.pid; "
                                    "while IFS= read -r -d '' kv; do export \"$kv\"; done; "
                                    "exec bash \"$1\" </dev/null"))
        + QByteArrayLiteral(" stackwright ") + shellQuote(QStringLiteral("./") + m_job.script);
    info(QCoreApplication::translate("sw::Deploy", "running %1%2").arg(QString::fromUtf8(sudo()), m_job.script));
    if (!m_job.environment.isEmpty())
        info(QCoreApplication::translate("sw::Deploy", "with %1 (from the bundle's deploy.sh)").arg(materialNames()));
    RemoteCommand c = command(session, QString::fromUtf8(sudo()) + m_job.script);
    c.setStopRemote([&] { stopRemote(session); });
    c.setStdin(environmentBlock());
    const CommandResult r = c.run(cmd, m_hooks.line);
    m_result.exitCode = r.outcome == CommandResult::Exited ? r.exitStatus : -1;
    if (r.outcome == CommandResult::Cancelled) {
        finish(ServerState::Cancelled, QCoreApplication::translate("sw::Deploy", "cancelled; the remote script was stopped; its files stay in %1")
                                           .arg(m_result.remoteDir));
    } else if (r.outcome == CommandResult::TimedOut) {
        finish(ServerState::Failed, QCoreApplication::translate("sw::Deploy", "%1 timed out (each command may run %2 s, the "
                                                                "whole server %3 s); the remote script was stopped; its files stay in %4")
                                        .arg(m_job.script).arg(m_options.commandTimeoutSec).arg(m_options.serverTimeoutSec)
                                        .arg(m_result.remoteDir));
    } else if (r.outcome == CommandResult::Error) {
        finish(ServerState::Failed, r.error);
    } else if (r.exitStatus != 0) {
        finish(ServerState::Failed, QCoreApplication::translate("sw::Deploy", "the script failed with exit status %1; its files stay in %2")
                                        .arg(r.exitStatus).arg(m_result.remoteDir));
    } else {
        if (!m_options.keepRemoteDir) {
            removeRemoteDir(session);
            m_result.remoteDir.clear();
        }
        finish(ServerState::Succeeded, QCoreApplication::translate("sw::Deploy", "the script ran to its end (exit status 0)"));
    }
}

void ServerJobRunner::check(SshSession &session)
{
    setState(ServerState::Running);
    if (!checkOs(session, false))
        return;
    const QString id = m_job.target.id;
    const ServerExpectation &e = m_job.expect;
    auto failed = [&](const CommandResult &r) {
        if (r.outcome == CommandResult::Exited)
            return false;
        finish(r.outcome == CommandResult::Cancelled ? ServerState::Cancelled : ServerState::Failed,
               r.outcome == CommandResult::TimedOut ? QCoreApplication::translate("sw::Deploy", "timed out") : r.error);
        return true;
    };
    if (m_hooks.progress)
        m_hooks.progress(40, QCoreApplication::translate("sw::Deploy", "services"));
    if (!e.services.isEmpty()) {
        QByteArray cmd = QByteArrayLiteral("LC_ALL=C systemctl is-active --");
        for (const QString &u : e.services)
            cmd += ' ' + shellQuote(u);
        QByteArray out, err;
        const CommandResult r = command(session).capture(cmd, &out, &err);
        if (failed(r))
            return;
        m_result.findings += compareServices(id, e.services, out, err);
    }
    if (m_hooks.progress)
        m_hooks.progress(60, QCoreApplication::translate("sw::Deploy", "ports"));
    {
        QByteArray out, err;
        const CommandResult r = command(session).capture(QByteArrayLiteral("LC_ALL=C ss -ltnH"), &out, &err);
        if (failed(r))
            return;
        if (r.exitStatus != 0)
            m_result.findings.append({id, QCoreApplication::translate("sw::Deploy", "listening ports"), QCoreApplication::translate("sw::Deploy", "readable"),
                                      QString::fromUtf8(err).trimmed().section(QLatin1Char('\n'), 0, 0)});
        else
            m_result.findings += comparePorts(id, e.tcpPorts, parseListeningPorts(out));
    }
    if (m_hooks.progress)
        m_hooks.progress(80, QCoreApplication::translate("sw::Deploy", "firewall"));
    if (e.firewall) {
        QByteArray out, err;
        const CommandResult r = command(session).capture(sudo() + QByteArrayLiteral("env LC_ALL=C ufw status"), &out, &err);
        if (failed(r))
            return;
        m_result.findings += compareFirewall(id, e, m_job.target.port, parseUfwStatus(r.exitStatus, out, err));
    }
    for (const DeployFinding &f : std::as_const(m_result.findings))
        info(QCoreApplication::translate("sw::Deploy", "differs: %1: expected %2, found %3").arg(f.what, f.expected, f.actual));
    if (m_result.findings.isEmpty())
        finish(ServerState::Succeeded, QCoreApplication::translate("sw::Deploy", "matches the design"));
    else
        finish(ServerState::Drifted, QCoreApplication::translate("sw::Deploy", "%n difference(s) from the design", nullptr, int(m_result.findings.size())));
}

QString ServerJobRunner::materialNames() const
{
    QStringList names = m_job.environment.keys();
    names.sort();
    return names.join(QStringLiteral(", "));
}

QByteArray ServerJobRunner::environmentBlock() const
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QByteArray block;
    QHash<QString, QString> values = m_options.environment;
    for (auto it = m_job.environment.cbegin(); it != m_job.environment.cend(); ++it)
        values.insert(it.key(), it.value());
    QStringList names = values.keys();
    names.sort();
    for (const QString &n : std::as_const(names)) {
        QByteArray value = values.value(n).toUtf8();
        if (!name.match(n).hasMatch() || value.contains('\0'))
            continue;
        block += n.toUtf8() + '=' + value + '\0';
    }
    return block;
}

void ServerJobRunner::removeRemoteDir(SshSession &session)
{
    if (m_result.remoteDir.isEmpty() || !session.isConnected())
        return;
    RemoteCommand c(session);
    c.setDeadline(QDeadlineTimer(kStopTimeoutMs));
    QByteArray ignored;
    c.capture(sudo() + QByteArrayLiteral("rm -rf -- ") + shellQuote(m_result.remoteDir), &ignored, &ignored);
}

void ServerJobRunner::stopRemote(SshSession &session)
{
    // TERM to the script's whole process group, then KILL what is left.
    const QByteArray pidFile = shellQuote(m_result.remoteDir + QStringLiteral("/.stackwright.pid"));
    const QByteArray s = sudo();
    const QByteArray cmd = QByteArrayLiteral("p=; for i in 1 2 3 4 5 6 7 8 9 10; do p=$(cat ") + pidFile
        + QByteArrayLiteral(" 2>/dev/null) && [ -n \"$p\" ] && break; sleep 0.2; done; [ -n \"$p\" ] || exit 0; ")
        + s + QByteArrayLiteral("kill -TERM -- \"-$p\" 2>/dev/null; sleep 1; ")
        + s + QByteArrayLiteral("kill -KILL -- \"-$p\" 2>/dev/null; exit 0");
    RemoteCommand c(session);
    c.setDeadline(QDeadlineTimer(kStopTimeoutMs));
    QByteArray ignored;
    c.capture(cmd, &ignored, &ignored);
    info(QCoreApplication::translate("sw::Deploy", "stopped the remote script"));
}

} // namespace sw
