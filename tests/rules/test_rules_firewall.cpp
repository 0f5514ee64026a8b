// NO-FIREWALL, FIREWALL-BLOCKS-LINK, FIREWALL-UNUSED-PORT, DB-PORT-PUBLIC, SSH-OPEN-TO-WORLD.
#include "tests/rules/rulestest.h"
#include "core/rules/ruleids.h"

using namespace rt;

class TestRulesFirewall : public QObject {
    Q_OBJECT
private slots:
    void noFirewall()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::NoFirewall));
        removeNode(d, "fww1");
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::NoFirewall, "w1"));
        QCOMPARE(count(r, rule::NoFirewall), 1);
    }

    void networkFirewallOnEveryPathCounts()
    {
        Design d = clean();
        for (const char *fw : {"fwl1", "fwl2", "fww1", "fww2"})
            removeNode(d, fw);
        QCOMPARE(count(run(d), rule::NoFirewall), 4);
        addNode(d, "edge", Kind::Firewall, "", {{"allow", QStringList{"443/tcp"}}});
        d.link("request")->to = "edge";
        addLink(d, "edge-lbc", "edge", "lbc", Protocol::Https);
        QVERIFY(!has(run(d), rule::NoFirewall));
        // A second way in that bypasses it: web1's server is exposed again.
        addLink(d, "bypass", "users", "web1", Protocol::Https);
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::NoFirewall, "w1"));
        QVERIFY(!has(r, rule::NoFirewall, "w2"));
    }

    void serverNotOnAnyPathWithoutFirewall()
    {
        Design d = clean();
        addNode(d, "spare", Kind::Server, "", {{"hostname", "spare"}});
        QVERIFY(has(run(d), rule::NoFirewall, "spare"));
    }

    void firewallBlocksLink()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::FirewallBlocksLink));
        setProp(d, "fwa1", "allow", QStringList{"8000/tcp from w1"});
        const ValidationResult r = run(d);
        const Finding *f = find(r, rule::FirewallBlocksLink);
        QVERIFY(f);
        QCOMPARE(f->nodes, (QStringList{"fwa1", "w2a1"}));
        QCOMPARE(count(r, rule::FirewallBlocksLink), 1);
        QVERIFY(f->message.contains("w2"));
    }

    void firewallBlocksClusterMember()
    {
        Design d = clean();
        setProp(d, "fww1", "allow", QStringList{"443/tcp from lb1"});
        const ValidationResult r = run(d);
        const Finding *f = find(r, rule::FirewallBlocksLink, "fww1");
        QVERIFY(f);
        QVERIFY(f->message.contains("lb2"));
        setProp(d, "fww1", "allow", QStringList{"443/tcp from lbc"}); // the cluster stands for its members
        QVERIFY(!has(run(d), rule::FirewallBlocksLink));
    }

    void firewallUnusedPort()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::FirewallUnusedPort));
        setProp(d, "fwa1", "allow", QStringList{"8000/tcp from w1", "8000/tcp from w2", "9000/tcp"});
        const ValidationResult r = run(d);
        const Finding *f = find(r, rule::FirewallUnusedPort);
        QVERIFY(f);
        QCOMPARE(f->nodes, QStringList{"fwa1"});
        QVERIFY(f->message.contains("9000/tcp"));
        QVERIFY(!f->message.contains("8000"));
        // Port 80 at the entry is kept for the redirect, the replication port is implied.
        setProp(d, "fwa1", "allow", QStringList{"8000/tcp from w1", "8000/tcp from w2"});
        setProp(d, "fwl1", "allow", QStringList{"443/tcp", "80/tcp"});
        setProp(d, "fwd1", "allow", QStringList{"3306/tcp from a1", "3306/tcp from a2", "3306/tcp from d2"});
        QVERIFY(!has(run(d), rule::FirewallUnusedPort));
    }

    void dbPortPublic()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::DbPortPublic));
        setProp(d, "fwd1", "allow", QStringList{"3306/tcp"});
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::DbPortPublic, "fwd1"));
        QVERIFY(has(r, rule::DbPortPublic, "d1"));
        QCOMPARE(count(r, rule::DbPortPublic), 1);
    }

    void sshOpenToWorld()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::SshOpenToWorld));
        setProp(d, "fww1", "allow", QStringList{"443/tcp from lb1", "443/tcp from lb2", "22/tcp from a1"});
        QVERIFY(!has(run(d), rule::SshOpenToWorld));
        setProp(d, "fww1", "allow", QStringList{"443/tcp from lb1", "443/tcp from lb2", "22/tcp"});
        QVERIFY(has(run(d), rule::SshOpenToWorld, "fww1"));
    }

    void sshLinkFromInternet()
    {
        Design d = clean();
        addLink(d, "admin", "users", "a1", Protocol::Ssh);
        QVERIFY(has(run(d), rule::SshOpenToWorld, "a1"));
    }
};

QTEST_GUILESS_MAIN(TestRulesFirewall)
#include "test_rules_firewall.moc"
