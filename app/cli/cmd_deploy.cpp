#include "cli.h"

#include <QCoreApplication>

namespace sw::cli {

// Not yet built: see the open issue for "deploy".
int runDeploy(const QStringList &, Io &io)
{
    io.err << QCoreApplication::translate("sw::cli", "error: \"%1\" is not available in this build yet")
                  .arg(QStringLiteral("deploy")) << Qt::endl;
    return BadInput;
}

} // namespace sw::cli
