// What the lab stands up for a design: one node (network namespace) per
// server, one for the users (`internet`), one per network firewall; each
// server's script of the shell bundle in its lab profile; the files each
// server must end up with (to prove they are the bundle's, byte for byte).
//
// The lab runs the design as it would run on this machine's OS: every
// server's `os` is set to it (e.g. debian-12: MariaDB) before the bundle is
// computed. Codebases the lab cannot clone run the demo application.
#pragma once

#include "core/model/design.h"
#include "exporters/bundle/stackconfig.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sw::lab {

struct LabNode {
    enum class Role { Server, Users, Firewall };
    Role role = Role::Server;
    QString name;                 // hostname, "users", or the firewall's id: namespace swlab-NAME
    QString nodeId;               // the design's node
    QStringList addresses;        // on its eth0 (servers: the design's address)
    QString scriptName;           // NN-HOSTNAME.sh of the shell bundle
    QString script;               // that script in the lab profile
    int stage = 0;                // provisioning order: stage by stage (0: all but replicas, 1: replicas), a stage's nodes in parallel
    QString privateCertDomain;    // the bundle's private-CA certificate, signed by the lab CA
    QStringList units;            // daemons, in start order
    QVector<bundle::ConfigFile> files; // what the bundle writes on it
    QStringList notes;            // e.g. the demo app runs in place of a repository
};

struct LabPlan {
    QString designName;
    QString domain;               // the DNS node's domain (may be empty)
    QString dnsTarget;            // the address the domain resolves to in the users' namespace
    QString entryScheme = QStringLiteral("https"); // how users reach the stack: "http" when no link from the internet is HTTPS
    QStringList vips;             // virtual addresses of the clusters
    QString hostOs;               // the OS the lab runs the servers as
    QVector<LabNode> nodes;
    QStringList notes;
    QString usersAddress = QStringLiteral("198.18.0.2"); // the users' address on the lab bridge

    const LabNode *node(const QString &nameOrId) const;
};

// This machine's OS as a design `os` value ("debian-12", "ubuntu-22.04"...);
// empty when /etc/os-release says something else.
QString hostOs();

// The design with every server's os set to `os` (the lab's view of it).
Design labDesign(const Design &design, const QString &os);

bool planLab(const Design &design, LabPlan *out, QString *error);

// The namespace of a node: "swlab-" + name.
QString netnsName(const QString &nodeName);
QString bridgeNetns(); // swlab-net: the bridge, alone, with no uplink

} // namespace sw::lab
