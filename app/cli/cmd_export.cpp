#include "cli.h"

#include <QCoreApplication>

namespace sw::cli {

// `export FILE --format F --output PATH [options]`: pictures, DOT and the
// report go to the picture exporters, shell and ansible to the bundle ones.
int runExport(const QStringList &args, Io &io)
{
    QString format;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--format") && i + 1 < args.size())
            format = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--format=")))
            format = args[i].mid(9);
    }
    static const QStringList pictures{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"),
                                      QStringLiteral("dot"), QStringLiteral("report")};
    static const QStringList bundles{QStringLiteral("shell"), QStringLiteral("ansible")};
    if (pictures.contains(format))
        return runExportPictures(args, io);
    if (bundles.contains(format))
        return runExportBundle(args, io);
    io.err << QCoreApplication::translate("sw::cli", "error: export needs --format with one of: %1")
                  .arg((pictures + bundles).join(QStringLiteral(", ")))
           << Qt::endl;
    return BadInput;
}

} // namespace sw::cli
