#include "app/cli/cli.h"

#include "core/io/designfile.h"
#include "core/io/templates.h"

#include <QCoreApplication>

namespace sw::cli {

int runNew(const QStringList &args, Io &io)
{
    CommandLine cl(QStringLiteral("new"),
                   Tr::tr("Writes a design from a built-in template; FILE ends in .json or .stackwright."));
    cl.addOption({QStringLiteral("t"), QStringLiteral("template")}, Tr::tr("the template"), QStringLiteral("NAME"));
    cl.addOption({QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("the file to write (- for JSON on standard output)"),
                 QStringLiteral("FILE"));
    cl.addNote(Tr::tr("Templates: %1").arg(templateNames().join(QStringLiteral(", "))));
    if (const auto done = cl.parse(args, io))
        return *done;
    const QString templ = cl.value(QStringLiteral("template")), output = cl.value(QStringLiteral("output"));
    if (templ.isEmpty())
        return cl.bad(io, Tr::tr("--template NAME is missing"));
    if (output.isEmpty())
        return cl.bad(io, Tr::tr("--output FILE is missing"));
    if (!isStdio(output) && !hasDesignSuffix(output))
        return cl.bad(io, Tr::tr("%1: the output must end in .json or .stackwright").arg(output));

    Design d;
    QString error;
    if (!loadTemplate(templ, &d, &error)) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    const OutputTarget target(output, QStringLiteral("json"));
    if (!saveDesignFile(d, target.path(), &error)) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    if (target.toStdout())
        return target.copyToStdout(io) ? Ok : BadInput;
    io.out << Tr::tr("Wrote %1 from template \"%2\" (%3 nodes, %4 links).")
                  .arg(output, templ).arg(d.nodes().size()).arg(d.links().size())
           << Qt::endl;
    return Ok;
}

} // namespace sw::cli
