// The lab profile changes only the functions that need the Internet: the
// bundle's own script comes back when its block is removed, sw_file (which
// writes every file) is untouched, and the lab's plan follows the host's OS.
#include "deploy/lab/labplan.h"
#include "deploy/lab/labprofile.h"
#include "exporters/bundle/shellbundle.h"

#include "core/io/templates.h"

#include <QRegularExpression>
#include <QtTest>

using namespace sw;

class TestLabProfile : public QObject {
    Q_OBJECT
private slots:
    void profileOnlyAddsOverrides_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("scale-up") << QStringLiteral("scale-up");
        QTest::newRow("redundant") << QStringLiteral("redundant");
    }
    void profileOnlyAddsOverrides()
    {
        QFETCH(QString, name);
        Design design;
        QString error;
        QVERIFY(loadTemplate(name, &design, &error));
        QVector<QPair<QString, QString>> files;
        QVERIFY2(bundle::ShellBundleExporter(lab::labDesign(design, QStringLiteral("debian-12"))).files(&files, &error), qPrintable(error));
        int scripts = 0;
        for (const auto &f : files) {
            if (!f.first.startsWith(QLatin1String("servers/")) || !f.first.endsWith(QLatin1String(".sh")))
                continue;
            ++scripts;
            const QString labScript = lab::labProfileScript(f.second);
            QVERIFY2(!labScript.isEmpty(), qPrintable(f.first));
            QVERIFY(labScript != f.second);
            QCOMPARE(lab::withoutLabProfile(labScript), f.second);
            const QString block = labScript.mid(labScript.indexOf(lab::labProfileBegin()));
            const QString inserted = block.left(block.indexOf(lab::labProfileEnd()));
            // Files are written by the bundle's sw_file: never redefined.
            QVERIFY(!inserted.contains(QLatin1String("sw_file()")));
            QVERIFY(inserted.contains(QLatin1String("sw_packages()")));
            QVERIFY(inserted.contains(QLatin1String("sw_letsencrypt()")));
            // Inserted after the library (its functions exist to be wrapped), before any step.
            QVERIFY(labScript.indexOf(lab::labProfileBegin()) > labScript.indexOf(QLatin1String("sw_service() {")));
            QVERIFY(labScript.indexOf(lab::labProfileEnd()) < labScript.indexOf(QLatin1String("sw_log \"Provisioning")));
        }
        QVERIFY(scripts >= 4);
    }

    void debianRunsMariaDb()
    {
        Design design;
        QString error;
        QVERIFY(loadTemplate(QStringLiteral("redundant"), &design, &error));
        bundle::StackConfig cfg;
        QVERIFY(bundle::buildStackConfig(lab::labDesign(design, QStringLiteral("debian-12")), &cfg, &error));
        int databases = 0;
        for (const bundle::ServerConfig &sc : cfg.servers) {
            if (sc.databases.isEmpty())
                continue;
            ++databases;
            QCOMPARE(sc.databases.first().unit, QStringLiteral("mariadb"));
            QVERIFY(sc.packagesOf(bundle::concern::mysql()).contains(QStringLiteral("mariadb-server")));
            bool found = false;
            for (const bundle::ConfigFile &f : sc.files) {
                if (!f.path.startsWith(QLatin1String("/etc/mysql/")))
                    continue;
                found = true;
                QVERIFY(f.path.startsWith(QLatin1String("/etc/mysql/mariadb.conf.d/")));
                const QString text = f.render();
                QVERIFY(text.contains(QLatin1String("log_slave_updates")));
                for (const char *mysqlOnly : {"gtid_mode", "enforce_gtid_consistency", "log_replica_updates", "super_read_only"})
                    QVERIFY2(!text.contains(QLatin1String(mysqlOnly)), mysqlOnly);
            }
            QVERIFY(found);
        }
        QCOMPARE(databases, 2);
    }

    void planHasEveryServerAndTheUsers()
    {
        Design design;
        QString error;
        QVERIFY(loadTemplate(QStringLiteral("scale-up"), &design, &error));
        if (lab::hostOs().isEmpty())
            QSKIP("this machine is not Debian 12 or Ubuntu 22.04/24.04");
        lab::LabPlan plan;
        QVERIFY2(lab::planLab(design, &plan, &error), qPrintable(error));
        QVERIFY(plan.node(QStringLiteral("users")));
        QVERIFY(plan.node(QStringLiteral("lb-01")));
        QCOMPARE(plan.node(QStringLiteral("lb-01"))->addresses, QStringList{QStringLiteral("10.0.0.11")});
        QCOMPARE(plan.dnsTarget, QStringLiteral("10.0.0.10"));
        QCOMPARE(plan.domain, QStringLiteral("www.foobar.com"));
        QCOMPARE(plan.vips, QStringList{QStringLiteral("10.0.0.10")});
        // Provisioned together, but a replica after its primary.
        QCOMPARE(plan.node(QStringLiteral("db-01"))->stage, plan.node(QStringLiteral("lb-02"))->stage);
        Design redundant;
        QVERIFY(loadTemplate(QStringLiteral("redundant"), &redundant, &error));
        lab::LabPlan plan2;
        QVERIFY2(lab::planLab(redundant, &plan2, &error), qPrintable(error));
        QVERIFY(plan2.node(QStringLiteral("db-01"))->stage < plan2.node(QStringLiteral("db-02"))->stage);
        QCOMPARE(plan2.node(QStringLiteral("app-01"))->stage, plan2.node(QStringLiteral("db-01"))->stage);
    }

    // Users reach a stack the way its internet links say: the lab's readiness
    // check and its probes ask https:// of an HTTPS design and http:// of a
    // plain HTTP one (distributed), which has nothing listening on 443.
    void entrySchemeFollowsTheInternetLinks_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("scheme");
        QTest::newRow("scale-up") << QStringLiteral("scale-up") << QStringLiteral("https");
        QTest::newRow("redundant") << QStringLiteral("redundant") << QStringLiteral("https");
        QTest::newRow("distributed") << QStringLiteral("distributed") << QStringLiteral("http");
    }
    void entrySchemeFollowsTheInternetLinks()
    {
        QFETCH(QString, name);
        QFETCH(QString, scheme);
        if (lab::hostOs().isEmpty())
            QSKIP("this machine is not Debian 12 or Ubuntu 22.04/24.04");
        Design design;
        QString error;
        QVERIFY(loadTemplate(name, &design, &error));
        lab::LabPlan plan;
        QVERIFY2(lab::planLab(design, &plan, &error), qPrintable(error));
        QCOMPARE(plan.entryScheme, scheme);
    }
};

QTEST_GUILESS_MAIN(TestLabProfile)
#include "test_labprofile.moc"
