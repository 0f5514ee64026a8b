// `stackwright-cli deploy` against the test sshd: its exit codes (0 every
// server succeeded, 1 one failed or differs, 2 bad input or a refused host
// key) and its output prefixed by the server id.
#include "tests/deploy/sshdfixture.h"

#include "core/io/jsonformat.h"
#include "core/io/templates.h"

#include <QProcess>
#include <QtTest>

using namespace sw;

namespace {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestDeployCli : public QObject {
    Q_OBJECT

    SshdFixture m_sshd;
    QTemporaryDir m_work;

    CliRun cli(const QStringList &args, const QString &dataHome = QString())
    {
        QProcess p;
        if (!dataHome.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("XDG_DATA_HOME", dataHome);
            p.setProcessEnvironment(env);
        }
        p.setStandardInputFile(QProcess::nullDevice()); // as in CI: no terminal
        p.start(SW_CLI_PATH, QStringList{"deploy"} + args);
        CliRun r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString designFile(const Design &d, const QString &name)
    {
        const QString path = m_work.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(writeJson(d));
        return path;
    }

    // A bundle for one server "web1" running `script`.
    QString bundle(const QString &name, const QByteArray &script)
    {
        const QString dir = m_work.filePath(name);
        writeFile(dir, "servers/01-web1.sh", script, true);
        writeFile(dir, "servers/order.txt", "01-web1.sh\t127.0.0.1\troot\t22\tweb1\n");
        writeFile(dir, "deploy.sh", "#!/usr/bin/env bash\nSW_VARIABLES=( )\n", true);
        return dir;
    }

    QStringList common() const
    {
        return {"--identity", m_sshd.userKey(), "--known-hosts", m_sshd.knownHosts()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QString error;
        QVERIFY2(m_sshd.start(&error), qPrintable(error));
    }

    void badInputExitsTwo()
    {
        QCOMPARE(cli({}).code, 2);
        const QString file = designFile(m_sshd.design({"web1"}), "one.json");
        CliRun r = cli({file, "--dry-run", "--check"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("cannot be combined"));
        r = cli({file, "--jobs", "0"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--jobs"));
        r = cli({file, "--frobnicate"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown option --frobnicate"));
        r = cli({m_work.filePath("missing.json"), "--check"});
        QCOMPARE(r.code, 2);
        r = cli({file, "--check", "--host", "nope"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("\"nope\" is not a server"));
        r = cli({file, "--bundle", m_work.filePath("no-bundle")});
        QCOMPARE(r.code, 2);
    }

    void dryRunAndDeploySucceed()
    {
        const QString file = designFile(m_sshd.design({"web1"}), "ok.json");
        const QString b = bundle("ok-bundle", "#!/bin/bash\necho hello from web1\necho oops >&2\n");
        CliRun r = cli(QStringList{file, "--dry-run", "--bundle", b} + common());
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains("[web1] succeeded"));
        QVERIFY(!r.out.contains("hello from web1"));

        r = cli(QStringList{file, "--bundle", b} + common());
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains("web1 | hello from web1"));
        QVERIFY(r.err.contains("web1 ! oops"));
        QVERIFY(r.out.contains("Summary (deploy): 1 succeeded"));
    }

    void aFailedServerExitsOne()
    {
        const QString file = designFile(m_sshd.design({"web1"}), "fail.json");
        const QString b = bundle("fail-bundle", "#!/bin/bash\necho trying\nexit 4\n");
        const CliRun r = cli(QStringList{file, "--bundle", b} + common());
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("exit status 4"));
        // The failed server's files stay on it, and the output says where.
        const QRegularExpressionMatch kept = QRegularExpression("stay in (/tmp/stackwright-\\w+)").match(r.out);
        QVERIFY2(kept.hasMatch(), qPrintable(r.out));
        QVERIFY(QFileInfo(kept.captured(1) + "/01-web1.sh").isFile());
        QDir(kept.captured(1)).removeRecursively();
    }

    void aHungCommandIsNamedWhileItRunsAndStopped()
    {
        // Issue 15: a command that never ends is named while it runs and
        // stopped after the per-command timeout (900 s unless given).
        const QString file = designFile(m_sshd.design({"web1"}), "hung.json");
        const QString b = bundle("hung-bundle", "#!/bin/bash\necho started\nsleep 100\n");
        const CliRun r = cli(QStringList{file, "--bundle", b, "--command-timeout", "3"} + common());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QRegularExpression("\\[web1\\] still running after \\d+ s \\(stopped after 3 s\\): 01-web1.sh")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("01-web1.sh timed out (each command may run 3 s, the whole server 3600 s)"), qPrintable(r.out));
        const QRegularExpressionMatch kept = QRegularExpression("stay in (/tmp/stackwright-\\w+)").match(r.out);
        if (kept.hasMatch())
            QDir(kept.captured(1)).removeRecursively();
        QVERIFY(cli({"--help"}).out.contains("--command-timeout SECONDS  each remote command (default 900)"));
    }

    void checkWithDifferencesExitsOne()
    {
        Design d = m_sshd.design({"web1"});
        Node apache;
        apache.id = "apache";
        apache.kind = Kind::WebServer;
        apache.parent = "web1";
        d.insertNode(apache);
        const CliRun r = cli(QStringList{designFile(d, "check.json"), "--check"} + common());
        QVERIFY2(r.code == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("web1  service apache2: expected active"), qPrintable(r.out));
        QVERIFY(r.out.contains("1 drifted"));
        // (A check that matches exits 0: see test_deploy_engine; here systemd
        // does not run, so the units the bundle installs on every server
        // cannot be active.)
    }

    void unknownHostKeyExitsTwoWithItsFingerprint()
    {
        const QString file = designFile(m_sshd.design({"web1"}), "unknown.json");
        const QString b = bundle("unknown-bundle", "#!/bin/bash\necho hi\n");
        const QString kh = m_work.filePath("fresh_known_hosts");
        const CliRun r = cli({file, "--dry-run", "--bundle", b, "--identity", m_sshd.userKey(), "--known-hosts", kh});
        QCOMPARE(r.code, 2);
        QVERIFY2((r.out + r.err).contains(m_sshd.hostFingerprint()), qPrintable(r.out + r.err));
        QVERIFY(!QFile::exists(kh));
        // With consent given up front, the key is remembered.
        const CliRun yes = cli({file, "--dry-run", "--bundle", b, "--identity", m_sshd.userKey(), "--known-hosts", kh,
                                "--yes-new-host-keys"});
        QVERIFY2(yes.code == 0, qPrintable(yes.out + yes.err));
        QVERIFY(QFile::exists(kh));
    }

    void changedHostKeyExitsTwo()
    {
        const QString file = designFile(m_sshd.design({"web1"}), "changed.json");
        const QString b = bundle("changed-bundle", "#!/bin/bash\necho hi\n");
        const CliRun r = cli({file, "--dry-run", "--bundle", b, "--identity", m_sshd.userKey(), "--known-hosts",
                              m_sshd.changedKnownHosts(), "--yes-new-host-keys"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains("CHANGED"), qPrintable(r.out + r.err));
    }

    void generatedBundleDryRun()
    {
        // The bundle of the design itself (exporters/bundle), parsed by bash -n on the server.
        Design d = m_sshd.design({"web1"});
        const CliRun r = cli(QStringList{designFile(d, "generated.json"), "--dry-run"} + common());
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains("[web1] succeeded"));
    }

    // The redundant template (HTTPS behind the load balancers) with its
    // generated bundle: the dry run prepares each server's private CA
    // material, and the CA outlives the temporary bundle (one per design file).
    void aGeneratedBundleKeepsItsPrivateCa()
    {
        Design d;
        QString error;
        QVERIFY2(loadTemplate("redundant", &d, &error), qPrintable(error));
        for (const Node *n : d.nodesOfKind(Kind::Server)) {
            Node *s = d.node(n->id);
            s->props.insert("address", "127.0.0.1");
            s->props.insert("ssh_port", m_sshd.port());
            s->props.insert("ssh_user", m_sshd.userName());
            s->props.insert("os", "debian-12");
        }
        const QString file = designFile(d, "redundant.json");
        QTemporaryDir data;
        QStringList cas;
        for (int round = 0; round < 2; ++round) {
            const CliRun r = cli(QStringList{file, "--dry-run"} + common(), data.path());
            QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
            QVERIFY2(r.err.contains("note: the stack's private CA is kept in " + data.path() + "/stackwright/private-ca/"),
                     qPrintable(r.err));
            QVERIFY2(r.out.contains("the script will be given SW_PRIVATE_CA, SW_PRIVATE_CERT, SW_PRIVATE_KEY"),
                     qPrintable(r.out));
            QDirIterator it(data.path(), {"ca.crt"}, QDir::Files, QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext())
                found << it.next();
            QCOMPARE(found.size(), 1);
            QFile ca(found.first());
            QVERIFY(ca.open(QIODevice::ReadOnly));
            cas << QString::fromLatin1(ca.readAll());
            QVERIFY(QFileInfo::exists(QFileInfo(found.first()).dir().filePath("web-01.crt")));
        }
        QVERIFY(cas[0].contains("BEGIN CERTIFICATE"));
        QCOMPARE(cas[1], cas[0]);
    }
};

QTEST_GUILESS_MAIN(TestDeployCli)
#include "test_deploy_cli.moc"
