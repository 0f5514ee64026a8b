// Host key verification against a known-hosts file (OpenSSH format, shared
// with the ssh command). An unknown key is only trusted when the user says
// yes to its SHA256 fingerprint; a changed key is always refused.
#pragma once

#include <QString>
#include <libssh/libssh.h>

namespace sw {

struct HostKeyCheck {
    enum Status { Known, Unknown, Changed, Error };
    Status status = Error;
    QString fingerprint;  // "SHA256:..." as ssh prints it
    QString keyType;      // "ssh-ed25519"
    QString message;      // for Changed and Error: what is wrong and what to do
};

// Looks the connected session's server key up in its known-hosts files.
// `knownHostsFile` is only used in messages (empty: ~/.ssh/known_hosts).
HostKeyCheck checkHostKey(ssh_session session, const QString &where, const QString &knownHostsFile);

// Adds the connected server's key to the known-hosts file (creating the
// file and its folder when needed).
bool trustHostKey(ssh_session session, const QString &knownHostsFile, QString *error);

// The file actually used: `knownHostsFile` or ~/.ssh/known_hosts.
QString effectiveKnownHostsFile(const QString &knownHostsFile);

} // namespace sw
