// The shell bundle: a folder an operator runs from a machine that can ssh
// to the servers.
//
// Layout (the SSH deploy feature relies on it):
//   README.md                what to set before running, and how
//   deploy.sh                runs every server script over ssh, in order
//   servers/NN-HOSTNAME.sh   one idempotent bash script per server; NN is the
//                            deploy order: databases (primaries first), app
//                            servers, web servers, load balancers, others
//   servers/order.txt        one line per server, in that order:
//                            "NN-HOSTNAME.sh<TAB>host<TAB>ssh_user<TAB>ssh_port<TAB>node id"
//   private-ca/              made by deploy.sh when servers need the stack's
//                            private CA (certificates behind the balancers)
//   .stackwright-bundle      marker: the folder may be replaced by a new export
//
// A server script is self-contained: run it as root on its server (e.g.
// copy it there and `sudo bash SCRIPT`, stdin not needed). It reads the
// variables of StackConfig::variables from the environment (upper-case
// names, e.g. MYSQL_APP_PASSWORD), fails with a message naming any missing
// one, and never prints secrets.
#pragma once

#include "core/model/design.h"
#include "exporters/bundle/stackconfig.h"

namespace sw::bundle {

class ShellBundleExporter {
public:
    explicit ShellBundleExporter(const Design &design) : m_design(design) {}
    // Writes the bundle into `dir` (see bundlewriter.h for what may be there).
    bool write(const QString &dir, QString *error) const;
    // The files (relative path -> content) without writing them.
    bool files(QVector<QPair<QString, QString>> *out, QString *error) const;

    static QString scriptName(int index, const ServerConfig &server);

private:
    const Design &m_design;
};

// The domain of the server's certificate from the stack's private CA
// (deploy.sh signs it); empty: it needs none.
QString privateCertDomain(const ServerConfig &server);
// Some server needs the private CA (deploy.sh creates private-ca/).
bool usesPrivateCa(const StackConfig &config);

// Convenience for callers that only need the folder.
bool writeShellBundle(const Design &design, const QString &dir, QString *error);

} // namespace sw::bundle
