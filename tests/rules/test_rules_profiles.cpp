// The templates' expectations, the spec profiles, suppressions and the catalog.
#include "tests/rules/rulestest.h"
#include "core/rules/profiles.h"
#include "core/rules/rulecatalog.h"
#include "core/rules/ruleids.h"

using namespace rt;

namespace {
int profileFindings(const ValidationResult &r)
{
    int n = 0;
    for (const Finding &f : r.findings)
        n += f.rule.startsWith(QLatin1String("PROFILE-")) ? 1 : 0;
    return n;
}
} // namespace

class TestRulesProfiles : public QObject {
    Q_OBJECT
private slots:
    void redundantTemplateHasNoErrorAndNoSpof()
    {
        const Design d = templ("redundant");
        for (const QString &p : {QString(), QStringLiteral("none"), QStringLiteral("scale-up")}) {
            const ValidationResult r = Validator::validate(d, p);
            QVERIFY2(!r.hasErrors(), qPrintable(rulesOf(r).join(QLatin1Char(' '))));
            QVERIFY(!has(r, rule::Spof));
        }
    }

    void scaleUpTemplate()
    {
        const Design d = templ("scale-up");
        QCOMPARE(d.profile, QStringLiteral("scale-up"));
        const ValidationResult r = Validator::validate(d); // its own profile
        QCOMPARE(r.profile, QStringLiteral("scale-up"));
        QCOMPARE(count(r, rule::Spof), 3);
        for (const char *s : {"web-1", "app-1", "db-1"})
            QVERIFY2(has(r, rule::Spof, s), s);
        QVERIFY(has(r, rule::DbSingleWriter, "db-1"));
        QVERIFY(has(r, rule::TlsEndsAtLb, "lb-1"));
        QVERIFY(has(r, rule::TlsEndsAtLb, "lb-2"));
        QCOMPARE(profileFindings(r), 0);
        QVERIFY2(!r.hasErrors(), qPrintable(rulesOf(r).join(QLatin1Char(' '))));
    }

    void stageTemplatesMeetTheirProfiles()
    {
        for (const char *name : {"simple-web-stack", "distributed", "secured-monitored"}) {
            const Design d = templ(name);
            const ValidationResult r = Validator::validate(d, QString::fromLatin1(name));
            QCOMPARE(r.profile, QString::fromLatin1(name));
            QVERIFY2(profileFindings(r) == 0, qPrintable(rulesOf(r).join(QLatin1Char(' '))));
            QVERIFY2(!r.hasErrors(), qPrintable(QStringLiteral("%1: ").arg(name) + rulesOf(r).join(QLatin1Char(' '))));
        }
    }

    void simpleWebStackRequirements()
    {
        const ValidationResult r = run(clean(), QStringLiteral("simple-web-stack"));
        QVERIFY(has(r, rule::ProfileOneServer));
        QVERIFY(!has(r, rule::ProfileDomain));
        QCOMPARE(find(r, rule::ProfileOneServer)->severity, Severity::Error);
        Design d = clean();
        removeNode(d, "www");
        QVERIFY(has(run(d, QStringLiteral("simple-web-stack")), rule::ProfileDomain));
        QVERIFY(!has(run(d), rule::ProfileDomain)); // only under the profile
    }

    void distributedRequirements()
    {
        const ValidationResult r = run(templ("scale-up"), QStringLiteral("distributed"));
        QVERIFY(has(r, rule::ProfileLbFront));
        QVERIFY(has(r, rule::ProfileReplica));
        // The clean design's servers do not run web + app + codebase together.
        QVERIFY(has(run(clean(), QStringLiteral("distributed")), rule::ProfileLbFront));
        QVERIFY(!has(run(clean(), QStringLiteral("distributed")), rule::ProfileReplica));
    }

    void scaleUpRequirements()
    {
        QCOMPARE(profileFindings(run(clean(), QStringLiteral("scale-up"))), 0);
        Design d = clean();
        setProp(d, "www", "domain", "www.example.org");
        setProp(d, "cert", "domain", "www.example.org");
        setProp(d, "code2", "branch", "dev");
        setProp(d, "lbc", "members", QStringList{"hap1"});
        d.node("pri")->parent = "a1";
        const ValidationResult r = run(d, QStringLiteral("scale-up"));
        QVERIFY(has(r, rule::ProfileDomain));
        QVERIFY(has(r, rule::ProfileOneCodebase));
        QVERIFY(has(r, rule::ProfileLbCluster));
        QVERIFY(!has(r, rule::ProfileSeparateTiers)); // rep is still alone on d2
        d.node("rep")->parent = "a2";
        QVERIFY(has(run(d, QStringLiteral("scale-up")), rule::ProfileSeparateTiers));
    }

    void profilesChangeSeverities()
    {
        Design d = clean();
        removeNode(d, "mw1");
        QCOMPARE(find(run(d), rule::NoMonitoring)->severity, Severity::Warning);
        QCOMPARE(find(run(d, QStringLiteral("scale-up")), rule::NoMonitoring)->severity, Severity::Error);
        QCOMPARE(find(run(d, QStringLiteral("secured-monitored")), rule::NoMonitoring)->severity, Severity::Error);
        QCOMPARE(find(run(d, QStringLiteral("simple-web-stack")), rule::NoMonitoring)->severity, Severity::Info);
        // Errors come first.
        const ValidationResult r = run(d, QStringLiteral("scale-up"));
        QCOMPARE(r.findings.front().severity, Severity::Error);
    }

    void designProfileIsTheDefault()
    {
        Design d = clean();
        d.profile = QStringLiteral("simple-web-stack");
        QCOMPARE(Validator::validate(d).profile, QStringLiteral("simple-web-stack"));
        QVERIFY(has(Validator::validate(d), rule::ProfileOneServer));
        QCOMPARE(Validator::validate(d, QStringLiteral("none")).profile, QString());
        QVERIFY(!has(Validator::validate(d, QStringLiteral("none")), rule::ProfileOneServer));
    }

    void suppressedRulesYieldNoFindingButAreCounted()
    {
        Design d = templ("scale-up");
        d.suppressions.append({QStringLiteral("SPOF"), QStringLiteral("a class exercise")});
        const ValidationResult r = Validator::validate(d);
        QVERIFY(!has(r, rule::Spof));
        QCOMPARE(r.suppressed, 3);
        QCOMPARE(r.suppressedByRule.value(QStringLiteral("SPOF")), 3);
        QVERIFY(has(r, rule::DbSingleWriter));
    }

    void catalogIsComplete()
    {
        for (const char *id : {"SPOF", "NO-HTTPS", "NO-FIREWALL", "NO-MONITORING", "LB-NOT-CLUSTERED",
                               "TIERS-NOT-SEPARATED", "DB-SINGLE-WRITER", "DB-EXPOSED", "TLS-ENDS-AT-LB", "DNS-MISSING"})
            QVERIFY2(findRule(QString::fromLatin1(id)), id);
        QSet<QString> ids;
        for (const RuleInfo &r : ruleCatalog()) {
            QVERIFY(!ids.contains(r.idString()));
            ids.insert(r.idString());
            QVERIFY(!r.titleText().isEmpty());
            QVERIFY2(r.whyText().size() > 40, r.id);
            QVERIFY2(r.fixText().size() > 20, r.id);
        }
        QCOMPARE(profileCatalog().size(), 4);
        for (const ProfileInfo &p : profileCatalog()) {
            for (const char *id : p.requirements)
                QVERIFY2(findRule(QString::fromLatin1(id)), id);
            for (const auto &s : p.severities)
                QVERIFY2(findRule(QString::fromLatin1(s.first)), s.first);
        }
    }

    void everyFindingHasCatalogTexts()
    {
        const ValidationResult r = run(templ("simple-web-stack"), QStringLiteral("scale-up"));
        QVERIFY(r.findings.size() > 5);
        for (const Finding &f : r.findings) {
            const RuleInfo *info = findRule(f.rule);
            QVERIFY2(info, qPrintable(f.rule));
            QCOMPARE(f.why, info->whyText());
            QCOMPARE(f.fix, info->fixText());
            QVERIFY(!f.message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestRulesProfiles)
#include "test_rules_profiles.moc"
