// Load and save times of both file formats for a generated design of 10,000
// nodes and 15,000 links (median of several runs). Prints figures; never fails
// on time. Targets (issue 2): .stackwright full save < 150 ms, load < 100 ms;
// JSON < 300 ms each way; a one-node change saves only what changed.
#include "bench/common/generate.h"
#include "core/io/designfile.h"
#include "core/io/jsonformat.h"
#include "core/io/nativedocument.h"
#include "core/io/sqlitestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <functional>

using namespace sw;

namespace {

struct Timing {
    double wallMs = -1; // median wall-clock time
    double cpuMs = -1;  // median CPU time of this process (less disturbed by a busy machine)
};

Timing measure(int runs, const std::function<bool()> &f)
{
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const std::clock_t c0 = std::clock();
        t.start();
        if (!f()) {
            std::fprintf(stderr, "run failed\n");
            return {};
        }
        wall.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

void report(const char *what, const Timing &t, double target)
{
    std::printf("  %-38s %8.1f ms  (cpu %6.1f ms)", what, t.wallMs, t.cpuMs);
    if (target > 0)
        std::printf("  target < %.0f ms%s", target, t.wallMs < target ? "" : (t.cpuMs < target ? " (wall missed, machine busy?)" : ", MISSED"));
    std::printf("\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = 7;
    const Design d = bench::generateDesign(10000, 15000);
    QTemporaryDir dir;
    const QString json = dir.filePath("bench.json"), native = dir.filePath("bench.stackwright");
    QString error;
    std::printf("bench_io: %d nodes, %d links, median of %d runs\n", int(d.nodes().size()), int(d.links().size()), runs);

    report("JSON save (writeJson + atomic file)", measure(runs, [&] { return saveDesignFile(d, json, &error); }), 300);
    Design loaded;
    report("JSON load (parse + checks)", measure(runs, [&] { return loadDesignFile(json, &loaded, &error); }), 300);
    if (!(loaded == d))
        std::printf("  JSON round trip DIFFERS\n");

    int rows = 0;
    report(".stackwright full save",
           measure(runs, [&] { return SqliteStore::write(d, native, &error, &rows); }), 150);
    report(".stackwright load (read + checks)",
           measure(runs, [&] { return SqliteStore::read(native, &loaded, &error); }), 100);
    if (!(loaded == d))
        std::printf("  .stackwright round trip DIFFERS\n");
    std::printf("  %-40s %8d rows, %lld bytes\n", ".stackwright full save wrote", rows,
                static_cast<long long>(QFile(native).size()));

    // One node changed, saved again through NativeDocument.
    NativeDocument doc;
    Design work;
    if (!doc.load(native, &work, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    int step = 0;
    NativeDocument::SaveStats stats;
    const Timing incremental = measure(runs, [&] {
        work.node(QStringLiteral("srv42"))->pos += QPointF(10, ++step);
        const bool ok = doc.save(work, native, &error);
        stats = doc.lastSave();
        return ok;
    });
    report(".stackwright one-node-changed save", incremental, 0);
    std::printf("  %-40s %8d rows (%s)\n", "  which wrote", stats.rowsWritten,
                stats.incremental ? "incremental" : "FULL");
    if (!error.isEmpty())
        std::printf("  last error: %s\n", qPrintable(error));
    return 0;
}
