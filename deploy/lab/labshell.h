// The shell the lab engine runs as root on this machine (fixed text; values
// are passed as arguments, never pasted into the code): namespaces, the
// bridge, private mounts, the lab CA, teardown, and the daemon checks run
// inside a node.
#pragma once

#include <QString>

namespace sw::lab {

// The lab's state folder (namespace files, overlay layers, scripts, secrets).
QString defaultStateDir(); // /run/stackwright-lab

// bash -c SCRIPT _ STATE: the bridge namespace and the private folder of
// the namespace files.
QString bridgeUpScript();
// bash -c SCRIPT _ STATE NAME HOSTNAME INDEX ADDRESS...: a node's network
// namespace on the bridge with its addresses, and its mount and UTS
// namespaces (private /etc /var /opt /srv /usr/local over this machine's,
// a fresh /run and /dev).
QString nodeUpScript();
// bash -c SCRIPT _ STATE DOMAIN: the lab CA and the certificates for DOMAIN
// and the servers (SERVERS... = name address ...).
QString caScript();
// Run in the users' node: /etc/hosts maps DOMAIN to ADDRESS, the lab CA is trusted.
QString usersSetupScript();
// bash -c SCRIPT _ STATE: everything of the lab gone (processes by pid, by
// the namespaces they are in; mounts; namespaces; the state folder).
QString downScript();
// Run inside a node: UNIT... each printed as "UNIT up" or "UNIT down".
QString unitStatusScript();
// Run inside a node: every process of it gets SIGTERM (keepalived gives up
// the virtual address), SIGKILL after 3 s.
QString stopNodeScript();

} // namespace sw::lab
