#include "deploy/ssh/remotecommand.h"

#include "deploy/ssh/sshsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <libssh/libssh.h>
#include <memory>

namespace sw {

namespace {

struct ChannelDeleter {
    void operator()(ssh_channel_struct *c) const
    {
        if (ssh_channel_is_open(c))
            ssh_channel_close(c);
        ssh_channel_free(c);
    }
};
using ChannelPtr = std::unique_ptr<ssh_channel_struct, ChannelDeleter>;

constexpr int kMaxLine = 64 * 1024;
constexpr int kPollMs = 50;

QString decodeLine(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    // Progress bars rewrite their line with \r: keep what is shown last.
    const int cr = line.lastIndexOf('\r');
    if (cr >= 0)
        line = line.mid(cr + 1);
    return QString::fromUtf8(line);
}

} // namespace

void LineSplitter::feed(const char *data, int size, const std::function<void(const QString &)> &onLine)
{
    m_pending.append(data, size);
    int start = 0;
    for (;;) {
        const int nl = m_pending.indexOf('\n', start);
        if (nl < 0)
            break;
        onLine(decodeLine(m_pending.mid(start, nl - start)));
        start = nl + 1;
    }
    m_pending.remove(0, start);
    while (m_pending.size() > kMaxLine) {
        onLine(decodeLine(m_pending.left(kMaxLine)));
        m_pending.remove(0, kMaxLine);
    }
}

void LineSplitter::flush(const std::function<void(const QString &)> &onLine)
{
    if (!m_pending.isEmpty())
        onLine(decodeLine(m_pending));
    m_pending.clear();
}

RemoteCommand::RemoteCommand(SshSession &session)
    : m_session(session)
{
}

CommandResult RemoteCommand::exec(const QByteArray &command, const ChunkFn &onChunk)
{
    CommandResult result;
    ssh_session s = m_session.handle();
    ChannelPtr channel(ssh_channel_new(s));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK) {
        result.error = QCoreApplication::translate("sw::Deploy", "cannot open a channel on %1: %2").arg(m_session.where(), m_session.lastError());
        return result;
    }
    if (ssh_channel_request_exec(channel.get(), command.constData()) != SSH_OK) {
        result.error = QCoreApplication::translate("sw::Deploy", "cannot start a command on %1: %2").arg(m_session.where(), m_session.lastError());
        return result;
    }
    // Nothing is typed into a deploy: a command that reads stdin sees its end.
    for (qsizetype sent = 0; sent < m_stdin.size();) {
        const int n = ssh_channel_write(channel.get(), m_stdin.constData() + sent, uint32_t(m_stdin.size() - sent));
        if (n <= 0) {
            result.error = QCoreApplication::translate("sw::Deploy", "cannot send to %1: %2")
                               .arg(m_session.where(), m_session.lastError());
            return result;
        }
        sent += n;
    }
    ssh_channel_send_eof(channel.get());

    char buf[16384];
    QElapsedTimer running;
    running.start();
    qint64 nextBeat = m_heartbeatMs;
    for (;;) {
        if (m_heartbeat && m_heartbeatMs > 0 && running.elapsed() >= nextBeat) {
            m_heartbeat(running.elapsed());
            nextBeat += m_heartbeatMs;
        }
        if (m_cancel && m_cancel->load()) {
            result.outcome = CommandResult::Cancelled;
            break;
        }
        if (m_deadline.hasExpired()) {
            result.outcome = CommandResult::TimedOut;
            break;
        }
        const int n = ssh_channel_read_timeout(channel.get(), buf, sizeof buf, 0, kPollMs);
        if (n > 0)
            onChunk(OutputStream::Stdout, buf, n);
        int m = 0;
        int e;
        while ((e = ssh_channel_read_nonblocking(channel.get(), buf, sizeof buf, 1)) > 0) {
            onChunk(OutputStream::Stderr, buf, e);
            m += e;
        }
        if (n == SSH_ERROR || e == SSH_ERROR) {
            result.error = QCoreApplication::translate("sw::Deploy", "the connection to %1 broke: %2").arg(m_session.where(), m_session.lastError());
            return result;
        }
        if (n <= 0 && m == 0 && ssh_channel_is_eof(channel.get())) {
            result.outcome = CommandResult::Exited;
            break;
        }
    }
    if (result.outcome != CommandResult::Exited) {
        if (m_stop)
            m_stop();
        ssh_channel_request_send_signal(channel.get(), "TERM");
        return result; // the deleter closes the channel
    }
    result.exitStatus = ssh_channel_get_exit_status(channel.get());
    if (result.exitStatus < 0) {
        result.outcome = CommandResult::Error;
        result.error = QCoreApplication::translate("sw::Deploy", "the command on %1 ended without an exit status (killed by a signal?)")
                           .arg(m_session.where());
    }
    return result;
}

CommandResult RemoteCommand::run(const QByteArray &command, const LineFn &onLine)
{
    LineSplitter out;
    LineSplitter err;
    auto emitOut = [&](const QString &l) { onLine(OutputStream::Stdout, l); };
    auto emitErr = [&](const QString &l) { onLine(OutputStream::Stderr, l); };
    CommandResult r = exec(command, [&](OutputStream stream, const char *data, int size) {
        if (stream == OutputStream::Stderr)
            err.feed(data, size, emitErr);
        else
            out.feed(data, size, emitOut);
    });
    out.flush(emitOut);
    err.flush(emitErr);
    return r;
}

CommandResult RemoteCommand::capture(const QByteArray &command, QByteArray *out, QByteArray *err)
{
    return exec(command, [&](OutputStream stream, const char *data, int size) {
        if (stream == OutputStream::Stderr) {
            if (err)
                err->append(data, size);
        } else if (out) {
            out->append(data, size);
        }
    });
}

} // namespace sw
