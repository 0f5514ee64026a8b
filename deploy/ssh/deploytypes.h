// The values the deploy engine takes and gives back: what to do, where, with
// which settings, and what happened on each server. Plain values, safe to copy
// between threads (they travel in queued Qt signals).
#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sw {

enum class DeployMode {
    DryRun, // connect, authenticate, upload, `bash -n`, compare the OS; change nothing
    Deploy, // upload and run the server's script
    Check,  // read-only: services, listening ports, firewall against the design
};

// Where one server is in its run. Terminal states: Succeeded, Drifted,
// Failed, Refused, Cancelled, Skipped.
enum class ServerState {
    Pending,
    Connecting,
    Authenticating,
    Uploading,
    Running,
    Succeeded,  // done, nothing to report (check: the server matches the design)
    Drifted,    // check only: the server differs from the design (see the findings)
    Failed,     // could not connect or authenticate, the script failed, timed out...
    Refused,    // the host key is unknown (not accepted) or changed
    Cancelled,
    Skipped,    // not started: an earlier server failed and the run stops on failure
};

bool isTerminal(ServerState state);
// Translated one-word name ("running", "failed").
QString serverStateName(ServerState state);
QString deployModeName(DeployMode mode);

enum class OutputStream { Stdout, Stderr, Info };

// How to reach one server: from the design's `address`, `ssh_port` and
// `ssh_user`, possibly overridden by the user.
struct ServerTarget {
    QString id;            // the design's server id
    QString hostname;      // the design's hostname (display only)
    QString address;       // host to connect to
    int port = 22;
    QString user;
    QString identityFile;  // empty: the ssh agent, then the default keys
    QString os;            // the design's `os` (e.g. "debian-12")
};

// What the design says a server should be running (for Check).
struct ServerExpectation {
    QStringList services;  // systemd unit names that must be active
    QVector<int> tcpPorts; // ports that must listen
    bool firewall = false; // the design puts a host firewall on it
    QStringList allows;    // its rules, "PORT/PROTO" (sources are not compared)
};

struct ServerJob {
    ServerTarget target;
    QString localDir;      // the server's bundle folder
    QStringList files;     // what to upload, relative to localDir; empty: all of it
    QString script;        // the entry script, relative to localDir
    int tier = 0;          // ordering key: servers of equal tier next to each other run together
    ServerExpectation expect;
    // This server's own values for its script (the private CA material from
    // the bundle's `deploy.sh --material`), sent like DeployOptions::environment
    // and taking precedence over it.
    QHash<QString, QString> environment;
};

// A difference between the design and a running server (Check), or a problem
// the dry run found (the OS). Shaped like a validator finding.
struct DeployFinding {
    QString server;
    QString what;      // "service haproxy", "port 443/tcp", "firewall", "os"
    QString expected;
    QString actual;
    bool operator==(const DeployFinding &o) const
    {
        return server == o.server && what == o.what && expected == o.expected && actual == o.actual;
    }
};

struct ServerResult {
    QString server;
    ServerState state = ServerState::Pending;
    QString message;        // one line: why it failed, or what was done
    int exitCode = -1;      // the script's exit status (Deploy), -1 when not run
    QString remoteDir;      // where the bundle was uploaded (kept after a failure)
    QVector<DeployFinding> findings;
};

enum class HostKeyPolicy {
    Ask,        // emit hostKeyQuestion and wait for the answer (no listener: refuse)
    AcceptNew,  // add unknown keys to the known-hosts file (a changed key is still refused)
    RefuseNew,  // refuse unknown keys
};

struct DeployOptions {
    DeployMode mode = DeployMode::DryRun;
    QString knownHostsFile;         // empty: ~/.ssh/known_hosts
    HostKeyPolicy hostKeys = HostKeyPolicy::Ask;
    bool allowPassword = false;     // ask for a password through passwordQuestion
    bool useSudo = true;            // run with `sudo -n` when the user is not root
    int connectTimeoutSec = 15;     // TCP connect and each ssh round trip
    int serverTimeoutSec = 3600;    // the whole run of one server
    int commandTimeoutSec = 900;    // each remote command (15 minutes): a hung command fails, named
    int progressIntervalSec = 60;   // a "still running" line this often while a command runs
    int maxParallel = 4;            // servers of one tier at the same time
    bool continueOnFailure = false; // false: servers of later tiers are skipped
    bool keepRemoteDir = false;     // false: removed after success (always kept after a failure)
    // Values the scripts read from their environment (MYSQL_APP_PASSWORD...),
    // sent over the ssh channel's stdin, never written to the server's disk.
    // Names must be [A-Za-z_][A-Za-z0-9_]*.
    QHash<QString, QString> environment;
};

struct DeploySummary {
    DeployMode mode = DeployMode::DryRun;
    QVector<ServerResult> results;  // in plan order
    bool cancelled = false;

    int count(ServerState state) const;
    // Every server Succeeded.
    bool allSucceeded() const;
    // Some server's host key was unknown and not accepted, or changed.
    bool hostKeyRefused() const;
};

} // namespace sw

Q_DECLARE_METATYPE(sw::DeployMode)
Q_DECLARE_METATYPE(sw::ServerState)
Q_DECLARE_METATYPE(sw::OutputStream)
Q_DECLARE_METATYPE(sw::DeployFinding)
Q_DECLARE_METATYPE(sw::ServerResult)
Q_DECLARE_METATYPE(sw::DeploySummary)
