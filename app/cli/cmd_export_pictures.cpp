#include "cli.h"

#include "dotexporter.h"
#include "graphvizlayout.h"
#include "model/geometry.h"
#include "pdfexporter.h"
#include "pngexporter.h"
#include "reportexporter.h"
#include "svgexporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <memory>

namespace sw::cli {

namespace {
void usage(QTextStream &s)
{
    s << Tr::tr("usage: stackwright-cli export FILE --format png|svg|pdf|dot|report --output PATH") << "\n"
      << Tr::tr("  --scale S            PNG: pixels per scene unit (default 1)") << "\n"
      << Tr::tr("  --dpi N              PNG: resolution instead of --scale (96 = scale 1)") << "\n"
      << Tr::tr("  --background B       white (default) or transparent") << "\n"
      << Tr::tr("  --paper P            PDF and PDF report: a4 (default) or letter") << "\n"
      << Tr::tr("  --select ID[,ID...]  export only these nodes (and what they contain)") << "\n"
      << Tr::tr("  --layout L           auto (default): lay out with Graphviz only when a node has no position;") << "\n"
      << Tr::tr("                       always: lay out every node; never: keep the positions, nodes without one") << "\n"
      << Tr::tr("                       are stacked in columns (DOT never lays out)") << "\n"
      << Tr::tr("  A report is HTML or PDF, chosen by the extension of PATH (.html or .pdf).") << "\n";
}

int bad(Io &io, const QString &msg) { return badInput(io, msg, usage); }
} // namespace

int runExportPictures(const QStringList &args, Io &io)
{
    QString file, format, output, scale, dpi, background, paper, select, layoutMode;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        bool missing = false;
        auto value = [&](const char *name, QString *out) {
            const QString n = QLatin1String(name);
            if (a.startsWith(n + QLatin1Char('='))) {
                *out = a.mid(n.size() + 1);
                return true;
            }
            if (a != n)
                return false;
            if (i + 1 < args.size() && !args[i + 1].startsWith(QLatin1String("--")))
                *out = args[++i];
            else
                missing = true;
            return true;
        };
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage(io.out);
            return Ok;
        }
        if (value("--format", &format) || value("--output", &output) || value("-o", &output)
            || value("--scale", &scale) || value("--dpi", &dpi) || value("--background", &background)
            || value("--paper", &paper) || value("--select", &select) || value("--layout", &layoutMode)) {
            if (missing)
                return bad(io, Tr::tr("%1 needs a value").arg(a));
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            return bad(io, Tr::tr("unknown option \"%1\"").arg(a));
        if (!file.isEmpty())
            return bad(io, Tr::tr("unexpected argument \"%1\"").arg(a));
        file = a;
    }
    if (file.isEmpty())
        return bad(io, Tr::tr("the design FILE is missing"));
    if (output.isEmpty())
        return bad(io, Tr::tr("--output PATH is missing"));

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

    std::unique_ptr<PictureExporter> exporter;
    if (format == QLatin1String("png"))
        exporter = std::make_unique<PngExporter>();
    else if (format == QLatin1String("svg"))
        exporter = std::make_unique<SvgExporter>();
    else if (format == QLatin1String("pdf"))
        exporter = std::make_unique<PdfExporter>();
    else if (format == QLatin1String("dot"))
        exporter = std::make_unique<DotExporter>();
    else if (format == QLatin1String("report")) {
        const QString ext = QFileInfo(output).suffix().toLower();
        if (ext != QLatin1String("html") && ext != QLatin1String("htm") && ext != QLatin1String("pdf"))
            return bad(io, Tr::tr("a report is written as .html or .pdf; \"%1\" has neither extension").arg(output));
        exporter = std::make_unique<ReportExporter>(ReportExporter::formatForPath(output));
    } else {
        return bad(io, Tr::tr("unknown format \"%1\" (png, svg, pdf, dot or report)").arg(format));
    }

    Design design;
    if (!loadOrReport(file, &design, io))
        return BadInput;
    // Nodes without a position are laid out first (auto), or every node
    // (always), so the picture shows them; stderr says so and how long it took.
    bool unplaced = false;
    for (const Node &n : design.nodes())
        unplaced = unplaced || !n.hasPos;
    const bool always = layoutMode == QLatin1String("always");
    if (format != QLatin1String("dot") && (always || (unplaced && layoutMode == QLatin1String("auto")))) {
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
    } else if (unplaced && format != QLatin1String("dot")) {
        placeUnpositioned(design);
    }
    QString error;
    if (!exporter->write(design, output, options, &error)) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    io.out << Tr::tr("wrote %1").arg(QDir::toNativeSeparators(output)) << Qt::endl;
    if (format == QLatin1String("png")) {
        double used = 0;
        const QSize px = PngExporter::pixelSize(design, options, &used);
        if (used < options.effectiveScale() - 1e-9)
            io.out << Tr::tr("note: the design is too large for the scale asked; the picture was scaled down to %1 x %2 pixels (scale %3)")
                          .arg(px.width()).arg(px.height()).arg(used, 0, 'f', 3)
                   << Qt::endl;
    }
    return Ok;
}

} // namespace sw::cli
