#include "app/cli/cli.h"

#include "core/model/geometry.h"
#include "exporters/formats/exportformat.h"
#include "exporters/pictures/graphvizlayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace sw::cli {

// `export FILE [--format F] --output PATH [options]` for a file format of
// the registry: pictures, DOT, the report.
int runExportPictures(const QStringList &args, Io &io, const ExportFormat &format)
{
    CommandLine cl(QStringLiteral("export"), Tr::tr("Writes a picture, a DOT file or a report of the design."));
    addExportOptions(cl, true, false);
    if (const auto done = cl.parse(args, io))
        return *done;
    const QString file = cl.positional(0), output = cl.value(QStringLiteral("output"));
    const QString scale = cl.value(QStringLiteral("scale")), dpi = cl.value(QStringLiteral("dpi"));
    const QString background = cl.value(QStringLiteral("background")), paper = cl.value(QStringLiteral("paper"));
    const QString select = cl.value(QStringLiteral("select"));
    QString layoutMode = cl.value(QStringLiteral("layout"));
    const auto bad = [&cl](Io &to, const QString &message) { return cl.bad(to, message); };
    if (output.isEmpty())
        return bad(io, Tr::tr("--output PATH is missing"));
    if (const auto refused = refuseOverwrite(io, {file}, output))
        return *refused;
    const OutputTarget target(output, format.suffixes.value(0, format.id));

    PictureOptions options;
    if (!scale.isEmpty()) {
        bool ok = false;
        options.scale = scale.toDouble(&ok);
        if (!ok || options.scale < 0.05 || options.scale > 20)
            return bad(io, Tr::tr("--scale must be a number from 0.05 to 20, not \"%1\"").arg(scale));
    }
    if (!dpi.isEmpty()) {
        bool ok = false;
        options.dpi = dpi.toInt(&ok);
        if (!ok || options.dpi < 10 || options.dpi > 2400)
            return bad(io, Tr::tr("--dpi must be a whole number from 10 to 2400, not \"%1\"").arg(dpi));
    }
    if (!background.isEmpty()) {
        if (background != QLatin1String("white") && background != QLatin1String("transparent"))
            return bad(io, Tr::tr("--background must be white or transparent, not \"%1\"").arg(background));
        options.transparent = background == QLatin1String("transparent");
    }
    if (!paper.isEmpty()) {
        const QString p = paper.toLower();
        if (p != QLatin1String("a4") && p != QLatin1String("letter"))
            return bad(io, Tr::tr("--paper must be a4 or letter, not \"%1\"").arg(paper));
        options.paper = p == QLatin1String("letter") ? PaperSize::Letter : PaperSize::A4;
    }
    if (layoutMode.isEmpty())
        layoutMode = QStringLiteral("auto");
    if (layoutMode != QLatin1String("auto") && layoutMode != QLatin1String("always") && layoutMode != QLatin1String("never"))
        return bad(io, Tr::tr("--layout must be auto, always or never, not \"%1\"").arg(layoutMode));
    if (!select.isEmpty())
        options.selection = select.split(QLatin1Char(','), Qt::SkipEmptyParts);

    if (format.suffixRequired && !format.acceptsSuffixOf(target.path()))
        return bad(io, Tr::tr("--format %1 writes .%2 files; \"%3\" has none of these extensions")
                           .arg(format.id, format.suffixes.join(QStringLiteral(", .")), output));

    Design design;
    if (!loadOrReport(file, &design, io))
        return BadInput;
    // Nodes without a position are laid out first (auto), or every node
    // (always), so the picture shows them; stderr says so and how long it took.
    bool unplaced = false;
    for (const Node &n : design.nodes())
        unplaced = unplaced || !n.hasPos;
    const bool always = layoutMode == QLatin1String("always");
    const bool layOut = format.takes(ExportOption::Layout);
    if (layOut && (always || (unplaced && layoutMode == QLatin1String("auto")))) {
        QElapsedTimer timer;
        timer.start();
        LayoutOptions lo;
        lo.mode = always ? LayoutOptions::Mode::Full : LayoutOptions::Mode::Incremental;
        GraphvizLayout layout;
        const LayoutResult r = layout.compute(design, lo);
        if (r.ok) {
            design = GraphvizLayout::applied(design, r);
            io.err << Tr::tr("note: laid out %1 node(s) with Graphviz (%2) in %3 ms (--layout never skips this)")
                          .arg(r.positions.size()).arg(r.engine).arg(timer.elapsed())
                   << Qt::endl;
        } else {
            placeUnpositioned(design);
            io.err << Tr::tr("note: the Graphviz layout failed (%1); nodes without a position were stacked in columns")
                          .arg(r.error)
                   << Qt::endl;
        }
    } else if (unplaced && layOut) {
        placeUnpositioned(design);
    }
    QString error;
    if (!format.write(design, target.path(), options, &error)) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    if (target.toStdout() && !target.copyToStdout(io))
        return BadInput;
    QTextStream &notes = target.toStdout() ? io.err : io.out; // standard output holds the file
    if (!target.toStdout())
        io.out << Tr::tr("wrote %1").arg(QDir::toNativeSeparators(output)) << Qt::endl;
    if (format.note) {
        const QString note = format.note(design, options);
        if (!note.isEmpty())
            notes << note << Qt::endl;
    }
    return Ok;
}

} // namespace sw::cli
