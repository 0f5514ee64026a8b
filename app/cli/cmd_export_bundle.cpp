#include "app/cli/cli.h"

#include "exporters/bundle/ansiblebundle.h"
#include "exporters/bundle/shellbundle.h"

#include <QCoreApplication>
#include <QDir>

namespace sw::cli {

// `export FILE --format shell|ansible --output DIR`: a folder of shell
// scripts or an Ansible project (exporters/bundle). Exit 2 on bad input or
// an unwritable folder; the folder is never left half-written.
int runExportBundle(const QStringList &args, Io &io)
{
    CommandLine cl(QStringLiteral("export"), Tr::tr("Writes a folder of shell scripts or an Ansible project."));
    addExportOptions(cl, false, true);
    if (const auto done = cl.parse(args, io))
        return *done;
    const QString file = cl.positional(0), format = cl.value(QStringLiteral("format")), output = cl.value(QStringLiteral("output"));
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
    bool ok = false;
    if (format == QLatin1String("shell"))
        ok = bundle::writeShellBundle(design, output, &error);
    else if (format == QLatin1String("ansible"))
        ok = bundle::writeAnsibleBundle(design, output, &error);
    else
        error = Tr::tr("--format must be shell or ansible");
    if (!ok) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    io.out << Tr::tr("wrote %1").arg(QDir::toNativeSeparators(output)) << Qt::endl;
    return Ok;
}

} // namespace sw::cli
