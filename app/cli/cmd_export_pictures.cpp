#include "cli.h"

#include <QCoreApplication>

namespace sw::cli {

// Not yet built: see the open issue.
int runExportPictures(const QStringList &, Io &io)
{
    io.err << QCoreApplication::translate("sw::cli", "error: this export format is not available in this build yet")
           << Qt::endl;
    return BadInput;
}

} // namespace sw::cli
