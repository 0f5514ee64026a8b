// Which servers to visit, how to reach them and in which order: built from
// the design (with the user's overrides), then given each server's script
// from a shell bundle (exporters/bundle). Servers of one tier may run at the
// same time; tiers run one after the other.
#pragma once

#include "deploy/ssh/deploytypes.h"
#include "core/model/design.h"

#include <QHash>

namespace sw {

// What the user changes about how a server is reached (empty / 0: keep the design's).
struct TargetOverride {
    QString address;
    int port = 0;
    QString user;
    QString identityFile;
};

struct DeployPlan {
    QVector<QStringList> tiers;      // server ids, in order
    QHash<QString, ServerJob> jobs;  // by server id
    QStringList variables;           // environment variables the bundle's scripts read

    QStringList serverIds() const;   // all tiers, in order
    int size() const { return int(jobs.size()); }
    bool isEmpty() const { return jobs.isEmpty(); }
};

// The design's servers (only `hosts` when not empty; an unknown id is an
// error), in the order primary databases, replicas, app servers, web
// servers, load balancers, then servers running none of these. `all`
// applies to every server, then `perServer` on top. Expectations for Check
// are filled from the design.
bool planFromDesign(const Design &design, const QStringList &hosts, const TargetOverride &all,
                    const QHash<QString, TargetOverride> &perServer, DeployPlan *plan, QString *error);

// Tier of a server in that order (0 primary databases ... 5 others).
int defaultTier(const Design &design, const QString &serverId);

// Gives every server of the plan its script from a shell bundle folder
// (the layout of exporters/bundle/shellbundle.h):
//   DIR/deploy.sh            its `SW_VARIABLES=( A B )` line names the variables
//   DIR/servers/NN-HOST.sh   one self-contained script per server
//   DIR/servers/order.txt    "NN-HOST.sh<TAB>host<TAB>user<TAB>port<TAB>node id" a line
// The tiers follow order.txt: consecutive servers of the same default tier
// form one tier (they may run in parallel).
// When deploy.sh knows `--material`, each server also gets the values its
// script reads besides the variables (see servermaterial.h): this creates the
// bundle's private CA on first use, as deploy.sh would, and keeps it.
bool attachShellBundle(DeployPlan *plan, const QString &bundleDir, QString *error);

// The values of `names` found in this process's environment.
QHash<QString, QString> environmentValues(const QStringList &names);

} // namespace sw
