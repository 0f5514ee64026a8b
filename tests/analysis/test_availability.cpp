// Availability arithmetic against hand-computed values, and the exact
// method against brute-force enumeration of every failure combination.
#include "core/analysis/availability.h"
#include "core/analysis/capacity.h"
#include "tests/analysis/designbuilder.h"
#include "core/io/templates.h"

#include <QtTest>

using namespace sw;
using swtest::DesignBuilder;

namespace {

// Sum over all 2^units states of P(state) * reachable(state).
double bruteForce(const Design &d)
{
    const RequestGraph g(d);
    const AvailabilityModel m(d);
    const QStringList units = g.units();
    const int n = int(units.size());
    Q_ASSERT(n <= 20);
    double total = 0;
    for (quint32 mask = 0; mask < (1u << n); ++mask) {
        QSet<QString> failed;
        double p = 1;
        for (int i = 0; i < n; ++i) {
            const double a = m.unitAvailability(units[i]);
            if (mask & (1u << i)) {
                failed.insert(units[i]);
                p *= 1 - a;
            } else {
                p *= a;
            }
        }
        if (p > 0 && g.reachable(failed))
            total += p;
    }
    return total;
}

double tier(const AvailabilityResult &r, Tier t)
{
    for (const TierAvailability &ta : r.tiers)
        if (ta.tier == t)
            return ta.availability;
    return -1;
}

} // namespace

class TestAvailability : public QObject {
    Q_OBJECT
private slots:
    void series()
    {
        DesignBuilder b;
        b.server("web-1", 0.99).service("apache", Kind::WebServer, "web-1");
        b.server("app-1", 0.98).service("gunicorn", Kind::AppServer, "app-1");
        b.server("db-1", 0.97).service("mysql", Kind::Database, "db-1");
        b.link("users", "apache").link("apache", "gunicorn").link("gunicorn", "mysql", Protocol::Mysql);
        const AvailabilityResult r = AvailabilityModel(b.design()).compute();
        QVERIFY(r.reachable);
        QCOMPARE(r.method, AvailabilityResult::Method::Exact);
        QVERIFY(qAbs(r.availability - 0.99 * 0.98 * 0.97) < 1e-12);
        QVERIFY(qAbs(tier(r, Tier::Web) - 0.99) < 1e-12);
        QVERIFY(qAbs(tier(r, Tier::App) - 0.98) < 1e-12);
        QVERIFY(qAbs(tier(r, Tier::Database) - 0.97) < 1e-12);
        QCOMPARE(tier(r, Tier::Entry), 1.0); // no load balancer: not on the way
    }

    void parallel()
    {
        DesignBuilder b;
        b.server("lb", 0.99).service("hap", Kind::LoadBalancer, "lb");
        b.server("w1", 0.9).service("web1", Kind::WebServer, "w1");
        b.server("w2", 0.8).service("web2", Kind::WebServer, "w2");
        b.server("db", 0.95).service("mysql", Kind::Database, "db");
        b.link("users", "hap").link("hap", "web1").link("hap", "web2");
        b.link("web1", "mysql", Protocol::Mysql).link("web2", "mysql", Protocol::Mysql);
        const AvailabilityResult r = AvailabilityModel(b.design()).compute();
        const double expected = 0.99 * (1 - 0.1 * 0.2) * 0.95;   // 0.92169
        QVERIFY(qAbs(r.availability - expected) < 1e-12);
        QVERIFY(qAbs(tier(r, Tier::Web) - 0.98) < 1e-12);
        QVERIFY(qAbs(tier(r, Tier::Entry) - 0.99) < 1e-12);
        QVERIFY(qAbs(r.availability - bruteForce(b.design())) < 1e-12);
    }

    void clusterAndSharedServer()
    {
        // The spec's example: a cluster of two load balancers in front of one
        // box that holds web, app and database (the box counts once).
        DesignBuilder b;
        b.server("lb-a", 0.9).service("hap-a", Kind::LoadBalancer, "lb-a");
        b.server("lb-b", 0.9).service("hap-b", Kind::LoadBalancer, "lb-b");
        b.cluster("pair", {"hap-a", "hap-b"});
        b.server("box", 0.99);
        b.service("apache", Kind::WebServer, "box").service("gunicorn", Kind::AppServer, "box");
        b.service("db", Kind::Database, "box");
        b.link("users", "pair", Protocol::Https).link("pair", "apache").link("apache", "gunicorn");
        b.link("gunicorn", "db", Protocol::Mysql);
        const AvailabilityResult r = AvailabilityModel(b.design()).compute();
        QVERIFY(qAbs(r.availability - (1 - 0.1 * 0.1) * 0.99) < 1e-12);   // 0.9801, not 0.99 * 0.99^3
        QVERIFY(qAbs(tier(r, Tier::Entry) - 0.99) < 1e-12);
        QCOMPARE(r.tiers.value(int(Tier::Entry)).nodes, (QStringList{"hap-a", "hap-b"}));
    }

    void serverWithSeveralServices()
    {
        // A link to the server itself enters every service; the services
        // fail with it; a service with an availability of its own adds it.
        DesignBuilder b;
        b.server("box", 0.99);
        b.service("apache", Kind::WebServer, "box").service("gunicorn", Kind::AppServer, "box");
        b.service("db", Kind::Database, "box", {{"availability", 0.995}});
        b.link("users", "box").link("apache", "gunicorn").link("gunicorn", "db", Protocol::Mysql);
        const AvailabilityResult r = AvailabilityModel(b.design()).compute();
        QVERIFY(qAbs(r.availability - 0.99 * 0.995) < 1e-12);
        QVERIFY(qAbs(tier(r, Tier::Database) - 0.99 * 0.995) < 1e-12);
        QVERIFY(qAbs(tier(r, Tier::Web) - 0.99) < 1e-12);
    }

    void sharedBetweenBranches()
    {
        // Each server holds a web and an app server, with links across:
        // the reduction gets stuck on the shared servers and factors.
        DesignBuilder b;
        b.server("lb", 0.99).service("hap", Kind::LoadBalancer, "lb");
        b.server("s1", 0.9).service("w1", Kind::WebServer, "s1").service("a1", Kind::AppServer, "s1");
        b.server("s2", 0.9).service("w2", Kind::WebServer, "s2").service("a2", Kind::AppServer, "s2");
        b.server("db", 0.99).service("mysql", Kind::Database, "db");
        b.link("users", "hap").link("hap", "w1").link("hap", "w2");
        b.link("w1", "a1").link("w1", "a2").link("w2", "a1").link("w2", "a2");
        b.link("a1", "mysql", Protocol::Mysql).link("a2", "mysql", Protocol::Mysql);
        const AvailabilityResult r = AvailabilityModel(b.design()).compute();
        QCOMPARE(r.method, AvailabilityResult::Method::Exact);
        QVERIFY(qAbs(r.availability - 0.99 * 0.99 * 0.99) < 1e-12);
        QVERIFY(qAbs(r.availability - bruteForce(b.design())) < 1e-12);
    }

    void bridge()
    {
        // x1 -> y1, x2 -> y2 and the bridge x1 -> y2: not series-parallel.
        DesignBuilder b;
        for (const char *s : {"x1", "x2", "y1", "y2"})
            b.server(s, 0.9);
        b.service("wx1", Kind::WebServer, "x1").service("wx2", Kind::WebServer, "x2");
        b.service("dy1", Kind::Database, "y1").service("dy2", Kind::Database, "y2");
        b.link("users", "wx1").link("users", "wx2").link("wx1", "dy1").link("wx2", "dy2").link("wx1", "dy2");
        const AvailabilityResult r = AvailabilityModel(b.design()).compute();
        // x1 up and (y1 or y2) up, or x1 down, x2 and y2 up.
        QVERIFY(qAbs(r.availability - (0.9 * 0.99 + 0.1 * 0.9 * 0.9)) < 1e-12);
    }

    void failuresAndNines()
    {
        DesignBuilder b;
        b.server("lb", 0.999).service("hap", Kind::LoadBalancer, "lb");
        b.server("w1", 0.9).service("web1", Kind::WebServer, "w1");
        b.server("w2", 0.9).service("web2", Kind::WebServer, "w2");
        b.server("db", 1.0).service("mysql", Kind::Database, "db");
        b.link("users", "hap").link("hap", "web1").link("hap", "web2").link("web1", "mysql").link("web2", "mysql");
        const AvailabilityModel m(b.design());
        const AvailabilityResult down = m.compute({"w1"});
        QVERIFY(qAbs(down.availability - 0.999 * 0.9) < 1e-12);
        QVERIFY(qAbs(tier(down, Tier::Web) - 0.9) < 1e-12);
        const AvailabilityResult gone = m.compute({"lb"});
        QVERIFY(!gone.reachable);
        QCOMPARE(gone.availability, 0.0);

        AvailabilityResult a;
        a.availability = 0.999;
        QVERIFY(qAbs(a.nines() - 3.0) < 1e-9);
        QVERIFY(qAbs(a.downtimeHoursPerYear() - 8.766) < 1e-9);
        QVERIFY(qAbs(a.downtimeMinutesPerMonth() - 43.83) < 1e-9);
        a.availability = 1.0;
        QCOMPARE(a.nines(), 12.0);
        QCOMPARE(a.downtimeHoursPerYear(), 0.0);
    }

    void templatesAgreeWithBruteForce()
    {
        for (const QString &name : templateNames()) {
            Design d;
            QString err;
            QVERIFY2(loadTemplate(name, &d, &err), qPrintable(err));
            const AvailabilityResult r = AvailabilityModel(d).compute();
            QCOMPARE(r.method, AvailabilityResult::Method::Exact);
            QVERIFY2(qAbs(r.availability - bruteForce(d)) < 1e-12, qPrintable(name));
        }
    }

    void distributedTemplate()
    {
        Design d;
        QString err;
        if (!templateNames().contains("distributed"))
            QSKIP("the distributed template is not there yet");
        QVERIFY2(loadTemplate("distributed", &d, &err), qPrintable(err));
        // lb-1 in series with (web-1 or web-2): web-2 alone still reaches its replica.
        QVERIFY(qAbs(AvailabilityModel(d).compute().availability - 0.99 * (1 - 0.01 * 0.01)) < 1e-12);
    }

    void approximationOnLargeDesigns()
    {
        // 60 web servers in parallel stay exact (series-parallel) ...
        DesignBuilder b;
        b.server("lb", 0.99).service("hap", Kind::LoadBalancer, "lb");
        b.server("db", 0.99).service("mysql", Kind::Database, "db");
        b.link("users", "hap");
        for (int i = 0; i < 60; ++i) {
            const QString s = QStringLiteral("w%1").arg(i), w = QStringLiteral("web%1").arg(i);
            b.server(s, 0.5).service(w, Kind::WebServer, s).link("hap", w).link(w, "mysql");
        }
        const AvailabilityResult r = AvailabilityModel(b.design()).compute();
        QCOMPARE(r.method, AvailabilityResult::Method::Exact);
        QVERIFY(qAbs(r.availability - 0.99 * (1 - std::pow(0.5, 60)) * 0.99) < 1e-12);
        // ... and the approximation agrees on a series-parallel problem.
        ReliabilityProblem p;
        p.availability = {0.9, 0.8, 0.95};
        p.vars = {{}, {0}, {1}, {2}, {}};
        p.out = {{1, 2}, {3}, {3}, {4}, {}};
        p.source = 0;
        p.sink = 4;
        QVERIFY(qAbs(approximateReliability(p, {}) - (1 - 0.1 * 0.2) * 0.95) < 1e-12);
        QVERIFY(qAbs(*exactReliability(p, {}) - (1 - 0.1 * 0.2) * 0.95) < 1e-12);
    }

    void capacity()
    {
        DesignBuilder c;
        c.server("lb-a", 0.99, 1000).service("hap-a", Kind::LoadBalancer, "lb-a");
        c.server("lb-b", 0.99, 1000).service("hap-b", Kind::LoadBalancer, "lb-b");
        c.cluster("pair", {"hap-a", "hap-b"});
        c.server("w1", 0.99, 200).service("web1", Kind::WebServer, "w1");
        c.server("w2", 0.99, 200).service("web2", Kind::WebServer, "w2");
        c.server("db", 0.99, 600).service("app", Kind::AppServer, "db").service("mysql", Kind::Database, "db");
        c.link("users", "pair").link("pair", "web1").link("pair", "web2").link("web1", "app").link("web2", "app");
        c.link("app", "mysql", Protocol::Mysql);
        Design e = c.design();
        e.node("users")->props.insert("load", 300.0);
        const RequestGraph g(e);
        const CapacityResult r = computeCapacity(e, g);
        QCOMPARE(r.load, 300.0);
        // Entry: only the active member counts: 300 / 1000.
        QVERIFY(qAbs(r.tiers[int(Tier::Entry)].utilization - 0.3) < 1e-12);
        QCOMPARE(r.tiers[int(Tier::Entry)].servers, QStringList{"lb-a"});
        // Web: 300 / 400. App and database share "db": 600 / 2 each.
        QVERIFY(qAbs(r.tiers[int(Tier::Web)].utilization - 0.75) < 1e-12);
        QVERIFY(qAbs(r.tiers[int(Tier::App)].utilization - 1.0) < 1e-12);
        QVERIFY(qAbs(r.tiers[int(Tier::Database)].utilization - 1.0) < 1e-12);
        QCOMPARE(r.bottleneck, int(Tier::App));
        QVERIFY(r.bottleneckIds.contains("db"));
        QVERIFY(qAbs(r.serverUtilization.value("db") - 1.0) < 1e-12);
        // With lb-a down, lb-b becomes the active one; with w1 down the web tier is full.
        const CapacityResult f = computeCapacity(e, g, {"lb-a", "w1"});
        QCOMPARE(f.tiers[int(Tier::Entry)].servers, QStringList{"lb-b"});
        QVERIFY(qAbs(f.tiers[int(Tier::Web)].utilization - 1.5) < 1e-12);
        QCOMPARE(f.bottleneck, int(Tier::Web));
    }
};

QTEST_GUILESS_MAIN(TestAvailability)
#include "test_availability.moc"
