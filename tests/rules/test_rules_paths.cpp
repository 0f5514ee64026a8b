// SPOF, NO-REQUEST-PATH, DB-EXPOSED, WEB-WITHOUT-APP.
#include "tests/rules/rulestest.h"
#include "core/rules/ruleids.h"

using namespace rt;

class TestRulesPaths : public QObject {
    Q_OBJECT
private slots:
    void cleanDesignHasNoFinding()
    {
        const ValidationResult r = run(clean());
        QVERIFY2(r.findings.empty(), qPrintable(rulesOf(r).join(QLatin1Char(' '))));
    }

    void spofSpecExample()
    {
        const Design d = parse(R"({"format":"stackwright-design","version":1,"name":"example.org pair",
  "nodes":[{"id":"users","kind":"internet"},
    {"id":"www","kind":"dns","props":{"domain":"www.example.org","target":"pair"}},
    {"id":"lb-a","kind":"server","props":{"hostname":"lb-a"}},{"id":"hap-a","kind":"load-balancer","parent":"lb-a","props":{"tls":"terminate"}},
    {"id":"lb-b","kind":"server","props":{"hostname":"lb-b"}},{"id":"hap-b","kind":"load-balancer","parent":"lb-b","props":{"tls":"terminate"}},
    {"id":"pair","kind":"cluster","props":{"members":["hap-a","hap-b"],"vip":"192.0.2.10"}},
    {"id":"box","kind":"server","props":{"hostname":"box-1"}},
    {"id":"apache","kind":"web-server","parent":"box"},{"id":"gunicorn","kind":"app-server","parent":"box"},
    {"id":"db","kind":"database","parent":"box"}],
  "links":[{"from":"users","to":"pair","protocol":"https"},{"from":"pair","to":"apache","protocol":"http"},
    {"from":"apache","to":"gunicorn","protocol":"http","port":8000},{"from":"gunicorn","to":"db","protocol":"mysql"}]})");
        const ValidationResult r = run(d);
        QCOMPARE(count(r, rule::Spof), 1);
        QVERIFY(has(r, rule::Spof, "box"));
        QVERIFY(has(r, rule::TiersNotSeparated, "box"));
        QVERIFY(has(r, rule::NoFirewall, "box"));
        QVERIFY(has(r, rule::NoMonitoring, "box"));
        QVERIFY(!has(r, rule::Spof, "lb-a"));
        QVERIFY(!has(r, rule::LbNotClustered));
    }

    void spofClusterFailsOnlyWhenAllMembersFail()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::Spof));
        setProp(d, "lbc", "members", QStringList{"hap1"});
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::Spof, "lb1"));
        QVERIFY(!has(r, rule::Spof, "lb2"));
    }

    void spofServerHoldingSeveralServices()
    {
        // Two parallel web servers, both on w1: the server is a SPOF.
        Design d = clean();
        d.node("web2")->parent = "w1";
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::Spof, "w1"));
        QVERIFY(!has(r, rule::Spof, "w2"));
    }

    void spofNetworkFirewallInThePath()
    {
        Design d = clean();
        addNode(d, "edge", Kind::Firewall, "", {{"allow", QStringList{"443/tcp"}}});
        d.link("request")->to = "edge";
        addLink(d, "edge-lbc", "edge", "lbc", Protocol::Https);
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::Spof, "edge"));
        QCOMPARE(count(r, rule::Spof), 1);
    }

    void spofReplicaAsSecondPath()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::Spof, "d1"));
        d.removeLink("a1r");
        d.removeLink("a2r");
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::Spof, "d1"));
        QVERIFY(!has(r, rule::Spof, "d2"));
    }

    void noRequestPath()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::NoRequestPath));
        d.removeLink("request");
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::NoRequestPath));
        QVERIFY(find(r, rule::NoRequestPath)->nodes.isEmpty());
        QCOMPARE(find(r, rule::NoRequestPath)->severity, Severity::Error);
        QVERIFY(!has(r, rule::Spof));
    }

    void noRequestPathWithoutDatabase()
    {
        Design d = clean();
        removeNode(d, "pri");
        removeNode(d, "rep");
        QVERIFY(has(run(d), rule::NoRequestPath));
    }

    void dbExposed()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::DbExposed));
        addLink(d, "shortcut", "web1", "pri", Protocol::Mysql);
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::DbExposed, "d1"));
        QVERIFY(!has(r, rule::DbExposed, "d2"));
        QCOMPARE(find(r, rule::DbExposed)->severity, Severity::Error);
    }

    void webWithoutApp()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::WebWithoutApp));
        d.removeLink("w1a1");
        QVERIFY(!has(run(d), rule::WebWithoutApp));
        d.removeLink("w1a2");
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::WebWithoutApp, "web1"));
        QVERIFY(!has(r, rule::WebWithoutApp, "web2"));
    }

    void webBehindInternalLoadBalancerReachesApp()
    {
        // web -> internal load balancer -> app: still has an app server behind it.
        Design d = clean();
        addNode(d, "ilb", Kind::Server, "", {{"hostname", "ilb"}});
        addNode(d, "ihap", Kind::LoadBalancer, "ilb");
        d.removeLink("w1a1");
        d.removeLink("w1a2");
        addLink(d, "w1i", "web1", "ihap", Protocol::Http, 8000);
        addLink(d, "ia1", "ihap", "app1", Protocol::Http, 8000);
        QVERIFY(!has(run(d), rule::WebWithoutApp, "web1"));
    }
};

QTEST_GUILESS_MAIN(TestRulesPaths)
#include "test_rules_paths.moc"
