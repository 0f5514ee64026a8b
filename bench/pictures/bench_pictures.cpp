// Layout time for 100-, 1,000- and 10,000-node layered designs, and export
// time of every picture format at 10,000 nodes. Targets: layout of 1,000
// nodes < 1 s; every export of 10,000 nodes < 2 s.
#include "bench/common/generate.h"

#include "exporters/pictures/dotexporter.h"
#include "exporters/pictures/graphvizlayout.h"
#include "exporters/pictures/pdfexporter.h"
#include "exporters/pictures/pngexporter.h"
#include "exporters/pictures/reportexporter.h"
#include "exporters/pictures/svgexporter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace sw;

namespace {
// CPU time of this process (all threads), in ms: the machine is shared, wall time is noisy.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // Optional arguments: the formats to time ("png", "svg", "report", ...);
    // with any given, the layout part is skipped (for profiling one export).
    QStringList only = app.arguments().mid(1);
    if (only.isEmpty()) {
        std::printf("Graphviz layout (full Arrange, positions dropped)\n");
        GraphvizLayout layout;
        for (int n : {100, 1000, 10000}) {
            Design d = bench::generateDesign(n, n * 3 / 2);
            for (const Node &node : d.nodes())
                d.node(node.id)->hasPos = false;
            QElapsedTimer t;
            t.start();
            const LayoutResult r = layout.compute(d, {});
            const double ms = t.nsecsElapsed() / 1e6;
            std::printf("  %6d nodes: %8.1f ms  engine %-4s %s%s\n", int(d.nodes().size()), ms, qPrintable(r.engine),
                        r.ok ? "ok" : qPrintable(r.error), n == 1000 ? (ms < 1000 ? "  (target < 1 s: met)" : "  (target < 1 s: MISSED)") : "");
        }
    }

    std::printf("Exports of a 10,000-node design\n");
    const Design d = bench::generateDesign(10000, 15000);
    QTemporaryDir dir;
    PictureOptions o;
    const struct {
        const char *name;
        std::unique_ptr<PictureExporter> exporter;
        const char *file;
    } items[] = {
        {"png", std::make_unique<PngExporter>(), "x.png"},
        {"svg", std::make_unique<SvgExporter>(), "x.svg"},
        {"pdf", std::make_unique<PdfExporter>(), "x.pdf"},
        {"dot", std::make_unique<DotExporter>(), "x.dot"},
        {"report html", std::make_unique<ReportExporter>(ReportExporter::Format::Html), "r.html"},
        {"report pdf", std::make_unique<ReportExporter>(ReportExporter::Format::Pdf), "r.pdf"},
    };
    for (const auto &i : items) {
        const QString name = QString::fromLatin1(i.name);
        bool wanted = only.isEmpty();
        for (const QString &w : only)
            wanted = wanted || name.startsWith(w);
        if (!wanted)
            continue;
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuMs();
        QString error;
        const bool ok = i.exporter->write(d, dir.filePath(QString::fromLatin1(i.file)), o, &error);
        const double ms = t.nsecsElapsed() / 1e6;
        const double cpu = cpuMs() - cpu0;
        std::printf("  %-12s %8.1f ms wall %8.1f ms cpu  %8.1f KiB  %s%s\n", i.name, ms, cpu,
                    QFileInfo(dir.filePath(QString::fromLatin1(i.file))).size() / 1024.0, ok ? "ok" : qPrintable(error),
                    cpu < 2000 ? "" : "  (target < 2 s CPU: MISSED)");
    }
    if (only.isEmpty() || only.contains(QStringLiteral("png"))) {
        // Where the PNG time goes: painting, then encoding.
        QElapsedTimer t;
        t.start();
        double used = 0;
        const QSize size = PngExporter::pixelSize(d, o, &used);
        const QImage img = PngExporter::render(d, o);
        const double paintMs = t.nsecsElapsed() / 1e6;
        t.restart();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        PngExporter().writeTo(d, &buffer, o, nullptr);
        std::printf("  png detail: %dx%d px (scale %.3f), paint %.1f ms, paint+encode %.1f ms\n", size.width(),
                    size.height(), used, paintMs, t.nsecsElapsed() / 1e6);
    }
    return 0;
}
