// Every quick fix removes its finding, keeps the design valid, adds no
// error, and undoes to exactly the design before.
#include "tests/rules/rulestest.h"
#include "core/model/check.h"
#include "core/model/designmodel.h"
#include "core/rules/quickfix.h"
#include "core/rules/ruleids.h"

#include <QUndoStack>

using namespace rt;

namespace {

QString diff(const ValidationResult &before, const ValidationResult &after)
{
    QStringList added;
    const QStringList b = rulesOf(before);
    for (const QString &s : rulesOf(after))
        if (!b.contains(s))
            added << s;
    return added.join(QLatin1Char(' '));
}

// Fixes the finding of `rule` about `node` and checks the outcome.
void checkFix(const Design &d, const char *rule, const QString &node, const QString &profile = QStringLiteral("none"))
{
    DesignModel model;
    model.reset(d);
    QUndoStack stack;
    const ValidationResult before = Validator::validate(model.design(), profile);
    const Finding *f = find(before, rule, node);
    QVERIFY2(f, qPrintable(QStringLiteral("no %1 on %2 to fix: %3").arg(rule, node, rulesOf(before).join(' '))));
    QVERIFY(canFix(*f));
    QVERIFY(canFix(&model, *f));
    std::unique_ptr<QUndoCommand> fix = makeFix(&model, *f);
    QVERIFY(fix);
    QVERIFY2(model.design() == d, "building a fix must not change the design");
    stack.push(fix.release());
    QVERIFY(model.design() != d);
    const ValidationResult after = Validator::validate(model.design(), profile);
    QVERIFY2(!has(after, rule, node), qPrintable(rulesOf(after).join(' ')));
    QVERIFY2(checkDesign(model.design()).isEmpty(), qPrintable(checkDesign(model.design()).join('\n')));
    QVERIFY2(after.count(Severity::Error) <= before.count(Severity::Error),
             qPrintable(QStringLiteral("new: ") + diff(before, after)));
    stack.undo();
    QVERIFY2(model.design() == d, "undo must restore the design exactly");
    stack.redo();
    QVERIFY(!has(Validator::validate(model.design(), profile), rule, node));
}

Design withEdgeFirewall()
{
    Design d = clean();
    addNode(d, "edge", Kind::Firewall, "", {{"allow", QStringList{"443/tcp"}}});
    d.node("edge")->hasPos = true;
    d.link("request")->to = "edge";
    addLink(d, "edge-lbc", "edge", "lbc", Protocol::Https);
    return d;
}

} // namespace

class TestQuickFix : public QObject {
    Q_OBJECT
private slots:
    void lbNotClustered() { checkFix(templ("distributed"), rule::LbNotClustered, "lb-1"); }
    void spofOnLoadBalancerServer()
    {
        checkFix(templ("distributed"), rule::Spof, "lb-1");
        Design d = clean();
        setProp(d, "lbc", "members", QStringList{"hap1"});
        checkFix(d, rule::Spof, "lb1"); // joins the existing cluster
    }
    void spofOnWebServer() { checkFix(templ("scale-up"), rule::Spof, "web-1"); }
    void spofOnAppServer() { checkFix(templ("scale-up"), rule::Spof, "app-1"); }
    void spofOnDatabaseServer() { checkFix(templ("scale-up"), rule::Spof, "db-1"); }
    void spofOnNetworkFirewall() { checkFix(withEdgeFirewall(), rule::Spof, "edge"); }
    void noFirewall()
    {
        checkFix(templ("distributed"), rule::NoFirewall, "web-1");
        checkFix(templ("distributed"), rule::NoFirewall, "lb-1");
        Design d = clean();
        removeNode(d, "fwa1");
        checkFix(d, rule::NoFirewall, "a1");
    }
    void noMonitoringOnEveryServer()
    {
        const Design d = templ("distributed");
        DesignModel model;
        model.reset(d);
        const Finding f = *find(Validator::validate(d, "none"), rule::NoMonitoring);
        std::unique_ptr<QUndoCommand> fix = makeFix(&model, f);
        QVERIFY(fix);
        fix->redo();
        QCOMPARE(count(Validator::validate(model.design(), "none"), rule::NoMonitoring), 0);
        fix->undo();
        QVERIFY(model.design() == d);
        checkFix(d, rule::NoMonitoring, "web-2");
        Design e = clean();
        setProp(e, "mw1", "reports_to", QVariant());
        checkFix(e, rule::NoMonitoring, "w1");
    }
    void noHttps()
    {
        checkFix(templ("distributed"), rule::NoHttps, "haproxy");
        checkFix(templ("simple-web-stack"), rule::NoHttps, "apache");
    }
    // A certificate placed on the canvas but installed nowhere (issue 12,
    // item 11): the fix installs that certificate, it adds no second one.
    void noHttpsPlacedCertificateInstalled()
    {
        Design d = templ("scale-up");
        d.node("cert")->props.remove("installed_on");
        checkFix(d, rule::NoHttps, "lb-cluster");
        // The same with a draft DNS record (no domain yet).
        Design e = d;
        e.node("www")->props.remove("domain");
        checkFix(e, rule::NoHttps, "lb-cluster");
        for (const Design &before : {d, e}) {
            DesignModel model;
            model.reset(before);
            const ValidationResult r = Validator::validate(model.design(), QStringLiteral("none"));
            const Finding *f = find(r, rule::NoHttps, "lb-cluster");
            QVERIFY(f);
            QUndoStack stack;
            stack.push(makeFix(&model, *f).release());
            QCOMPARE(model.design().nodesOfKind(Kind::Certificate).size(), 1);
            QCOMPARE(model.design().node("cert")->props.value("installed_on").toStringList(),
                     (QStringList{"haproxy-1", "haproxy-2"}));
        }
    }
    void dbSingleWriter() { checkFix(templ("scale-up"), rule::DbSingleWriter, "db-1"); }
    void tiersNotSeparated()
    {
        checkFix(templ("simple-web-stack"), rule::TiersNotSeparated, "box");
        Design d = clean();
        d.node("web1")->parent = "a1";
        d.node("web1")->pos = QPointF(10, 222);
        checkFix(d, rule::TiersNotSeparated, "a1");
    }
    void clusterNoVip()
    {
        Design d = clean();
        setProp(d, "lbc", "vip", QVariant());
        checkFix(d, rule::ClusterNoVip, "lbc");
    }
    void clusterBothActive()
    {
        Design d = clean();
        addLink(d, "direct1", "users", "hap1", Protocol::Https);
        addLink(d, "direct2", "users", "hap2", Protocol::Https);
        checkFix(d, rule::ClusterBothActive, "lbc");
    }
    void certNotOnAllMembers()
    {
        Design d = clean();
        setProp(d, "cert", "installed_on", QStringList{"hap1", "web1", "web2"});
        setProp(d, "hap2", "tls", "none");
        checkFix(d, rule::CertNotOnAllMembers, "hap2");
    }
    void firewallBlocksLink()
    {
        Design d = clean();
        setProp(d, "fwa1", "allow", QStringList{"8000/tcp from w1"});
        checkFix(d, rule::FirewallBlocksLink, "fwa1");
    }
    void firewallUnusedPort()
    {
        Design d = clean();
        setProp(d, "fwa1", "allow", QStringList{"8000/tcp from w1", "9000/tcp", "8000/tcp from w2"});
        checkFix(d, rule::FirewallUnusedPort, "fwa1");
    }
    void dbPortPublic()
    {
        Design d = clean();
        setProp(d, "fwd1", "allow", QStringList{"3306/tcp"});
        checkFix(d, rule::DbPortPublic, "fwd1");
    }
    void sshOpenToWorld()
    {
        Design d = clean();
        setProp(d, "fww1", "allow", QStringList{"443/tcp from lb1", "22/tcp", "443/tcp from lb2"});
        checkFix(d, rule::SshOpenToWorld, "fww1");
        Design e = clean();
        addLink(e, "admin", "users", "a1", Protocol::Ssh);
        checkFix(e, rule::SshOpenToWorld, "a1");
    }
    void httpNoRedirect()
    {
        Design d = clean();
        addLink(d, "plain", "users", "lbc", Protocol::Http, 443); // port 443 so no firewall blocks it
        d.link("plain")->port = 80;
        setProp(d, "fwl1", "allow", QStringList{"443/tcp", "80/tcp"});
        setProp(d, "fwl2", "allow", QStringList{"443/tcp", "80/tcp"});
        checkFix(d, rule::HttpNoRedirect, "lbc");
    }
    void replicaWithoutPrimary()
    {
        Design d = clean();
        setProp(d, "rep", "replicates_from", QVariant());
        checkFix(d, rule::ReplicaWithoutPrimary, "rep");
    }
    void codebaseMismatch()
    {
        Design d = clean();
        setProp(d, "code2", "branch", "dev");
        checkFix(d, rule::CodebaseMismatch, "code2");
    }
    void appNoCodebase()
    {
        Design d = clean();
        removeNode(d, "code2");
        checkFix(d, rule::AppNoCodebase, "app2");
    }
    void dnsMissing()
    {
        Design d = clean();
        setProp(d, "www", "target", "web1");
        checkFix(d, rule::DnsMissing, QString());
        Design e = clean();
        removeNode(e, "www");
        checkFix(e, rule::DnsMissing, QString());
    }
    void rulesWithoutQuickFix()
    {
        Design d = clean();
        setProp(d, "rep", "role", "primary");
        const ValidationResult r = run(d);
        const Finding *f = find(r, rule::MultiplePrimaries);
        QVERIFY(f);
        QVERIFY(!canFix(*f));
        DesignModel model;
        model.reset(d);
        QVERIFY(!makeFix(&model, *f));
        Finding exposed;
        exposed.rule = QString::fromLatin1(rule::DbExposed);
        QVERIFY(!canFix(exposed));
    }
    void spofOnAllInOneServerHasNoFix()
    {
        // Duplicating a server with the primary database would split the data.
        const Design d = templ("simple-web-stack");
        DesignModel model;
        model.reset(d);
        const ValidationResult r = run(d);
        const Finding *f = find(r, rule::Spof, "box");
        QVERIFY(f);
        QVERIFY(!canFix(&model, *f));
    }
};

QTEST_GUILESS_MAIN(TestQuickFix)
#include "test_quickfix.moc"
