#include "cli.h"

#include <QCoreApplication>

namespace sw::cli {

// Not yet built: see the open issue for "validate".
int runValidate(const QStringList &, Io &io)
{
    io.err << QCoreApplication::translate("sw::cli", "error: \"%1\" is not available in this build yet")
                  .arg(QStringLiteral("validate")) << Qt::endl;
    return BadInput;
}

} // namespace sw::cli
