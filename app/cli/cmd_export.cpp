#include "app/cli/cli.h"

#include <QCoreApplication>

namespace sw::cli {

// The options of `export`, for both kinds of output.
void addExportOptions(CommandLine &cl, bool pictures, bool bundles)
{
    cl.addPositional(QStringLiteral("FILE"), Tr::tr("a design (.json, .stackwright, or - for standard input)"));
    cl.addOption({QStringLiteral("f"), QStringLiteral("format")},
                 pictures && bundles ? Tr::tr("png, svg, pdf, dot, report, shell or ansible")
                 : pictures          ? Tr::tr("png, svg, pdf, dot or report")
                                     : Tr::tr("shell or ansible"),
                 QStringLiteral("F"));
    cl.addOption({QStringLiteral("o"), QStringLiteral("output")},
                 pictures ? Tr::tr("the file (or bundle folder) to write; - for standard output (not for bundles)")
                          : Tr::tr("the bundle folder to write"),
                 QStringLiteral("PATH"));
    if (!pictures)
        return;
    cl.addOption({QStringLiteral("scale")}, Tr::tr("PNG: pixels per scene unit (default 1)"), QStringLiteral("S"));
    cl.addOption({QStringLiteral("dpi")}, Tr::tr("PNG: resolution instead of --scale (96 = scale 1)"), QStringLiteral("N"));
    cl.addOption({QStringLiteral("background")}, Tr::tr("white (default) or transparent"), QStringLiteral("B"));
    cl.addOption({QStringLiteral("paper")}, Tr::tr("PDF and PDF report: a4 (default) or letter"), QStringLiteral("P"));
    cl.addOption({QStringLiteral("select")}, Tr::tr("export only these nodes (and what they contain)"), QStringLiteral("ID[,ID...]"));
    cl.addOption({QStringLiteral("layout")},
                 Tr::tr("auto (default): lay out with Graphviz only when a node has no position; always: every node; "
                        "never: keep the positions, nodes without one are stacked in columns (DOT never lays out)"),
                 QStringLiteral("L"));
    cl.addNote(Tr::tr("A report is HTML or PDF, chosen by the extension of PATH (.html or .pdf; HTML on standard output)."));
}

// `export FILE --format F --output PATH [options]`: pictures, DOT and the
// report go to the picture exporters, shell and ansible to the bundle ones.
int runExport(const QStringList &args, Io &io)
{
    CommandLine cl(QStringLiteral("export"),
                   Tr::tr("Writes a picture, a DOT file, a report, a folder of shell scripts or an Ansible project."));
    addExportOptions(cl, true, true);
    if (const auto done = cl.parse(args, io))
        return *done;
    const QString format = cl.value(QStringLiteral("format"));
    static const QStringList pictures{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"),
                                      QStringLiteral("dot"), QStringLiteral("report")};
    static const QStringList bundles{QStringLiteral("shell"), QStringLiteral("ansible")};
    if (!pictures.contains(format) && !bundles.contains(format))
        return cl.bad(io, Tr::tr("export needs --format with one of: %1").arg((pictures + bundles).join(QStringLiteral(", "))));
    if (const auto refused = refuseOverwrite(io, {cl.positional(0)}, cl.value(QStringLiteral("output")), bundles.contains(format)))
        return *refused;
    return pictures.contains(format) ? runExportPictures(args, io) : runExportBundle(args, io);
}

} // namespace sw::cli
