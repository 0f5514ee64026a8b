// Which files of the shell bundle a change to a design changes (issue 18):
// both bundles are generated in memory (ShellBundleExporter::files) and
// compared file by file. A server's script is followed by the server's node
// id (servers/order.txt), so a script renumbered because another server came
// first is "changed" (or unchanged), not removed and added.
#pragma once

#include "core/model/design.h"

#include <QHash>

namespace sw::bundle {

struct BundleFileChange {
    enum class Status { Added, Removed, Changed };
    Status status = Status::Changed;
    QString path;       // in the new bundle (the old one for a removal)
    QString oldPath;    // in the old bundle, when it differs or for a removal
    QString server;     // the server's node id (new design; old for a removal); empty: not a server script
    int linesAdded = 0;
    int linesRemoved = 0;

    static QString statusName(Status s);   // "added", "removed", "changed"
};

struct BundleDiff {
    bool oldOk = false, newOk = false;   // could each bundle be generated?
    QString oldError, newError;          // why not
    QVector<BundleFileChange> files;     // sorted by path
};

// `oldToNew` maps old node ids to new ones (DesignDiff::oldToNew()); ids not
// in it are taken as they are.
BundleDiff diffShellBundles(const Design &oldDesign, const Design &newDesign,
                            const QHash<QString, QString> &oldToNew = {});

} // namespace sw::bundle
