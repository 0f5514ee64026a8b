#include "app/cli/cli.h"

#include "exporters/formats/exportformat.h"

#include <QCoreApplication>

namespace sw::cli {

namespace {

// "a, b or c"
QString orList(const QStringList &items)
{
    if (items.size() < 2)
        return items.join(QString());
    return Tr::tr("%1 or %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

} // namespace

// The options of `export`, for the file formats (`pictures`) and/or the
// folder formats (`bundles`) of the registry (exporters/formats).
void addExportOptions(CommandLine &cl, bool pictures, bool bundles)
{
    cl.addPositional(QStringLiteral("FILE"), Tr::tr("a design (.json, .stackwright, or - for standard input)"));
    QString formatHelp = orList(ExportFormats::ids(pictures, bundles));
    if (pictures)
        formatHelp += Tr::tr("; without it, the extension of --output chooses");
    cl.addOption({QStringLiteral("f"), QStringLiteral("format")}, formatHelp, QStringLiteral("F"));
    cl.addOption({QStringLiteral("o"), QStringLiteral("output")},
                 pictures ? Tr::tr("the file (or bundle folder) to write; - for standard output (not for bundles)")
                          : Tr::tr("the bundle folder to write"),
                 QStringLiteral("PATH"));
    if (!pictures)
        return;
    const struct {
        ExportOption option;
        const char *name;
        QString help;
        const char *value;
    } options[] = {
        {ExportOption::Scale, "scale", Tr::tr("pixels per scene unit (default 1)"), "S"},
        {ExportOption::Dpi, "dpi", Tr::tr("resolution instead of --scale (96 = scale 1)"), "N"},
        {ExportOption::Background, "background", Tr::tr("white (default) or transparent"), "B"},
        {ExportOption::Paper, "paper", Tr::tr("a4 (default) or letter"), "P"},
        {ExportOption::Selection, "select", Tr::tr("export only these nodes (and what they contain)"), "ID[,ID...]"},
        {ExportOption::Layout, "layout",
         Tr::tr("auto (default): lay out with Graphviz only when a node has no position; always: every node; "
                "never: keep the positions, nodes without one are stacked in columns"),
         "L"},
    };
    for (const auto &o : options) {
        const QStringList formats = ExportFormats::takingOption(o.option);
        if (formats.isEmpty())
            continue;
        cl.addOption({QString::fromLatin1(o.name)}, QStringLiteral("%1: %2").arg(formats.join(QStringLiteral(", ")), o.help),
                     QString::fromLatin1(o.value));
    }
    for (const ExportFormat &f : ExportFormats::all())
        if (f.suffixRequired)
            cl.addNote(Tr::tr("--format %1: the extension of PATH chooses the kind of file (.%2; .%3 on standard output).")
                           .arg(f.id, f.suffixes.join(QStringLiteral(", .")), f.suffixes.first()));
}

// `export FILE [--format F] --output PATH [options]`: the format's exporter
// from the registry; a file format without --format is found from PATH's
// extension.
int runExport(const QStringList &args, Io &io)
{
    CommandLine cl(QStringLiteral("export"),
                   Tr::tr("Writes a picture, a DOT file, a report, a folder of shell scripts or an Ansible project."));
    addExportOptions(cl, true, true);
    if (const auto done = cl.parse(args, io))
        return *done;
    const QString id = cl.value(QStringLiteral("format"));
    const QString output = cl.value(QStringLiteral("output"));
    const QString all = ExportFormats::ids(true, true).join(QStringLiteral(", "));
    const ExportFormat *format = id.isEmpty() ? ExportFormats::forPath(output) : ExportFormats::find(id);
    if (!format && id.isEmpty())
        return cl.bad(io, Tr::tr("export needs --format with one of: %1 (the extension of \"%2\" names none)").arg(all, output));
    if (!format)
        return cl.bad(io, Tr::tr("unknown format \"%1\"; --format takes one of: %2").arg(id, all));
    if (const auto refused = refuseOverwrite(io, {cl.positional(0)}, output, format->folder))
        return *refused;
    return format->folder ? runExportBundle(args, io, *format) : runExportPictures(args, io, *format);
}

} // namespace sw::cli
