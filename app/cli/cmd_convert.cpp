#include "cli.h"

#include "io/designfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sw::cli {

namespace {
void usage(QTextStream &s)
{
    s << Tr::tr("usage: stackwright-cli convert IN OUT") << "\n"
      << Tr::tr("  Converts between the JSON format (.json) and the native file (.stackwright), by extension.") << "\n";
}

int bad(Io &io, const QString &msg) { return badInput(io, msg, usage); }

} // namespace

int runConvert(const QStringList &args, Io &io)
{
    QStringList files;
    if (const auto done = takeFiles(args, {QStringLiteral("IN"), QStringLiteral("OUT")}, io, usage, &files))
        return *done;
    const QString &in = files[0], &out = files[1];
    if (!hasDesignSuffix(out))
        return bad(io, Tr::tr("%1: the output must end in .json or .stackwright").arg(out));
    if (QFileInfo(in).absoluteFilePath() == QFileInfo(out).absoluteFilePath())
        return bad(io, Tr::tr("%1: IN and OUT are the same file").arg(in));

    Design d;
    if (!loadOrReport(in, &d, io))
        return BadInput;
    QString error;
    if (!saveDesignFile(d, out, &error)) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    io.out << Tr::tr("Wrote %1 (%2 nodes, %3 links).").arg(out).arg(d.nodes().size()).arg(d.links().size()) << Qt::endl;
    return Ok;
}

} // namespace sw::cli
