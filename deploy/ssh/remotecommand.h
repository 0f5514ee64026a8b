// Runs one command on a connected session and streams its output line by
// line (stdout and stderr apart), with a deadline and cancellation. When the
// command is cancelled or times out, `stopRemote` is called first (to kill
// the remote process group: closing the channel alone does not stop a
// command that has no terminal), then the channel is closed.
#pragma once

#include "deploy/ssh/deploytypes.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <atomic>
#include <functional>

namespace sw {

class SshSession;

struct CommandResult {
    enum Outcome { Exited, Cancelled, TimedOut, Error };
    Outcome outcome = Error;
    int exitStatus = -1;  // valid when Exited
    QString error;        // for Error
    bool ok() const { return outcome == Exited && exitStatus == 0; }
};

class RemoteCommand {
public:
    using LineFn = std::function<void(OutputStream, const QString &)>;

    explicit RemoteCommand(SshSession &session);

    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    void setDeadline(QDeadlineTimer deadline) { m_deadline = deadline; }
    void setStopRemote(std::function<void()> stop) { m_stop = std::move(stop); }
    // While the command runs, `fn` gets the time it has run every `intervalMs`
    // (progress lines for a long command; none by default).
    void setHeartbeat(int intervalMs, std::function<void(qint64 elapsedMs)> fn)
    {
        m_heartbeatMs = intervalMs;
        m_heartbeat = std::move(fn);
    }
    // Bytes written to the command's stdin before its end (default: none).
    void setStdin(const QByteArray &data) { m_stdin = data; }

    // Streams complete lines (without the line end) to `onLine` as they come.
    CommandResult run(const QByteArray &command, const LineFn &onLine);
    // Collects the whole output (for short, read-only commands).
    CommandResult capture(const QByteArray &command, QByteArray *out, QByteArray *err = nullptr);

private:
    using ChunkFn = std::function<void(OutputStream, const char *, int)>;
    CommandResult exec(const QByteArray &command, const ChunkFn &onChunk);

    SshSession &m_session;
    const std::atomic<bool> *m_cancel = nullptr;
    QDeadlineTimer m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    std::function<void()> m_stop;
    QByteArray m_stdin;
    int m_heartbeatMs = 0;
    std::function<void(qint64)> m_heartbeat;
};

// Splits a byte stream into lines; a line longer than 64 KiB is cut.
class LineSplitter {
public:
    void feed(const char *data, int size, const std::function<void(const QString &)> &onLine);
    void flush(const std::function<void(const QString &)> &onLine);

private:
    QByteArray m_pending;
};

} // namespace sw
