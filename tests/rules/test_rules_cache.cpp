// The cache kind's rules (core/rules/rules_cache.cpp): a cache must not be
// reachable from the internet (CACHE-EXPOSED, error, quick fix), the
// application servers use it (CACHE-UNUSED, warning, quick fix), one cache
// alone is a warning (CACHE-SINGLE), never a SPOF: the request graph and the
// what-if analysis keep serving when the cache's server fails.
#include "tests/rules/rulestest.h"

#include "core/analysis/whatif.h"
#include "core/model/check.h"
#include "core/model/designmodel.h"
#include "core/rules/quickfix.h"
#include "core/rules/rulecatalog.h"
#include "core/rules/rules_cache.h"
#include "core/rules/ruleids.h"

#include <QUndoStack>

using namespace rt;

namespace {

// The clean design plus caches on servers of their own, each used by both
// application servers and let in by its firewall: still no finding at all
// with two caches.
Design withCaches(int caches)
{
    Design d = clean();
    for (int i = 1; i <= caches; ++i) {
        const QByteArray s = "c" + QByteArray::number(i), k = "cache" + QByteArray::number(i);
        addNode(d, s.constData(), Kind::Server, "",
                {{QStringLiteral("hostname"), QString::fromLatin1(s)},
                 {QStringLiteral("address"), QStringLiteral("10.0.4.%1").arg(50 + i)}});
        d.node(QString::fromLatin1(s))->hasPos = true;
        addNode(d, k.constData(), Kind::Cache, s.constData());
        addNode(d, ("fw" + s).constData(), Kind::Firewall, s.constData(),
                {{QStringLiteral("allow"), QStringList{QStringLiteral("6379/tcp from a1"), QStringLiteral("6379/tcp from a2")}}});
        addNode(d, ("m" + s).constData(), Kind::MonitoringAgent, s.constData(), {{QStringLiteral("reports_to"), QStringLiteral("sumo")}});
        addLink(d, ("app1" + k).constData(), "app1", k.constData(), Protocol::Tcp, 6379);
        addLink(d, ("app2" + k).constData(), "app2", k.constData(), Protocol::Tcp, 6379);
    }
    return d;
}

// Pushes the fix of the finding and returns the design after it; undo must
// give the design back exactly.
Design fixed(const Design &d, const char *rule, const QString &node)
{
    DesignModel model;
    model.reset(d);
    QUndoStack stack;
    const ValidationResult before = run(model.design());
    const Finding *f = find(before, rule, node);
    if (!f)
        qFatal("no %s on %s: %s", rule, qPrintable(node), qPrintable(rulesOf(before).join(' ')));
    if (!canFix(&model, *f))
        qFatal("no fix for %s", rule);
    stack.push(makeFix(&model, *f).release());
    const Design after = model.design();
    stack.undo();
    if (!(model.design() == d))
        qFatal("undo of the %s fix does not restore the design", rule);
    stack.redo();
    if (!(model.design() == after))
        qFatal("redo of the %s fix differs", rule);
    return after;
}

} // namespace

class TestRulesCache : public QObject {
    Q_OBJECT
private slots:
    void cachesUsedAsTheyShouldBeAreQuiet()
    {
        const Design d = withCaches(2);
        QVERIFY2(checkDesign(d).isEmpty(), qPrintable(checkDesign(d).join('\n')));
        const ValidationResult r = run(d);
        QVERIFY2(r.findings.empty(), qPrintable(rulesOf(r).join(' ')));
    }

    void theRulesAreInTheCatalog()
    {
        for (const char *id : {rule::CacheExposed, rule::CacheUnused, rule::CacheSingle}) {
            const RuleInfo *info = findRule(QString::fromLatin1(id));
            QVERIFY2(info, id);
            QVERIFY(!info->whyText().isEmpty() && !info->fixText().isEmpty());
        }
        QCOMPARE(findRule(QString::fromLatin1(rule::CacheExposed))->severity, Severity::Error);
        QCOMPARE(findRule(QString::fromLatin1(rule::CacheUnused))->severity, Severity::Warning);
        QCOMPARE(findRule(QString::fromLatin1(rule::CacheSingle))->severity, Severity::Warning);
        // The fixed ids keep their place: the twelve of the format first.
        QCOMPARE(ruleCatalog().first().idString(), QStringLiteral("SPOF"));
        QCOMPARE(ruleCatalog()[11].idString(), QStringLiteral("DUPLICATE-ADDRESS"));
        QVERIFY(ruleCatalog().last().idString().startsWith(QStringLiteral("PROFILE-")));
    }

    void aLinkFromTheUsersSideIsAnErrorWithAFix_data()
    {
        QTest::addColumn<QString>("from");
        QTest::newRow("users") << QStringLiteral("users");
        QTest::newRow("load balancer") << QStringLiteral("hap1");
        QTest::newRow("cluster") << QStringLiteral("lbc");
    }

    void aLinkFromTheUsersSideIsAnErrorWithAFix()
    {
        QFETCH(QString, from);
        Design d = withCaches(2);
        addLink(d, "exposed", from.toLatin1().constData(), "cache1", Protocol::Tcp, 6379);
        const ValidationResult r = run(d);
        const Finding *f = find(r, rule::CacheExposed, QStringLiteral("cache1"));
        QVERIFY2(f, qPrintable(rulesOf(r).join(' ')));
        QCOMPARE(f->severity, Severity::Error);
        QVERIFY(!f->why.isEmpty() && !f->fix.isEmpty());
        QVERIFY(f->message.contains(d.node(from)->displayLabel()));
        QCOMPARE(count(r, rule::CacheExposed), 1);
        QVERIFY(!has(r, rule::CacheExposed, QStringLiteral("cache2")));

        const Design after = fixed(d, rule::CacheExposed, QStringLiteral("cache1"));
        QVERIFY(!after.link(QStringLiteral("exposed")));
        QVERIFY(after.link(QStringLiteral("app1cache1"))); // the application's links stay
        QVERIFY2(run(after).findings.empty(), qPrintable(rulesOf(run(after)).join(' ')));
    }

    void anApplicationOrWebLinkIsFine()
    {
        Design d = withCaches(2);
        addLink(d, "fromweb", "web1", "cache1", Protocol::Tcp, 6379);
        QVERIFY(!has(run(d), rule::CacheExposed));
        QVERIFY(cacheLinksFromUsers(d, QStringLiteral("cache1")).isEmpty());
    }

    void aCacheNobodyUsesIsAWarningWithAFix()
    {
        Design d = withCaches(2);
        d.removeLink(QStringLiteral("app1cache2"));
        QVERIFY(!has(run(d), rule::CacheUnused)); // one application server is enough
        d.removeLink(QStringLiteral("app2cache2"));
        const ValidationResult r = run(d);
        const Finding *f = find(r, rule::CacheUnused, QStringLiteral("cache2"));
        QVERIFY2(f, qPrintable(rulesOf(r).join(' ')));
        QCOMPARE(f->severity, Severity::Warning);
        QCOMPARE(count(r, rule::CacheUnused), 1);

        const Design after = fixed(d, rule::CacheUnused, QStringLiteral("cache2"));
        int links = 0;
        for (const Link &l : after.links())
            if (l.to == QLatin1String("cache2")) {
                ++links;
                QCOMPARE(l.protocol, Protocol::Tcp);
                QCOMPARE(l.effectivePort(), 6379);
            }
        QCOMPARE(links, 2);
        QVERIFY2(run(after).findings.empty(), qPrintable(rulesOf(run(after)).join(' ')));
    }

    void theFixLetsTheApplicationThroughTheCachesFirewall()
    {
        Design d = withCaches(2);
        d.removeLink(QStringLiteral("app1cache2"));
        d.removeLink(QStringLiteral("app2cache2"));
        setProp(d, "fwc2", "allow", QStringList{});
        const Design after = fixed(d, rule::CacheUnused, QStringLiteral("cache2"));
        QCOMPARE(after.node(QStringLiteral("fwc2"))->propList(QStringLiteral("allow")),
                 (QStringList{QStringLiteral("6379/tcp from a1"), QStringLiteral("6379/tcp from a2")}));
        QVERIFY(!has(run(after), rule::FirewallBlocksLink));
    }

    void oneCacheIsAWarningNotASpof()
    {
        const Design d = withCaches(1);
        const ValidationResult r = run(d);
        QCOMPARE(rulesOf(r), QStringList{QStringLiteral("CACHE-SINGLE:cache1")});
        QCOMPARE(find(r, rule::CacheSingle)->severity, Severity::Warning);
        QVERIFY(!has(r, rule::Spof));

        // The request graph: the cache is no vertex, its server no SPOF, and
        // with the cache's server down requests still reach the database.
        const RequestGraph g(d);
        QVERIFY(g.verticesOf(QStringLiteral("cache1")).isEmpty());
        QVERIFY(!g.singlePointsOfFailure().contains(QStringLiteral("c1")));
        QVERIFY(g.reachable({QStringLiteral("c1")}));
        QVERIFY(!g.reachable({QStringLiteral("d1"), QStringLiteral("d2")})); // the graph can say no

        // What-if: failing the cache (or its server) loses no user.
        const WhatIf w(d);
        for (const QString &id : {QStringLiteral("cache1"), QStringLiteral("c1")}) {
            WhatIfResult res;
            QString error;
            QVERIFY2(w.evaluate({id}, &res, &error), qPrintable(error));
            QVERIFY(res.failedUnits.contains(QStringLiteral("c1")));
            QVERIFY(res.reachable);
            QVERIFY(res.lostUsers.isEmpty());
            QVERIFY(!res.survivingNodes.contains(QStringLiteral("cache1")));
        }
        WhatIfResult both;
        QString error;
        QVERIFY(w.evaluate({QStringLiteral("d1"), QStringLiteral("d2")}, &both, &error));
        QVERIFY(!both.reachable);
    }

    void theSingleCacheFixAddsASecondCache()
    {
        const Design d = withCaches(1);
        const Design after = fixed(d, rule::CacheSingle, QStringLiteral("cache1"));
        QCOMPARE(after.nodesOfKind(Kind::Cache).size(), 2);
        QVERIFY2(run(after).findings.empty(), qPrintable(rulesOf(run(after)).join(' ')));
    }

    void aSingleCacheOnAnApplicationServerHasNoCopyFix()
    {
        Design d = clean();
        addNode(d, "shared", Kind::Cache, "a1");
        addLink(d, "ac", "app1", "shared", Protocol::Tcp, 6379);
        const ValidationResult r = run(d);
        const Finding *f = find(r, rule::CacheSingle, QStringLiteral("shared"));
        QVERIFY(f);
        DesignModel model;
        model.reset(d);
        QVERIFY(!canFix(&model, *f)); // copying a1 would copy the application
        QVERIFY(!has(r, rule::Spof));
    }
};

QTEST_MAIN(TestRulesCache)
#include "test_rules_cache.moc"
