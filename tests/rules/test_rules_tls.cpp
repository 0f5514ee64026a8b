// NO-HTTPS, TLS-ENDS-AT-LB, DNS-MISSING, HTTP-NO-REDIRECT, CERT-NOT-ON-ALL-MEMBERS.
#include "tests/rules/rulestest.h"
#include "core/rules/ruleids.h"

using namespace rt;

class TestRulesTls : public QObject {
    Q_OBJECT
private slots:
    void noHttpsWhenUsersSpeakPlainHttp()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::NoHttps));
        d.link("request")->protocol = Protocol::Http;
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::NoHttps, "lbc"));
        QCOMPARE(find(r, rule::NoHttps)->nodes, QStringList{"lbc"});
    }

    void noHttpsWithoutCertificateForTheDomain()
    {
        Design d = clean();
        setProp(d, "cert", "domain", "www.other.org");
        QVERIFY(has(run(d), rule::NoHttps, "lbc"));
        setProp(d, "cert", "domain", "WWW.foobar.com");
        QVERIFY(!has(run(d), rule::NoHttps));
        setProp(d, "cert", "installed_on", QStringList{"web1", "web2"});
        QVERIFY(has(run(d), rule::NoHttps, "lbc"));
    }

    void noHttpsWhenNothingTerminatesTls()
    {
        Design d = clean();
        setProp(d, "hap1", "tls", "none");
        setProp(d, "hap2", "tls", "none");
        QVERIFY(has(run(d), rule::NoHttps, "lbc"));
        // Passing TLS through to web servers that terminate it is HTTPS.
        setProp(d, "hap1", "tls", "passthrough");
        setProp(d, "hap2", "tls", "passthrough");
        QVERIFY(!has(run(d), rule::NoHttps));
    }

    void tlsEndsAtLoadBalancer()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::TlsEndsAtLb));
        d.link("lw1")->protocol = Protocol::Http;
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::TlsEndsAtLb, "lb1"));
        QVERIFY(has(r, rule::TlsEndsAtLb, "lb2"));
        QCOMPARE(count(r, rule::TlsEndsAtLb), 2);
        // A load balancer that passes TLS through does not end it.
        setProp(d, "hap1", "tls", "passthrough");
        setProp(d, "hap2", "tls", "passthrough");
        QVERIFY(!has(run(d), rule::TlsEndsAtLb));
    }

    void dnsMissing()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::DnsMissing));
        setProp(d, "www", "target", "web1");
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::DnsMissing));
        QVERIFY(find(r, rule::DnsMissing)->nodes.isEmpty());
        setProp(d, "www", "target", "hap1"); // a member of the entry cluster: found
        QVERIFY(!has(run(d), rule::DnsMissing));
        removeNode(d, "www");
        QVERIFY(has(run(d), rule::DnsMissing));
    }

    void httpNoRedirect()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::HttpNoRedirect));
        addLink(d, "plain", "users", "lbc", Protocol::Http);
        QVERIFY(has(run(d), rule::HttpNoRedirect, "lbc"));
        setProp(d, "hap1", "http_redirect", true);
        QVERIFY(has(run(d), rule::HttpNoRedirect, "lbc"));
        setProp(d, "hap2", "http_redirect", true);
        QVERIFY(!has(run(d), rule::HttpNoRedirect));
    }

    void httpOnlyIsNoHttpsNotRedirect()
    {
        Design d = clean();
        d.link("request")->protocol = Protocol::Http;
        const ValidationResult r = run(d);
        QVERIFY(has(r, rule::NoHttps));
        QVERIFY(!has(r, rule::HttpNoRedirect));
    }

    void certNotOnAllMembers()
    {
        Design d = clean();
        QVERIFY(!has(run(d), rule::CertNotOnAllMembers));
        setProp(d, "cert", "installed_on", QStringList{"hap1", "web1", "web2"});
        const ValidationResult r = run(d);
        const Finding *f = find(r, rule::CertNotOnAllMembers);
        QVERIFY(f);
        QCOMPARE(f->nodes, (QStringList{"lbc", "hap2"}));
        QVERIFY(!has(r, rule::NoHttps)); // hap1 still serves it
    }

    void memberWithoutTlsIsMissingTheCertificate()
    {
        Design d = clean();
        setProp(d, "hap2", "tls", "none");
        QVERIFY(has(run(d), rule::CertNotOnAllMembers, "hap2"));
    }
};

QTEST_GUILESS_MAIN(TestRulesTls)
#include "test_rules_tls.moc"
