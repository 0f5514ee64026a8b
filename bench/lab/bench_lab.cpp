// Prints, for the scale-up and redundant templates: `lab up` and `lab down`
// times (wall and the children's CPU), and the failover gaps: the time to
// the first successful request after the active load balancer fails, and
// the failed requests out of 50 while one web server is down.
// Targets: up < 30 s, down < 5 s on a 2-core machine. Needs root.
#include "labengine.h"

#include "io/templates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>
#include <unistd.h>

using namespace sw;

namespace {

QString holder(lab::LabEngine &e)
{
    lab::LabStatus s;
    QString error;
    return e.status(&s, false, &error) && !s.vipHolders.isEmpty() ? s.vipHolders.first() : QString();
}

int failed(lab::LabEngine &e, int count, int intervalMs, double since, double *firstOk)
{
    lab::ProbeOptions o;
    o.count = count;
    o.intervalMs = intervalMs;
    o.timeoutMs = 1000;
    QVector<lab::ProbeResult> r;
    QString error;
    e.probe(o, &r, &error);
    int n = count - int(r.size());
    *firstOk = -1;
    for (const lab::ProbeResult &p : r) {
        if (!p.ok())
            ++n;
        else if (*firstOk < 0)
            *firstOk = p.at + p.seconds - since;
    }
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (geteuid() != 0) {
        std::printf("bench_lab: needs root (sudo); nothing measured\n");
        return 0;
    }
    lab::LabEngine engine;
    for (const QString &name : {QStringLiteral("scale-up"), QStringLiteral("redundant")}) {
        Design design;
        QString error;
        if (!loadTemplate(name, &design, &error))
            return 1;
        if (!engine.up(design, lab::LabProgress(), nullptr, &error)) {
            std::printf("%s: lab up failed: %s\n", qPrintable(name), qPrintable(error));
            engine.down(&error);
            return 1;
        }
        const lab::Timing up = engine.lastTiming();
        double first = -1;
        const QString active = holder(engine);
        const double t0 = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        engine.fail(active, &error);
        const int lbFailed = failed(engine, 60, 100, t0, &first);
        engine.heal(active, &error);
        double ignored = 0;
        engine.fail(QStringLiteral("web-01"), &error);
        const int webFailed = failed(engine, 50, 20, 0, &ignored);
        engine.heal(QStringLiteral("web-01"), &error);
        engine.down(&error);
        const lab::Timing down = engine.lastTiming();
        std::printf("%-10s lab up %5.1f s (CPU %5.1f s)  lab down %4.1f s (CPU %4.1f s)  "
                    "active LB %s failed: first success after %.2f s (%d failed)  web-01 failed: %d of 50 failed\n",
                    qPrintable(name), up.wallSeconds, up.cpuSeconds, down.wallSeconds, down.cpuSeconds, qPrintable(active),
                    first, lbFailed, webFailed);
    }
    return 0;
}
