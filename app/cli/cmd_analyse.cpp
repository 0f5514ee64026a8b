#include "cli.h"

#include <QCoreApplication>

namespace sw::cli {

// Not yet built: see the open issue for "analyse".
int runAnalyse(const QStringList &, Io &io)
{
    io.err << QCoreApplication::translate("sw::cli", "error: \"%1\" is not available in this build yet")
                  .arg(QStringLiteral("analyse")) << Qt::endl;
    return BadInput;
}

} // namespace sw::cli
