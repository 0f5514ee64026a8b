// The deploy engine against a real OpenSSH server on 127.0.0.1 (see
// sshdfixture.h): dry run, deploy with streamed output, check, and every way
// a connection is refused, times out or is cancelled.
#include "tests/deploy/sshdfixture.h"

#include "deploy/ssh/deployengine.h"
#include "deploy/ssh/deployplan.h"

#include <QSignalSpy>
#include <QtTest>
#include <unistd.h>

using namespace sw;

namespace {

struct Run {
    QStringList out;      // stdout lines of every server, "id: line"
    QStringList err;
    QStringList info;
    DeploySummary summary;
    ServerResult result(const QString &id) const
    {
        for (const auto &r : summary.results)
            if (r.server == id)
                return r;
        return {};
    }
};

} // namespace

class TestDeployEngine : public QObject {
    Q_OBJECT

    SshdFixture m_sshd;

    DeployOptions options(DeployMode mode) const
    {
        DeployOptions o;
        o.mode = mode;
        o.knownHostsFile = m_sshd.knownHosts();
        o.useSudo = false; // the test logs in as the user running it
        o.connectTimeoutSec = 10;
        o.serverTimeoutSec = 120;
        return o;
    }

    DeployPlan plan(const Design &design, const QString &bundle, const QString &key = QString()) const
    {
        DeployPlan p;
        QString error;
        TargetOverride all;
        all.identityFile = key.isEmpty() ? m_sshd.userKey() : key;
        if (!planFromDesign(design, {}, all, {}, &p, &error))
            qWarning() << error;
        if (!bundle.isEmpty() && !attachShellBundle(&p, bundle, &error))
            qWarning() << error;
        return p;
    }

    // A shell bundle in the layout of exporters/bundle: servers/NN-ID.sh,
    // servers/order.txt, deploy.sh naming the variables.
    QString bundle(QTemporaryDir &dir, const QVector<QPair<QString, QByteArray>> &scripts,
                   const QByteArray &variables = {}) const
    {
        QByteArray order;
        int i = 1;
        for (const auto &s : scripts) {
            const QString name = QString("%1-%2.sh").arg(i++, 2, 10, QChar('0')).arg(s.first);
            writeFile(dir.path(), "servers/" + name, s.second, true);
            order += name.toUtf8() + "\t127.0.0.1\t" + m_sshd.userName().toUtf8() + "\t"
                + QByteArray::number(m_sshd.port()) + "\t" + s.first.toUtf8() + "\n";
        }
        writeFile(dir.path(), "servers/order.txt", order);
        writeFile(dir.path(), "deploy.sh", "#!/usr/bin/env bash\nSW_VARIABLES=( " + variables + " )\n", true);
        return dir.path();
    }

    Run run(DeployEngine &engine, const DeployPlan &p, const DeployOptions &o, int timeoutMs = 60000)
    {
        Run r;
        const QMetaObject::Connection c = connect(
            &engine, &DeployEngine::outputLine, this, [&r](const QString &id, OutputStream s, const QString &line) {
                (s == OutputStream::Stdout ? r.out : s == OutputStream::Stderr ? r.err : r.info) << id + ": " + line;
            });
        QSignalSpy finished(&engine, &DeployEngine::finished);
        if (engine.start(p, o) && (finished.wait(timeoutMs) || !finished.isEmpty()))
            r.summary = finished.first().first().value<DeploySummary>();
        disconnect(c);
        return r;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sshd.start(&error), qPrintable(error));
    }

    void dryRunParsesEveryScriptAndChangesNothing()
    {
        QTemporaryDir b;
        const QString marker = m_sshd.path("dry-run-marker");
        bundle(b, {{"web1", "#!/bin/bash\nset -euo pipefail\ntouch '" + marker.toUtf8() + "'\n"}});
        DeployEngine engine;
        const Run r = run(engine, plan(m_sshd.design({"web1"}), b.path()), options(DeployMode::DryRun));
        const ServerResult web = r.result("web1");
        QCOMPARE(web.state, ServerState::Succeeded);
        QVERIFY2(web.message.contains("1 script(s) parse"), qPrintable(web.message));
        QVERIFY(!QFile::exists(marker));
        // The uploaded copy was removed again.
        const QString uploaded = r.info.filter("uploaded the bundle to").value(0).section(" to ", 1);
        QVERIFY2(uploaded.startsWith("/tmp/stackwright-"), qPrintable(r.info.join('\n')));
        QVERIFY(!QFileInfo::exists(uploaded));
    }

    void dryRunReportsSyntaxErrors()
    {
        QTemporaryDir b;
        bundle(b, {{"web1", "#!/bin/bash\nif true; then\necho missing fi\n"}});
        DeployEngine engine;
        const Run r = run(engine, plan(m_sshd.design({"web1"}), b.path()), options(DeployMode::DryRun));
        QCOMPARE(r.result("web1").state, ServerState::Failed);
        QVERIFY(r.result("web1").message.contains("syntax"));
        QVERIFY2(r.err.join('\n').contains("01-web1.sh"), qPrintable(r.err.join('\n')));
    }

    void dryRunComparesTheOs()
    {
        QTemporaryDir b;
        bundle(b, {{"web1", "#!/bin/bash\necho hi\n"}});
        Design d = m_sshd.design({"web1"});
        d.node("web1")->props.insert("os", "ubuntu-24.04");
        DeployEngine engine;
        const Run r = run(engine, plan(d, b.path()), options(DeployMode::DryRun));
        const ServerResult web = r.result("web1");
        QCOMPARE(web.state, ServerState::Failed);
        QVERIFY2(web.message.contains("runs debian-12 but the design says ubuntu-24.04"), qPrintable(web.message));
        QCOMPARE(web.findings.size(), 1);
        QCOMPARE(web.findings[0].expected, QString("ubuntu-24.04"));
    }

    void deployRunsTheScriptAndStreamsItsLinesInOrder()
    {
        QTemporaryDir b;
        bundle(b, {{"app1", "#!/bin/bash\nfor i in $(seq 1 40); do echo \"line $i\"; done\n"
                            "echo 'to stderr' >&2\nsleep 0.3\necho 'last line without newline' | tr -d '\\n'\n"}});
        DeployEngine engine;
        QSignalSpy states(&engine, &DeployEngine::serverStateChanged);
        const Run r = run(engine, plan(m_sshd.design({"app1"}), b.path()), options(DeployMode::Deploy));
        const ServerResult app = r.result("app1");
        QCOMPARE(app.state, ServerState::Succeeded);
        QCOMPARE(app.exitCode, 0);
        QStringList expected;
        for (int i = 1; i <= 40; ++i)
            expected << QString("app1: line %1").arg(i);
        expected << "app1: last line without newline";
        QCOMPARE(r.out, expected);
        QCOMPARE(r.err, QStringList{"app1: to stderr"});
        QList<ServerState> seen;
        for (const auto &args : states)
            seen << args.at(1).value<ServerState>();
        QVERIFY(seen.contains(ServerState::Connecting));
        QVERIFY(seen.contains(ServerState::Uploading));
        QCOMPARE(seen.indexOf(ServerState::Running) < seen.indexOf(ServerState::Succeeded), true);
        QVERIFY(app.remoteDir.isEmpty()); // removed after success
    }

    void aFailingScriptFailsAndKeepsItsFiles()
    {
        QTemporaryDir b;
        bundle(b, {{"app1", "#!/bin/bash\necho 'about to fail'\nexit 3\n"}});
        DeployEngine engine;
        const Run r = run(engine, plan(m_sshd.design({"app1"}), b.path()), options(DeployMode::Deploy));
        const ServerResult app = r.result("app1");
        QCOMPARE(app.state, ServerState::Failed);
        QCOMPARE(app.exitCode, 3);
        QVERIFY(app.message.contains("exit status 3"));
        QVERIFY(QFileInfo(app.remoteDir + "/01-app1.sh").isFile());
        QDir(app.remoteDir).removeRecursively();
    }

    void variablesReachTheScriptAsData()
    {
        QTemporaryDir b;
        bundle(b, {{"app1", "#!/bin/bash\nprintf 'secret=%s\\n' \"$SW_TEST_SECRET\"\necho \"other=${SW_OTHER:-unset}\"\n"}},
               "SW_TEST_SECRET SW_OTHER");
        const DeployPlan p = plan(m_sshd.design({"app1"}), b.path());
        QCOMPARE(p.variables, (QStringList{"SW_TEST_SECRET", "SW_OTHER"}));
        DeployOptions o = options(DeployMode::Deploy);
        o.environment.insert("SW_TEST_SECRET", "it's $(touch /tmp/pwned) `x` ; \"q\"");
        DeployEngine engine;
        const Run r = run(engine, p, o);
        QCOMPARE(r.result("app1").state, ServerState::Succeeded);
        QCOMPARE(r.out, (QStringList{"app1: secret=it's $(touch /tmp/pwned) `x` ; \"q\"", "app1: other=unset"}));
    }

    void tiersRunInOrderAndStopAfterAFailure()
    {
        QTemporaryDir b;
        const QByteArray log = m_sshd.path("order.log").toUtf8();
        QFile::remove(log);
        Design d = m_sshd.design({"web1", "db1", "db2"});
        for (const char *id : {"db1", "db2"}) {
            Node db;
            db.id = QString(id) + "-maria";
            db.kind = Kind::Database;
            db.parent = id;
            d.insertNode(db);
        }
        Node apache;
        apache.id = "apache";
        apache.kind = Kind::WebServer;
        apache.parent = "web1";
        d.insertNode(apache);
        bundle(b, {{"db1", "#!/bin/bash\nsleep 0.5; echo db1 >> '" + log + "'\n"},
                   {"db2", "#!/bin/bash\nsleep 0.5; echo db2 >> '" + log + "'\n"},
                   {"web1", "#!/bin/bash\necho web1 >> '" + log + "'\n"}});
        DeployEngine engine;
        DeployOptions o = options(DeployMode::Deploy);
        o.maxParallel = 2;
        const DeployPlan p = plan(d, b.path());
        QCOMPARE(p.tiers, (QVector<QStringList>{{"db1", "db2"}, {"web1"}}));
        Run r = run(engine, p, o);
        QVERIFY(r.summary.allSucceeded());
        QFile f(QString::fromUtf8(log));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.last(), QByteArray("web1"));

        // db1 fails: web1 is skipped, unless the run continues after failures.
        writeFile(b.path(), "servers/01-db1.sh", "#!/bin/bash\nexit 1\n", true);
        r = run(engine, p, o);
        QDir(r.result("db1").remoteDir).removeRecursively(); // kept after the failure
        QCOMPARE(r.result("db1").state, ServerState::Failed);
        QCOMPARE(r.result("db2").state, ServerState::Succeeded);
        QCOMPARE(r.result("web1").state, ServerState::Skipped);
        o.continueOnFailure = true;
        r = run(engine, p, o);
        QCOMPARE(r.result("web1").state, ServerState::Succeeded);
        for (const auto &res : r.summary.results)
            if (!res.remoteDir.isEmpty())
                QDir(res.remoteDir).removeRecursively();
    }

    void checkReportsDifferences()
    {
        Design d = m_sshd.design({"web1"});
        Node apache;
        apache.id = "apache";
        apache.kind = Kind::WebServer;
        apache.parent = "web1";
        d.insertNode(apache);
        Node fw;
        fw.id = "fw1";
        fw.kind = Kind::Firewall;
        fw.parent = "web1";
        fw.props.insert("allow", QStringList{"80/tcp"});
        d.insertNode(fw);
        DeployEngine engine;
        const Run r = run(engine, plan(d, QString()), options(DeployMode::Check));
        const ServerResult web = r.result("web1");
        QCOMPARE(web.state, ServerState::Drifted);
        QStringList whats;
        for (const auto &f : web.findings) {
            QCOMPARE(f.server, QString("web1"));
            whats << f.what;
        }
        QVERIFY2(whats.contains("service apache2"), qPrintable(whats.join(", ")));
        QVERIFY(whats.contains("firewall"));
        QVERIFY(!whats.contains("operating system"));
        // Port 80 (if nothing happens to listen on it here) differs; the ssh port listens.
        QVERIFY(!whats.contains(QString("port %1/tcp").arg(m_sshd.port())));
        const DeployFinding service = web.findings[whats.indexOf("service apache2")];
        QCOMPARE(service.expected, QString("active"));
        QVERIFY(service.actual != "active");
    }

    void checkOfAMatchingServerSucceeds()
    {
        DeployEngine engine;
        const Run r = run(engine, plan(m_sshd.design({"bare"}), QString()), options(DeployMode::Check));
        QCOMPARE(r.result("bare").state, ServerState::Succeeded);
        QVERIFY(r.result("bare").findings.isEmpty());
        QVERIFY(r.summary.allSucceeded());
    }

    void aWrongUserKeyIsRefused()
    {
        QTemporaryDir b;
        bundle(b, {{"web1", "#!/bin/bash\necho hi\n"}});
        DeployEngine engine;
        const Run r = run(engine, plan(m_sshd.design({"web1"}), b.path(), m_sshd.strangerKey()),
                          options(DeployMode::DryRun));
        const ServerResult web = r.result("web1");
        QCOMPARE(web.state, ServerState::Failed);
        QVERIFY2(web.message.contains("refused the key") && web.message.contains("strangerkey"),
                 qPrintable(web.message));
    }

    void anUnknownHostKeyIsRefusedWithItsFingerprint()
    {
        QTemporaryDir b;
        bundle(b, {{"web1", "#!/bin/bash\necho hi\n"}});
        QTemporaryDir khDir;
        DeployOptions o = options(DeployMode::DryRun);
        o.knownHostsFile = khDir.filePath("known_hosts");
        const DeployPlan p = plan(m_sshd.design({"web1"}), b.path());
        {
            DeployEngine engine; // nobody to ask: refused
            const Run r = run(engine, p, o);
            QCOMPARE(r.result("web1").state, ServerState::Refused);
            QVERIFY2(r.result("web1").message.contains(m_sshd.hostFingerprint()), qPrintable(r.result("web1").message));
            QVERIFY(r.result("web1").message.contains("not known"));
            QVERIFY(r.summary.hostKeyRefused());
        }
        {
            DeployEngine engine; // asked, the user says no
            QString asked;
            connect(&engine, &DeployEngine::hostKeyQuestion, this,
                    [&](const QString &server, const QString &, const QString &, const QString &fp) {
                        asked = fp;
                        engine.answerHostKey(server, false);
                    });
            const Run r = run(engine, p, o);
            QCOMPARE(asked, m_sshd.hostFingerprint());
            QCOMPARE(r.result("web1").state, ServerState::Refused);
            QVERIFY(!QFile::exists(o.knownHostsFile));
        }
        {
            DeployEngine engine; // asked, the user says yes: remembered
            connect(&engine, &DeployEngine::hostKeyQuestion, this,
                    [&](const QString &server) { engine.answerHostKey(server, true); });
            const Run r = run(engine, p, o);
            QCOMPARE(r.result("web1").state, ServerState::Succeeded);
            QFile kh(o.knownHostsFile);
            QVERIFY(kh.open(QIODevice::ReadOnly));
            QVERIFY(kh.readAll().contains(QByteArray("[127.0.0.1]:") + QByteArray::number(m_sshd.port())));
        }
        {
            DeployEngine engine; // known now: no question
            QSignalSpy asked(&engine, &DeployEngine::hostKeyQuestion);
            connect(&engine, &DeployEngine::hostKeyQuestion, this,
                    [&](const QString &server) { engine.answerHostKey(server, false); });
            const Run r = run(engine, p, o);
            QCOMPARE(r.result("web1").state, ServerState::Succeeded);
            QCOMPARE(asked.count(), 0);
        }
    }

    void aChangedHostKeyIsRefused()
    {
        QTemporaryDir b;
        bundle(b, {{"web1", "#!/bin/bash\necho hi\n"}});
        DeployOptions o = options(DeployMode::DryRun);
        o.knownHostsFile = m_sshd.changedKnownHosts();
        o.hostKeys = HostKeyPolicy::AcceptNew; // even so
        DeployEngine engine;
        const Run r = run(engine, plan(m_sshd.design({"web1"}), b.path()), o);
        const ServerResult web = r.result("web1");
        QCOMPARE(web.state, ServerState::Refused);
        QVERIFY2(web.message.contains("CHANGED") && web.message.contains(m_sshd.hostFingerprint()),
                 qPrintable(web.message));
    }

    void aClosedPortFailsWithinTheLimit()
    {
        QTemporaryDir b;
        bundle(b, {{"web1", "#!/bin/bash\necho hi\n"}});
        Design d = m_sshd.design({"web1"});
        d.node("web1")->props.insert("ssh_port", SshdFixture::freePort());
        DeployOptions o = options(DeployMode::DryRun);
        o.connectTimeoutSec = 5;
        DeployEngine engine;
        QSignalSpy finished(&engine, &DeployEngine::finished);
        QVERIFY(engine.start(plan(d, b.path()), o));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        const ServerResult web = finished.first().first().value<DeploySummary>().results.value(0);
        QCOMPARE(web.state, ServerState::Failed);
        QVERIFY2(web.message.contains("cannot connect"), qPrintable(web.message));
    }

    void cancelStopsTheRemoteCommand()
    {
        QTemporaryDir b;
        const QByteArray killed = m_sshd.path("killed-marker").toUtf8();
        const QByteArray done = m_sshd.path("finished-marker").toUtf8();
        bundle(b, {{"app1", "#!/bin/bash\ntrap \"touch '" + killed + "'; exit 143\" TERM\n"
                            "echo started\nsleep 37.25 &\nwait\ntouch '" + done + "'\n"}});
        DeployEngine engine;
        QStringList lines;
        connect(&engine, &DeployEngine::outputLine, this,
                [&](const QString &, OutputStream s, const QString &l) { if (s == OutputStream::Stdout) lines << l; });
        QSignalSpy finished(&engine, &DeployEngine::finished);
        QVERIFY(engine.start(plan(m_sshd.design({"app1"}), b.path()), options(DeployMode::Deploy)));
        QTRY_VERIFY_WITH_TIMEOUT(lines.contains("started"), 60000);
        engine.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        const DeploySummary s = finished.first().first().value<DeploySummary>();
        QVERIFY(s.cancelled);
        QCOMPARE(s.results.value(0).state, ServerState::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QString::fromUtf8(killed)), 10000);
        QString out, error;
        QVERIFY(!SshdFixture::runTool("pgrep", {"-f", "sleep 37.25"}, &out, &error)); // none left
        QVERIFY(!QFile::exists(QString::fromUtf8(done)));
        QDir(s.results.value(0).remoteDir).removeRecursively();
    }

    void theOverallTimeoutStopsTheScript()
    {
        QTemporaryDir b;
        bundle(b, {{"app1", "#!/bin/bash\necho started\nsleep 41.5\n"}});
        DeployOptions o = options(DeployMode::Deploy);
        o.serverTimeoutSec = 3;
        DeployEngine engine;
        const Run r = run(engine, plan(m_sshd.design({"app1"}), b.path()), o);
        const ServerResult app = r.result("app1");
        QCOMPARE(app.state, ServerState::Failed);
        QVERIFY2(app.message.contains("timed out"), qPrintable(app.message));
        QString out, error;
        QTRY_VERIFY_WITH_TIMEOUT(!SshdFixture::runTool("pgrep", {"-f", "sleep 41.5"}, &out, &error), 10000);
        QDir(app.remoteDir).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestDeployEngine)
#include "test_deploy_engine.moc"
