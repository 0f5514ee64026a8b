// What-if on a 10,000-node design: the time to evaluate one failure set
// (reachability, surviving nodes and links, served users, availability).
// Target: under 16 ms, so the what-if can follow the mouse.
#include "core/analysis/capacity.h"
#include "bench/common/generate.h"
#include "core/analysis/requestflow.h"
#include "core/analysis/whatif.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace sw;

namespace {
struct Stats {
    double median = 0, max = 0;
};

template <typename F>
Stats measure(int runs, F &&f)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f(i);
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const Design d = bench::generateDesign(10000, 15000);
    out << "design: " << d.nodes().size() << " nodes, " << d.links().size() << " links\n";

    QElapsedTimer t;
    t.start();
    const WhatIf whatIf(d);
    out << "build (request graph + availability model, once per edit): " << t.nsecsElapsed() / 1e6 << " ms\n";
    const QStringList units = whatIf.graph().units();
    out << "failure units: " << units.size() << "\n";

    const int runs = 41;
    const Stats none = measure(runs, [&](int) { whatIf.evaluate(QSet<QString>{}); });
    const Stats one = measure(runs, [&](int i) { whatIf.evaluate(QSet<QString>{units[(i * 97) % units.size()]}); });
    const Stats many = measure(runs, [&](int i) {
        QSet<QString> f;
        for (int k = 0; k < 50; ++k)
            f.insert(units[(i * 131 + k * 67) % units.size()]);
        whatIf.evaluate(f);
    });
    WhatIfResult r = whatIf.evaluate(QSet<QString>{units.first()});
    out << "availability method: " << methodName(r.availability.method) << ", A = " << r.availability.availability
        << ", reachable = " << (r.reachable ? "yes" : "no") << ", surviving nodes " << r.survivingNodes.size()
        << ", links " << r.survivingLinks.size() << "\n";
    const Stats avail = measure(runs, [&](int i) {
        whatIf.availabilityModel().compute(QSet<QString>{units[(i * 97) % units.size()]});
    });
    const Stats reach = measure(runs, [&](int i) { whatIf.graph().reachable({units[(i * 97) % units.size()]}); });
    const Stats flow = measure(11, [&](int i) { requestFlow(d, whatIf.graph(), {units[(i * 97) % units.size()]}); });
    const Stats cap = measure(11, [&](int i) { computeCapacity(d, whatIf.graph(), {units[(i * 97) % units.size()]}); });

    auto row = [&](const char *name, const Stats &s) {
        out << QStringLiteral("%1 median %2 ms, max %3 ms\n").arg(QLatin1String(name), -40).arg(s.median, 0, 'f', 2).arg(s.max, 0, 'f', 2);
    };
    row("what-if, no failure:", none);
    row("what-if, one failed unit:", one);
    row("what-if, 50 failed units:", many);
    row("  of which availability:", avail);
    row("  of which reachability:", reach);
    row("request flow (one failure):", flow);
    row("capacity (one failure):", cap);
    out << "target: what-if under 16 ms -> " << (one.median < 16.0 && many.median < 16.0 ? "met" : "NOT met") << "\n";
    return 0;
}
