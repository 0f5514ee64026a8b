// docs/rules.md is generated from the catalog: fail when they differ.
#include "core/rules/reports.h"

#include <QtTest>

class TestRulesDoc : public QObject {
    Q_OBJECT
private slots:
    void referencePageMatchesTheCatalog()
    {
        QFile f(QStringLiteral(SW_SOURCE_DIR "/docs/rules.md"));
        QVERIFY2(f.open(QIODevice::ReadOnly), "docs/rules.md is missing");
        const QString page = QString::fromUtf8(f.readAll());
        const QString generated = sw::catalogToMarkdown();
        if (page != generated) {
            const QStringList a = page.split(QLatin1Char('\n')), b = generated.split(QLatin1Char('\n'));
            int line = 0;
            while (line < a.size() && line < b.size() && a[line] == b[line])
                ++line;
            QFAIL(qPrintable(QStringLiteral("docs/rules.md differs from the catalog at line %1; regenerate it with "
                                            "`stackwright-cli rules --format markdown > docs/rules.md` "
                                            "(or build the rules_doc target)\n  page:      %2\n  generated: %3")
                                 .arg(line + 1)
                                 .arg(a.value(line), b.value(line))));
        }
    }

    void pageListsEveryRule()
    {
        const QString md = sw::catalogToMarkdown();
        for (const char *id : {"SPOF", "DNS-MISSING", "FIREWALL-BLOCKS-LINK", "PROFILE-LB-CLUSTER"})
            QVERIFY(md.contains(QStringLiteral("\n## %1\n").arg(QLatin1String(id))));
        QVERIFY(md.contains(QStringLiteral("\n## scale-up\n")));
    }
};

QTEST_GUILESS_MAIN(TestRulesDoc)
#include "test_rules_doc.moc"
