// One libssh session to one server, owned by the thread that made it (libssh
// sessions are not shared between threads). Connects with a timeout, without
// reading ~/.ssh/config (what Stackwright connects to comes from the design),
// and reports failures as translated one-line messages.
#pragma once

#include "deploy/ssh/deploytypes.h"

#include <QString>
#include <libssh/libssh.h>

namespace sw {

class SshSession {
public:
    SshSession();
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Sets host, port, user, timeouts and known-hosts files, then connects.
    // `knownHostsFile` empty: ~/.ssh/known_hosts and the system-wide file;
    // otherwise only that file.
    bool connect(const ServerTarget &target, int timeoutSec, const QString &knownHostsFile,
                 QString *error);
    void disconnect();
    bool isConnected() const;

    ssh_session handle() const { return m_session; }
    const ServerTarget &target() const { return m_target; }
    // "root@127.0.0.1:2222"
    QString where() const;
    // libssh's message for the last failure on this session.
    QString lastError() const;

private:
    ssh_session m_session = nullptr;
    ServerTarget m_target;
};

// Quotes a value for a POSIX shell: 'it'\''s'.
QByteArray shellQuote(const QString &value);

} // namespace sw
