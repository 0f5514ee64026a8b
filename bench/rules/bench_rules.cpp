// Full validation of a generated 10,000-node, 15,000-link design (target:
// under 20 ms), and its parts, so a slow rule is easy to spot.
#include "bench/common/generate.h"
#include "core/model/requestgraph.h"
#include "core/rules/rulechecks.h"
#include "core/rules/validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace sw;

namespace {
double best(int runs, const std::function<void()> &f)
{
    double m = 1e100;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        m = std::min(m, t.nsecsElapsed() / 1e6);
    }
    return m;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Design d = bench::generateDesign(10000, 15000);
    std::printf("design: %d nodes, %d links\n", int(d.nodes().size()), int(d.links().size()));
    int findings = 0;
    const double graph = best(5, [&] { RequestGraph g(d); });
    const double spof = best(5, [&] { RequestGraph g(d); (void)g.singlePointsOfFailure(); });
    const double full = best(5, [&] { findings = int(Validator::validate(d).findings.size()); });
    const double profiled = best(5, [&] { (void)Validator::validate(d, QStringLiteral("scale-up")); });
    // CPU time per validation (less sensitive to a busy machine than wall time).
    const std::clock_t c0 = std::clock();
    for (int i = 0; i < 10; ++i)
        (void)Validator::validate(d);
    const double cpu = double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC / 10;
    const double context = best(5, [&] { RuleContext c(d); });
    std::printf("rule context (with graph):    %8.2f ms\n", context);
    const RuleContext c(d);
    (void)c.idom();
    const std::pair<const char *, void (*)(const RuleContext &, FindingSink &)> groups[] = {
        {"paths", checks::paths}, {"tls", checks::tls}, {"firewalls", checks::firewalls},
        {"servers", checks::servers}, {"data", checks::data}};
    for (const auto &[name, fn] : groups)
        std::printf("  checks %-10s            %8.2f ms\n", name, best(3, [&] { FindingSink s; fn(c, s); }));
    std::printf("request graph build:          %8.2f ms\n", graph);
    std::printf("graph + SPOF:                 %8.2f ms\n", spof);
    std::printf("full validation:              %8.2f ms  (%d findings; target < 20 ms)\n", full, findings);
    std::printf("full validation (scale-up):   %8.2f ms\n", profiled);
    std::printf("full validation, CPU time:    %8.2f ms\n", cpu);
    return 0;
}
