#include "cli.h"

#include <QCoreApplication>

namespace sw::cli {

// Not yet built: see the open issue for "rules".
int runRules(const QStringList &, Io &io)
{
    io.err << QCoreApplication::translate("sw::cli", "error: \"%1\" is not available in this build yet")
                  .arg(QStringLiteral("rules")) << Qt::endl;
    return BadInput;
}

} // namespace sw::cli
