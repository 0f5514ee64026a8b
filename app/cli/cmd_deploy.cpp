// `deploy FILE [--dry-run|--check] [--host ID]... [--identity KEY]
//  [--known-hosts FILE] [--jobs N] ...`: generates the shell bundle of the
// design (exporters/bundle) into a temporary folder and runs it over ssh with
// the deploy engine (deploy/ssh), printing each server's progress and output
// prefixed by its id. Exit 0 when every server succeeded, 1 when one failed
// (or, with --check, differs from the design), 2 on bad input or a host key
// that is unknown (and not accepted) or changed.
#include "app/cli/cli.h"

#include "deploy/ssh/deployengine.h"
#include "deploy/ssh/deployplan.h"
#include "deploy/ssh/deployreport.h"
#include "deploy/ssh/servermaterial.h"

#include "deploy/ssh/bundleexpectations.h"
#include "exporters/bundle/shellbundle.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace sw::cli {

namespace {

struct DeployArgs {
    QString file;
    DeployMode mode = DeployMode::Deploy;
    QStringList hosts;
    QString identity;
    QString knownHosts;
    QString user;
    QString bundle;
    int jobs = 4;
    int timeout = 3600;
    int commandTimeout = 900;
    int connectTimeout = 15;
    bool yesNewHostKeys = false;
    bool continueOnFailure = false;
};

void addDeployOptions(CommandLine &cl)
{
    cl.addPositional(QStringLiteral("FILE"), Tr::tr("a design (.json, .stackwright, or - for standard input)"));
    cl.addOption({QStringLiteral("dry-run")}, Tr::tr("connect, upload, bash -n every script, compare the OS; change nothing"));
    cl.addOption({QStringLiteral("check")}, Tr::tr("read-only: compare services, ports and firewall with the design"));
    cl.addOption({QStringLiteral("host")}, Tr::tr("only this server (repeatable)"), QStringLiteral("ID"));
    cl.addOption({QStringLiteral("identity")}, Tr::tr("private key file (default: the ssh agent, then ~/.ssh keys)"), QStringLiteral("KEY"));
    cl.addOption({QStringLiteral("known-hosts")}, Tr::tr("known-hosts file (default: ~/.ssh/known_hosts)"), QStringLiteral("FILE"));
    cl.addOption({QStringLiteral("jobs")}, Tr::tr("servers of one tier deployed at the same time (default 4)"), QStringLiteral("N"));
    cl.addOption({QStringLiteral("user")}, Tr::tr("ssh user for every server instead of the design's ssh_user"), QStringLiteral("USER"));
    cl.addOption({QStringLiteral("yes-new-host-keys")}, Tr::tr("trust unknown host keys (a changed key is always refused)"));
    cl.addOption({QStringLiteral("continue")}, Tr::tr("go on with the next servers after a failure"));
    cl.addOption({QStringLiteral("timeout")}, Tr::tr("the whole run of one server (default 3600)"), QStringLiteral("SECONDS"));
    cl.addOption({QStringLiteral("command-timeout")}, Tr::tr("each remote command (default 900); a line every minute names the one running"), QStringLiteral("SECONDS"));
    cl.addOption({QStringLiteral("connect-timeout")}, Tr::tr("time allowed to connect (default 15)"), QStringLiteral("SECONDS"));
    cl.addOption({QStringLiteral("bundle")}, Tr::tr("deploy this shell bundle instead of generating one"), QStringLiteral("DIR"));
}

bool parseInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

// Returns an empty string when fine, else the message.
QString parseArgs(const CommandLine &cl, DeployArgs *a)
{
    const bool dry = cl.isSet(QStringLiteral("dry-run"));
    const bool check = cl.isSet(QStringLiteral("check"));
    a->file = cl.positional(0);
    a->hosts = cl.values(QStringLiteral("host"));
    a->identity = cl.value(QStringLiteral("identity"));
    a->knownHosts = cl.value(QStringLiteral("known-hosts"));
    a->user = cl.value(QStringLiteral("user"));
    a->bundle = cl.value(QStringLiteral("bundle"));
    a->yesNewHostKeys = cl.isSet(QStringLiteral("yes-new-host-keys"));
    a->continueOnFailure = cl.isSet(QStringLiteral("continue"));
    const QString jobs = cl.value(QStringLiteral("jobs")), timeout = cl.value(QStringLiteral("timeout")),
                  connect = cl.value(QStringLiteral("connect-timeout")),
                  command = cl.value(QStringLiteral("command-timeout"));
    if (!jobs.isEmpty() && !parseInt(jobs, 1, 64, &a->jobs))
        return QCoreApplication::translate("sw::cli", "--jobs must be a number from 1 to 64, not \"%1\"").arg(jobs);
    if (!timeout.isEmpty() && !parseInt(timeout, 1, 7 * 24 * 3600, &a->timeout))
        return QCoreApplication::translate("sw::cli", "--timeout must be a number of seconds, not \"%1\"").arg(timeout);
    if (!command.isEmpty() && !parseInt(command, 1, 7 * 24 * 3600, &a->commandTimeout))
        return QCoreApplication::translate("sw::cli", "--command-timeout must be a number of seconds, not \"%1\"").arg(command);
    if (!connect.isEmpty() && !parseInt(connect, 1, 600, &a->connectTimeout))
        return QCoreApplication::translate("sw::cli", "--connect-timeout must be a number of seconds from 1 to 600, not \"%1\"").arg(connect);
    if (a->file.isEmpty())
        return QCoreApplication::translate("sw::cli", "no design file given");
    if (dry && check)
        return QCoreApplication::translate("sw::cli", "--dry-run and --check cannot be combined");
    a->mode = dry ? DeployMode::DryRun : check ? DeployMode::Check : DeployMode::Deploy;
    if (!a->identity.isEmpty() && !QFileInfo(a->identity).isFile())
        return QCoreApplication::translate("sw::cli", "the key file %1 does not exist").arg(QDir::toNativeSeparators(a->identity));
    if (!a->bundle.isEmpty() && !QFileInfo(a->bundle).isDir())
        return QCoreApplication::translate("sw::cli", "the bundle folder %1 does not exist").arg(QDir::toNativeSeparators(a->bundle));
    return {};
}

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

QString readLine(bool echo)
{
    termios old{};
    const bool hide = !echo && tcgetattr(STDIN_FILENO, &old) == 0;
    if (hide) {
        termios quiet = old;
        quiet.c_lflag &= tcflag_t(~ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char buf[1024];
    const bool got = std::fgets(buf, sizeof buf, stdin) != nullptr;
    if (hide) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputc('\n', stderr);
    }
    QString line = got ? QString::fromLocal8Bit(buf) : QString();
    std::fill(std::begin(buf), std::end(buf), '\0');
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

std::atomic<bool> g_interrupted{false};

void onInterrupt(int)
{
    g_interrupted = true;
    std::signal(SIGINT, SIG_DFL); // a second Ctrl+C ends at once
}

// Where the bundle comes from: --bundle, or generated into `tmp` (its
// private CA kept per design file, see privateCaStoreFor()).
bool prepareBundle(const DeployArgs &a, const Design &design, QTemporaryDir &tmp, QString *dir, QString *error, Io &io)
{
    if (!a.bundle.isEmpty()) {
        *dir = a.bundle;
        return true;
    }
    if (!tmp.isValid()) {
        *error = QCoreApplication::translate("sw::cli", "cannot create a temporary folder: %1").arg(tmp.errorString());
        return false;
    }
    *dir = tmp.filePath(QStringLiteral("bundle"));
    if (!bundle::writeShellBundle(design, *dir, error))
        return false;
    // The private CA outlives the temporary bundle: one per design file.
    bool kept = false;
    const QString store = privateCaStoreFor(a.file);
    if (!keepPrivateCaIn(*dir, store, &kept, error))
        return false;
    if (kept)
        io.err << QCoreApplication::translate("sw::cli", "note: the stack's private CA is kept in %1")
                      .arg(QDir::toNativeSeparators(store)) << Qt::endl;
    return true;
}

} // namespace

int runDeploy(const QStringList &args, Io &io)
{
    CommandLine cl(QStringLiteral("deploy"),
                   Tr::tr("Runs the design's shell bundle over SSH; exit 0 all servers succeeded, 1 one failed, "
                          "2 bad input or an unknown or changed host key."));
    addDeployOptions(cl);
    if (const auto done = cl.parse(args, io))
        return *done;
    DeployArgs a;
    const QString problem = parseArgs(cl, &a);
    if (!problem.isEmpty())
        return cl.bad(io, problem);
    Design design;
    if (!loadOrReport(a.file, &design, io))
        return BadInput;

    TargetOverride all;
    all.identityFile = a.identity;
    all.user = a.user;
    DeployPlan plan;
    QString error;
    if (!planFromDesign(design, a.hosts, all, {}, &plan, &error)) {
        io.err << QCoreApplication::translate("sw::cli", "error: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    QTemporaryDir tmp;
    if (a.mode == DeployMode::Check) {
        QString why;
        if (!expectationsFromBundle(design, &plan, &why))
            io.err << QCoreApplication::translate("sw::cli", "note: %1; checking against the design only").arg(why) << Qt::endl;
    } else {
        QString dir;
        if (!prepareBundle(a, design, tmp, &dir, &error, io) || !attachShellBundle(&plan, dir, &error)) {
            io.err << QCoreApplication::translate("sw::cli", "error: %1").arg(error) << Qt::endl;
            return BadInput;
        }
    }

    DeployOptions options;
    options.mode = a.mode;
    options.knownHostsFile = a.knownHosts;
    options.maxParallel = a.jobs;
    options.serverTimeoutSec = a.timeout;
    options.connectTimeoutSec = a.connectTimeout;
    options.commandTimeoutSec = a.commandTimeout;
    options.continueOnFailure = a.continueOnFailure;
    options.environment = environmentValues(plan.variables);
    const bool interactive = stdinIsTerminal();
    options.hostKeys = a.yesNewHostKeys ? HostKeyPolicy::AcceptNew
                       : interactive   ? HostKeyPolicy::Ask
                                       : HostKeyPolicy::RefuseNew;
    options.allowPassword = interactive;

    DeployEngine engine;
    QObject context; // lives in this thread: the slots below run here, in order
    QEventLoop loop;
    DeploySummary summary;
    QObject::connect(&engine, &DeployEngine::serverStateChanged, &context,
                     [&](const QString &id, ServerState s, const QString &message) {
                         if (s == ServerState::Pending)
                             return;
                         io.out << QStringLiteral("[%1] %2").arg(id, serverStateName(s));
                         if (!message.isEmpty())
                             io.out << QStringLiteral(": ") << message;
                         io.out << Qt::endl;
                     });
    QObject::connect(&engine, &DeployEngine::outputLine, &context,
                     [&](const QString &id, OutputStream s, const QString &line) {
                         if (s == OutputStream::Stderr)
                             io.err << id << QStringLiteral(" ! ") << line << Qt::endl;
                         else if (s == OutputStream::Stdout)
                             io.out << id << QStringLiteral(" | ") << line << Qt::endl;
                         else
                             io.out << QStringLiteral("[%1] %2").arg(id, line) << Qt::endl;
                     });
    if (interactive) {
        QObject::connect(&engine, &DeployEngine::hostKeyQuestion, &context,
                         [&](const QString &id, const QString &where, const QString &type, const QString &fp) {
                             io.out.flush();
                             io.err << QCoreApplication::translate("sw::cli", "The host key of %1 (%2) is not known:\n  %3 %4\n"
                                          "Trust it and remember it (yes/no)? ").arg(id, where, type, fp);
                             io.err.flush();
                             engine.answerHostKey(id, readLine(true).trimmed().toLower() == QLatin1String("yes"));
                         });
        QObject::connect(&engine, &DeployEngine::secretQuestion, &context,
                         [&](const QString &id, const QString &prompt) {
                             io.out.flush();
                             io.err << QStringLiteral("[%1] %2: ").arg(id, prompt);
                             io.err.flush();
                             const QString answer = readLine(false);
                             engine.answerSecret(id, answer.isEmpty() ? std::nullopt : std::optional<QString>(answer));
                         });
    }
    QObject::connect(&engine, &DeployEngine::finished, &context, [&](const DeploySummary &s) {
        summary = s;
        loop.quit();
    });
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &context, [&] {
        if (g_interrupted.exchange(false)) {
            io.err << QCoreApplication::translate("sw::cli", "cancelling: stopping the remote commands...") << Qt::endl;
            engine.cancel();
        }
    });
    const auto previous = std::signal(SIGINT, onInterrupt);
    interruptPoll.start(200);

    io.out << QCoreApplication::translate("sw::cli", "%1 of %2: %n server(s)", nullptr, plan.size())
                  .arg(deployModeName(a.mode), QFileInfo(a.file).fileName()) << Qt::endl;
    if (!engine.start(plan, options)) {
        std::signal(SIGINT, previous);
        io.err << QCoreApplication::translate("sw::cli", "error: nothing to deploy") << Qt::endl;
        return BadInput;
    }
    loop.exec();
    interruptPoll.stop();
    std::signal(SIGINT, previous);
    engine.waitForFinished();

    io.out << "\n" << QCoreApplication::translate("sw::cli", "Summary (%1): %2").arg(deployModeName(a.mode), summaryCounts(summary)) << Qt::endl;
    for (const QString &line : summaryLines(summary))
        io.out << QStringLiteral("  ") << line << Qt::endl;
    if (summary.hostKeyRefused()) {
        io.err << QCoreApplication::translate("sw::cli", "error: a host key was refused; see above (use --yes-new-host-keys or answer yes "
                     "to trust a new server; never for a changed key)") << Qt::endl;
        return BadInput;
    }
    return summary.allSucceeded() ? Ok : Failed;
}

} // namespace sw::cli
