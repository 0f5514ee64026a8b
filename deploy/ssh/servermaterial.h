// What a server's script reads besides the user's variables: the stack's
// private CA and, for a web server behind the load balancers, its own
// certificate and key signed by that CA. The bundle's deploy.sh makes it
// (private-ca/ in the bundle folder, created on the first run and kept) and
// prints it with `deploy.sh --material HOSTNAME`; the deploy engine asks it
// the same way, so the two paths cannot drift apart.
#pragma once

#include <QHash>
#include <QString>

namespace sw {

// True when the bundle's deploy.sh knows `--material` (bundles written
// before it need no material).
bool bundleHasServerMaterial(const QString &bundleDir);

// Runs `bash DIR/deploy.sh --material HOSTNAME` on this machine and reads the
// NAME=VALUE pairs (each ended by a NUL byte) it prints. False with a message
// naming the bundle and the server when it fails.
bool serverMaterial(const QString &bundleDir, const QString &hostname, QHash<QString, QString> *values,
                    QString *error);

// Where the private CA of a design's generated bundles is kept between runs
// (a bundle generated into a temporary folder would otherwise make a new CA
// each time, and deploying only some servers would break the others' trust):
// DATA/stackwright/private-ca/HASH, DATA the user's data folder
// ($XDG_DATA_HOME), HASH from the design file's canonical path.
QString privateCaStoreFor(const QString &designFile);

// When the bundle's deploy.sh uses a private CA and the bundle has no
// private-ca/ yet, makes DIR/private-ca a link to `store` (created, owner
// only), so deploy.sh and the engine keep the CA there. `*used`: whether it did.
bool keepPrivateCaIn(const QString &bundleDir, const QString &store, bool *used, QString *error);

} // namespace sw
