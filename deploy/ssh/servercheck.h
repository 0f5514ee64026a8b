// What Check compares: what the design expects of a server (systemd units,
// listening ports, its host firewall) and the parsers of what the server says
// (`systemctl is-active`, `ss -ltnH`, `ufw status`, /etc/os-release).
// Pure functions, tested without a server.
#pragma once

#include "deploy/ssh/deploytypes.h"
#include "core/model/design.h"

#include <QByteArray>
#include <QSet>

namespace sw {

// The systemd units, TCP ports and firewall rules the design implies for
// `serverId` (`sshPort`: the port ssh listens on, always expected).
ServerExpectation expectationFromDesign(const Design &design, const QString &serverId, int sshPort);

// `systemctl is-active U1 U2...` prints one state per unit; anything else
// (no systemd) makes every unit "unknown" with the error's first line.
QVector<DeployFinding> compareServices(const QString &server, const QStringList &units,
                                       const QByteArray &stdoutText, const QByteArray &stderrText);

// The TCP ports in LISTEN state from `ss -ltnH` output.
QSet<int> parseListeningPorts(const QByteArray &ssOutput);
QVector<DeployFinding> comparePorts(const QString &server, const QVector<int> &expected,
                                    const QSet<int> &listening);

struct UfwStatus {
    bool installed = false;
    bool readable = false;   // false: not root and sudo wanted a password
    bool active = false;
    QSet<QString> allows;    // "443/tcp" (a rule without protocol gives tcp and udp)
    QString error;
};
UfwStatus parseUfwStatus(int exitStatus, const QByteArray &stdoutText, const QByteArray &stderrText);
QVector<DeployFinding> compareFirewall(const QString &server, const ServerExpectation &expect,
                                       int sshPort, const UfwStatus &status);

// "debian-12", "ubuntu-22.04" from /etc/os-release (empty when unreadable),
// and the PRETTY_NAME for messages.
QString osFromOsRelease(const QByteArray &osRelease, QString *prettyName = nullptr);

} // namespace sw
