// Prints, for the scale-up and redundant templates: `lab up` and `lab down`
// times (wall, and the CPU of the children: scripts, daemons starting), and
// the failover gaps: with requests every 100 ms, the time from the failure
// of the active load balancer to the first successful request started
// after it, and the failed requests while web-01 fails.
// Targets: up < 30 s, down < 5 s on a 2-core machine. Needs root.
#include "deploy/lab/labengine.h"

#include "core/io/templates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>
#include <cstdio>
#include <thread>
#include <unistd.h>

using namespace sw;

namespace {

QString holder(lab::LabEngine &e)
{
    lab::LabStatus s;
    QString error;
    return e.status(&s, false, &error) && !s.vipHolders.isEmpty() ? s.vipHolders.first() : QString();
}

// Probes (60 requests, every 100 ms) while `server` fails 1.5 s in; returns
// the failed requests and, in *gap, the time from the failure to the first
// successful request started after it. Heals the server afterwards.
int failWhileProbing(lab::LabEngine &e, const QString &server, double *gap)
{
    QVector<lab::ProbeResult> r;
    std::thread users([&r]() {
        lab::LabEngine engine;
        lab::ProbeOptions o;
        o.count = 60;
        o.intervalMs = 100;
        o.timeoutMs = 1000;
        QString error;
        engine.probe(o, &r, &error);
    });
    QThread::msleep(1500);
    const double t0 = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    QString error;
    e.fail(server, &error);
    users.join();
    int n = 60 - int(r.size());
    *gap = -1;
    for (const lab::ProbeResult &p : r) {
        if (!p.ok())
            ++n;
        else if (*gap < 0 && p.at >= t0)
            *gap = p.at + p.seconds - t0;
    }
    e.heal(server, &error);
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
        const QString active = holder(engine);
        lab::LabStatus st;
        engine.status(&st, false, &error);
        int webServers = 0;
        for (const lab::NodeStatus &n : st.nodes)
            webServers += n.name.startsWith(QLatin1String("web-")) ? 1 : 0;
        double lbGap = -1, webGap = -1;
        const int lbFailed = failWhileProbing(engine, active, &lbGap);
        const int webFailed = failWhileProbing(engine, QStringLiteral("web-01"), &webGap);
        engine.down(&error);
        const lab::Timing down = engine.lastTiming();
        std::printf("%-10s lab up %5.1f s (CPU %4.1f s)  lab down %4.1f s (CPU %4.1f s)  "
                    "active LB %s fails: first success %.2f s after (%d of 60 failed)  web-01 (1 of %d web servers) fails: %d of 60 failed\n",
                    qPrintable(name), up.wallSeconds, up.cpuSeconds, down.wallSeconds, down.cpuSeconds, qPrintable(active),
                    lbGap, lbFailed, webServers, webFailed);
    }
    return 0;
}
