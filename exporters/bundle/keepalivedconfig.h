// /etc/keepalived/keepalived.conf for a member of a cluster: one VRRP
// instance with unicast peers, a priority distinct per member, a track
// script following the pid of the service the cluster fronts (HAProxy), the virtual
// address. The network interface is a deploy-time variable.
#pragma once

#include "exporters/bundle/stackconfig.h"

namespace sw::bundle {

struct KeepalivedInput {
    QString routerId;          // this server's hostname
    QString instance;          // VRRP instance name (cluster id, made safe)
    int virtualRouterId = 51;  // 1..255, one per cluster
    int priority = 100;        // distinct per member; the highest starts as MASTER
    bool master = false;
    QString sourceAddress;     // this member's address
    QStringList peers;         // the other members' addresses
    QString vip;
    QString trackUnit = QStringLiteral("haproxy");
    QString interfaceVariable = QStringLiteral("vrrp_interface");
};

QVector<TextPart> keepalivedConfig(const KeepalivedInput &in);
// The health check keepalived runs (systemd or not): the pid file's process is alive.
QString keepalivedCheckPath();
QString keepalivedCheckScript();
QString trackPidFile(const QString &unit);

} // namespace sw::bundle
