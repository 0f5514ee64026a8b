#include "app/cli/cli.h"

#include "core/io/designfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sw::cli {

int runConvert(const QStringList &args, Io &io)
{
    CommandLine cl(QStringLiteral("convert"),
                   Tr::tr("Converts between the JSON format (.json) and the native file (.stackwright), by extension."));
    cl.addPositional(QStringLiteral("IN"), Tr::tr("the design to read (- for standard input)"));
    cl.addPositional(QStringLiteral("OUT"), Tr::tr("the file to write (- for JSON on standard output)"));
    if (const auto done = cl.parse(args, io))
        return *done;
    const QString in = cl.positional(0), out = cl.positional(1);
    if (!isStdio(out) && !hasDesignSuffix(out))
        return cl.bad(io, Tr::tr("%1: the output must end in .json or .stackwright").arg(out));
    if (!isStdio(in) && QFileInfo(in).absoluteFilePath() == QFileInfo(out).absoluteFilePath())
        return cl.bad(io, Tr::tr("%1: IN and OUT are the same file").arg(in));
    if (const auto refused = refuseOverwrite(io, {in}, out))
        return *refused;

    Design d;
    if (!loadOrReport(in, &d, io))
        return BadInput;
    const OutputTarget target(out, QStringLiteral("json"));
    QString error;
    if (!saveDesignFile(d, target.path(), &error)) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    if (target.toStdout())
        return target.copyToStdout(io) ? Ok : BadInput;
    io.out << Tr::tr("Wrote %1 (%2 nodes, %3 links).").arg(out).arg(d.nodes().size()).arg(d.links().size()) << Qt::endl;
    return Ok;
}

} // namespace sw::cli
