// Validation of generated designs (issue 16): a full validation at 10,000
// nodes (target 5 ms CPU) and its parts, so a slow rule is easy to spot; the
// growth from 10k to 50k nodes (target exponent 1.15); and the findings
// panel's re-check after one edit (IncrementalValidator; target 1 ms at 10k)
// for the typical edits: a property, a label, a move, a link added, a node
// removed. Prints CPU time (of this thread) and wall time; never fails on time.
//
//   bench_rules [--sizes 10000,50000]
//   bench_rules --repeat N [--sizes 10000]   only N full validations (for perf record)
#include "bench/common/generate.h"
#include "core/model/designmodel.h"
#include "core/model/requestgraph.h"
#include "core/rules/incrementalvalidator.h"
#include "core/rules/rulechecks.h"
#include "core/rules/validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace sw;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Time {
    double cpu = 0, wall = 0;
};

// The median of `runs` (CPU and wall separately): robust on a shared machine.
Time measure(int runs, const std::function<void()> &f, const std::function<void()> &before = {})
{
    std::vector<double> cpu, wall;
    for (int i = 0; i < runs; ++i) {
        if (before)
            before();
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        f();
        wall.push_back(t.nsecsElapsed() / 1e6);
        cpu.push_back(threadCpuMs() - c0);
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(wall.begin(), wall.end());
    return {cpu[cpu.size() / 2], wall[wall.size() / 2]};
}

void row(const char *what, const Time &t, const char *target = "")
{
    std::printf("  %-34s %8.3f ms CPU %8.3f ms wall  %s\n", what, t.cpu, t.wall, target);
}

Time fullValidation(const Design &d, int runs, int *findings)
{
    return measure(runs, [&] { *findings = int(Validator::validate(d).findings.size()); });
}

void parts(const Design &d)
{
    row("request graph build", measure(5, [&] { RequestGraph g(d); }));
    row("rule context (with graph)", measure(5, [&] { RuleContext c(d); }));
    const RuleContext c(d);
    (void)c.idom();
    const std::pair<const char *, void (*)(const RuleContext &, FindingSink &)> groups[] = {
        {"checks paths", checks::paths}, {"checks tls", checks::tls}, {"checks firewalls", checks::firewalls},
        {"checks servers", checks::servers}, {"checks data", checks::data}, {"checks duplicates", checks::duplicates}};
    for (const auto &[name, fn] : groups)
        row(name, measure(5, [&] { FindingSink s; fn(c, s); }));
    row("PROP-MISSING, every node", measure(5, [&] {
            FindingSink s;
            for (const Node &n : d.nodes())
                checks::propMissing(n, s);
        }));
}

// The re-check after each kind of edit, alternating an edit and its reverse
// so the design stays the same size.
void incremental(const Design &generated)
{
    DesignModel model;
    model.reset(generated);
    IncrementalValidator inc(&model);
    (void)inc.result();
    const Design &d = model.design();
    const QVector<const Node *> servers = d.nodesOfKind(Kind::Server);
    const QVector<const Node *> lbs = d.nodesOfKind(Kind::LoadBalancer);
    int n = 0;
    auto recheck = [&] { (void)inc.result(); };
    const int runs = 21;

    row("property (hostname of a server)", measure(runs, recheck, [&] {
            const QString id = servers[n++ % servers.size()]->id;
            model.setNodeProp(id, QStringLiteral("hostname"), QStringLiteral("renamed-%1").arg(n));
        }), "target 1 ms");
    row("property (tls of a load balancer)", measure(runs, recheck, [&] {
            const QString id = lbs[n++ % lbs.size()]->id;
            model.setNodeProp(id, QStringLiteral("tls"), n % 2 ? QStringLiteral("passthrough") : QStringLiteral("terminate"));
        }), "target 1 ms");
    row("label", measure(runs, recheck, [&] {
            model.setNodeLabel(servers[n++ % servers.size()]->id, QStringLiteral("Server %1").arg(n));
        }), "target 1 ms");
    row("move", measure(runs, recheck, [&] {
            model.setNodePos(servers[n++ % servers.size()]->id, QPointF(n % 500, n % 300));
        }), "target 1 ms");
    row("property (allow of a firewall)", measure(runs, recheck, [&] {
            const QString fw = QStringLiteral("fw%1").arg(n++ % servers.size());
            model.setNodeProp(fw, QStringLiteral("allow"), QStringList{QStringLiteral("443/tcp"), QStringLiteral("8%1/tcp").arg(n % 10)});
        }), "target 1 ms");
    int added = 0;
    row("add link", measure(runs, recheck, [&] {
            Link l;
            l.id = QStringLiteral("bench-link-%1").arg(added++);
            l.from = lbs[added % lbs.size()]->id;
            l.to = QStringLiteral("svc%1").arg(added * 7 % servers.size());
            model.insertLink(l);
        }), "target 1 ms");
    row("remove node (with its links)", measure(runs, recheck, [&] {
            const QString id = QStringLiteral("fw%1").arg(n++ % servers.size());
            if (!model.node(id))
                return;
            for (const QString &l : d.linksOf(id))
                model.takeLink(l);
            model.takeNode(id);
        }), "target 1 ms");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::vector<int> sizes{10000, 50000};
    const QStringList args = app.arguments();
    if (const int i = int(args.indexOf(QStringLiteral("--sizes"))); i >= 0 && i + 1 < args.size()) {
        sizes.clear();
        for (const QString &s : args[i + 1].split(QLatin1Char(',')))
            sizes.push_back(s.toInt());
    }
    int repeat = 0;
    if (const int i = int(args.indexOf(QStringLiteral("--repeat"))); i >= 0 && i + 1 < args.size())
        repeat = args[i + 1].toInt();
    if (repeat > 0) {
        for (int size : sizes) {
            const Design d = bench::generateDesign(size, size * 3 / 2);
            const Time t = measure(repeat, [&] { (void)Validator::validate(d); });
            std::printf("%d nodes: full validation %8.3f ms CPU (median of %d)\n", size, t.cpu, repeat);
        }
        return 0;
    }
    std::vector<Time> full;
    for (int size : sizes) {
        const Design d = bench::generateDesign(size, size * 3 / 2);
        int findings = 0;
        std::printf("design: %d nodes, %d links\n", int(d.nodes().size()), int(d.links().size()));
        const Time t = fullValidation(d, size > 20000 ? 5 : 11, &findings);
        full.push_back(t);
        std::printf("  full validation (%d findings)%*s %8.3f ms CPU %8.3f ms wall  %s\n", findings, 4, "", t.cpu, t.wall,
                    size == 10000 ? "target 5 ms" : "");
        row("full validation, scale-up profile",
            measure(5, [&] { (void)Validator::validate(d, QStringLiteral("scale-up")); }));
        parts(d);
        std::printf(" re-check after one edit (IncrementalValidator):\n");
        incremental(d);
    }
    if (sizes.size() >= 2 && full.front().cpu > 0) {
        const double ratio = double(sizes.back()) / sizes.front();
        std::printf("growth exponent of a full validation, %d to %d nodes: CPU %.2f, wall %.2f  (target <= 1.15)\n",
                    sizes.front(), sizes.back(), std::log(full.back().cpu / full.front().cpu) / std::log(ratio),
                    std::log(full.back().wall / full.front().wall) / std::log(ratio));
    }
    return 0;
}
