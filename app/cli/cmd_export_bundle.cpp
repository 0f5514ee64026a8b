#include "app/cli/cli.h"

#include "exporters/formats/exportformat.h"

#include <QCoreApplication>
#include <QDir>

namespace sw::cli {

// `export FILE --format shell|ansible --output DIR`: a folder format of the
// registry (a deploy bundle). Exit 2 on bad input or an unwritable folder;
// the folder is never left half-written.
int runExportBundle(const QStringList &args, Io &io, const ExportFormat &format)
{
    CommandLine cl(QStringLiteral("export"), Tr::tr("Writes a folder of shell scripts or an Ansible project."));
    addExportOptions(cl, false, true);
    if (const auto done = cl.parse(args, io))
        return *done;
    const QString file = cl.positional(0), output = cl.value(QStringLiteral("output"));
    if (output.isEmpty())
        return cl.bad(io, Tr::tr("--output DIR is missing"));
    if (isStdio(output))
        return cl.bad(io, Tr::tr("a bundle is a folder; it cannot go to standard output"));
    if (const auto refused = refuseOverwrite(io, {file}, output, true))
        return *refused;
    Design design;
    if (!loadOrReport(file, &design, io))
        return BadInput;
    QString error;
    if (!format.write(design, output, PictureOptions(), &error)) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    io.out << Tr::tr("wrote %1").arg(QDir::toNativeSeparators(output)) << Qt::endl;
    return Ok;
}

} // namespace sw::cli
