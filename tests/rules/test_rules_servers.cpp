// NO-MONITORING, LB-NOT-CLUSTERED, TIERS-NOT-SEPARATED, CLUSTER-NO-VIP,
// CLUSTER-BOTH-ACTIVE, CODEBASE-MISMATCH, APP-NO-CODEBASE, DB-SINGLE-WRITER,
// REPLICA-WITHOUT-PRIMARY, MULTIPLE-PRIMARIES.
#include "tests/rules/rulestest.h"
#include "core/rules/ruleids.h"

using namespace rt;

class TestRulesServers : public QObject {
    Q_OBJECT
private slots:
    void noMonitoring()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::NoMonitoring));
        removeNode(d, "mw1");
        setProp(d, "mw2", "reports_to", QVariant());
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::NoMonitoring, "w1"));
        QVERIFY(has(r, rule::NoMonitoring, "w2"));
        QCOMPARE(count(r, rule::NoMonitoring), 2);
        QVERIFY(find(r, rule::NoMonitoring, "w2")->message.contains("reports to no"));
    }

    void lbNotClustered()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::LbNotClustered));
        setProp(d, "lbc", "members", QStringList{"hap1"});
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::LbNotClustered, "lb1"));
        QVERIFY(has(r, rule::LbNotClustered, "lb2"));
        // Two members on the same server do not count.
        d.node("hap2")->parent = "lb1";
        setProp(d, "lbc", "members", QStringList{"hap1", "hap2"});
        QVERIFY(has(run(d), rule::LbNotClustered, "lb1"));
        // Servers as members count.
        d.node("hap2")->parent = "lb2";
        setProp(d, "lbc", "members", QStringList{"lb1", "lb2"});
        QVERIFY(!has(run(d), rule::LbNotClustered));
    }

    void tiersNotSeparated()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::TiersNotSeparated));
        d.node("web1")->parent = "a1";
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::TiersNotSeparated, "a1"));
        QCOMPARE(count(r, rule::TiersNotSeparated), 1);
    }

    void clusterNoVip()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::ClusterNoVip));
        setProp(d, "lbc", "vip", QVariant());
        QVERIFY(has(run(d), rule::ClusterNoVip, "lbc"));
    }

    void clusterBothActive()
    {
        Design d = clean();
        addLink(d, "direct1", "users", "hap1", Protocol::Https);
        QVERIFY(!has(run(d), rule::ClusterBothActive)); // one member taking requests directly
        addLink(d, "direct2", "users", "lb2", Protocol::Https);
        const ValidationResult r = run(d);
        const Finding *f = find(r, rule::ClusterBothActive);
        QVERIFY(f);
        QCOMPARE(f->nodes, (QStringList{"lbc", "hap1", "hap2"}));
        setProp(d, "lbc", "mode", "active-active");
        QVERIFY(!has(run(d), rule::ClusterBothActive));
    }

    void dnsToBothMembersIsBothActive()
    {
        Design d = clean();
        setProp(d, "www", "target", "hap1");
        addNode(d, "www2", Kind::Dns, "", {{"domain", "www.foobar.com"}, {"target", "hap2"}});
        QVERIFY(has(run(d), rule::ClusterBothActive, "lbc"));
    }

    void codebaseMismatch()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::CodebaseMismatch));
        setProp(d, "code2", "branch", "dev");
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::CodebaseMismatch, "code1"));
        QVERIFY(has(r, rule::CodebaseMismatch, "code2"));
        QCOMPARE(count(r, rule::CodebaseMismatch), 1);
    }

    void appNoCodebase()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::AppNoCodebase));
        removeNode(d, "code2");
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::AppNoCodebase, "app2"));
        QVERIFY(!has(r, rule::AppNoCodebase, "app1"));
    }

    void dbSingleWriter()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::DbSingleWriter));
        removeNode(d, "d2");
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::DbSingleWriter, "d1"));
        QCOMPARE(find(r, rule::DbSingleWriter)->nodes, QStringList{"d1"});
    }

    void replicaWithoutPrimary()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::ReplicaWithoutPrimary));
        setProp(d, "rep", "replicates_from", QVariant());
        QVERIFY(has(run(d), rule::ReplicaWithoutPrimary, "rep"));
        // Following another replica is not following a primary.
        addNode(d, "d3", Kind::Server, "", {{"hostname", "d3"}});
        addNode(d, "rep2", Kind::Database, "d3", {{"role", "replica"}, {"replicates_from", "rep"}});
        QVERIFY(has(run(d), rule::ReplicaWithoutPrimary, "rep2"));
        // With no replica following it, the primary is a single writer too.
        QVERIFY(has(run(d), rule::DbSingleWriter, "d1"));
    }

    void multiplePrimaries()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::MultiplePrimaries));
        setProp(d, "rep", "role", "primary");
        const ValidationResult r = run(d);
        const Finding *f = find(r, rule::MultiplePrimaries);
        QVERIFY(f);
        QCOMPARE(f->nodes, (QStringList{"pri", "rep"}));
        QVERIFY(!has(r, rule::DbSingleWriter));
    }
};

QTEST_GUILESS_MAIN(TestRulesServers)
#include "test_rules_servers.moc"
