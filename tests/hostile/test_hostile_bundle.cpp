// The shell and Ansible bundles on hostile use (issue 15): deploy.sh refuses
// an unknown host name or option with its usage and exit 2 (it used to say
// "All servers are provisioned." having done nothing); the monitoring
// collector's download is checked against a pinned SHA-256 and refused when
// it differs.
#include "tests/hostile/hostilehelpers.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>

using namespace hostile;

namespace {

struct Run {
    int code = -1;
    QString out, err;
};

Run run(const QString &program, const QStringList &args, const QString &dir = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Exports `d` as a bundle of `format` into `dir`; the CLI's result.
Run exportBundle(const sw::Design &d, const QString &format, const QString &dir)
{
    const QString in = dir + QStringLiteral(".json");
    if (!writeBytes(in, sw::writeJson(d)))
        return {};
    return run(QStringLiteral(SW_CLI_PATH), {QStringLiteral("export"), in, QStringLiteral("--format"), format,
                                             QStringLiteral("--output"), dir});
}

} // namespace

class TestHostileBundle : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_shell;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_shell = m_dir.filePath(QStringLiteral("shell"));
        const Run r = exportBundle(templateDesign(), QStringLiteral("shell"), m_shell);
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void deployShRefusesUnknownHostsAndOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("typo host") << QStringList{QStringLiteral("typo-host")} << 2 << "unknown host name: typo-host";
        QTest::newRow("one good, one typo") << QStringList{QStringLiteral("web-01"), QStringLiteral("web-1")} << 2
                                            << "unknown host name: web-1";
        QTest::newRow("two names in one") << QStringList{QStringLiteral("web-01 web-02")} << 2 << "unknown host name";
        QTest::newRow("empty name") << QStringList{QString()} << 2 << "unknown host name";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--yes")} << 2 << "unknown option: --yes";
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << "";
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << 0 << "";
    }
    void deployShRefusesUnknownHostsAndOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        // ssh must never be reached: a stub that fails loudly stands in for it.
        const QString bin = m_dir.filePath(QStringLiteral("bin"));
        QDir().mkpath(bin);
        QVERIFY(writeBytes(bin + QStringLiteral("/ssh"), "#!/bin/sh\necho SSH-CALLED >&2\nexit 97\n"));
        QFile::setPermissions(bin + QStringLiteral("/ssh"), QFile::ReadOwner | QFile::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        const Run r = run(QStringLiteral("bash"), QStringList{QStringLiteral("./deploy.sh")} + args, m_shell, env);
        QCOMPARE(r.code, code);
        QVERIFY2(!r.err.contains(QLatin1String("SSH-CALLED")) && !r.out.contains(QLatin1String("provisioned")),
                 qPrintable(r.out + r.err));
        const QString usage = code == 0 ? r.out : r.err;
        QVERIFY2(usage.contains(QLatin1String("Usage: ./deploy.sh [HOSTNAME...]"))
                     && usage.contains(QLatin1String("Host names: ")) && usage.contains(QLatin1String("web-01")),
                 qPrintable(usage));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void collectorDownloadCheckedAgainstPinnedChecksum_data()
    {
        QTest::addColumn<bool>("match");
        QTest::newRow("matching download installed") << true;
        QTest::newRow("different download refused") << false;
    }
    void collectorDownloadCheckedAgainstPinnedChecksum()
    {
        QFETCH(bool, match);
        // A design pins the checksum of the package it expects.
        const QByteArray package = "a collector package\n";
        const QByteArray sha = QCryptographicHash::hash(package, QCryptographicHash::Sha256).toHex();
        sw::Design d = templateDesign();
        for (const sw::Node &n : std::vector<sw::Node>(d.nodes()))
            if (n.kind == sw::Kind::MonitoringAgent)
                d.node(n.id)->props.insert(QStringLiteral("collector_sha256"), QString::fromLatin1(sha));
        const QString dir = m_dir.filePath(match ? QStringLiteral("pinned-a") : QStringLiteral("pinned-b"));
        Run r = exportBundle(d, QStringLiteral("shell"), dir);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString script = QString::fromUtf8(fileBytes(dir + QStringLiteral("/servers/01-db-01.sh")));
        QVERIFY2(script.contains(QStringLiteral(": \"${SUMOLOGIC_COLLECTOR_SHA256:=%1}\"").arg(QLatin1String(sha))),
                 qPrintable(script.left(3000)));
        // Run the script's own sw_sumologic with curl and apt-get stubbed: the
        // stub "downloads" the package (or another one).
        const qsizetype from = script.indexOf(QLatin1String("sw_sumologic() {"));
        const qsizetype to = script.indexOf(QLatin1String("\n}\n"), from);
        QVERIFY(from >= 0 && to > from);
        const QString bin = dir + QStringLiteral("-bin");
        QDir().mkpath(bin);
        QVERIFY(writeBytes(bin + QStringLiteral("/curl"),
                           "#!/bin/bash\nwhile [ \"$1\" != -o ]; do shift; done\nprintf '%s' \"$FAKE_PACKAGE\" >\"$2\"\n"));
        QVERIFY(writeBytes(bin + QStringLiteral("/apt-get"), "#!/bin/sh\necho INSTALLED\n"));
        for (const char *f : {"/curl", "/apt-get"})
            QFile::setPermissions(bin + QLatin1String(f), QFile::ReadOwner | QFile::ExeOwner);
        const QString test = QStringLiteral("sw_fail() { printf 'error: %s\\n' \"$*\" >&2; exit 1; }\nsw_log() { :; }\n")
                             + script.mid(from, to + 3 - from) + QStringLiteral("sw_sumologic\n");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("SUMOLOGIC_COLLECTOR_SHA256"), QString::fromLatin1(sha));
        env.insert(QStringLiteral("FAKE_PACKAGE"), QString::fromLatin1(match ? package : QByteArray("something else\n")));
        r = run(QStringLiteral("bash"), {QStringLiteral("-c"), test}, dir, env);
        if (match) {
            QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("INSTALLED")), qPrintable(r.out + r.err));
        } else {
            QVERIFY2(r.code == 1 && !r.out.contains(QLatin1String("INSTALLED")), qPrintable(r.out + r.err));
            QVERIFY2(r.err.contains(QLatin1String("does not match SUMOLOGIC_COLLECTOR_SHA256")), qPrintable(r.err));
        }
    }

    void ansibleDownloadPinsTheChecksum()
    {
        sw::Design d = templateDesign();
        const QString sha(64, QLatin1Char('a'));
        for (const sw::Node &n : std::vector<sw::Node>(d.nodes()))
            if (n.kind == sw::Kind::MonitoringAgent)
                d.node(n.id)->props.insert(QStringLiteral("collector_sha256"), sha);
        const QString dir = m_dir.filePath(QStringLiteral("ansible"));
        const Run r = exportBundle(d, QStringLiteral("ansible"), dir);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QByteArray all;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            all += fileBytes(it.next());
        QVERIFY(all.contains("checksum: \"sha256:{{ sumologic_collector_sha256 }}\""));
        QVERIFY(all.contains("sumologic_collector_sha256: \"" + sha.toLatin1() + "\"")
                || all.contains("sumologic_collector_sha256: " + sha.toLatin1()));
    }

    void malformedPinRefused()
    {
        sw::Design d = templateDesign();
        d.node(QStringLiteral("mon-db-1"))->props.insert(QStringLiteral("collector_sha256"), QStringLiteral("abc; rm -rf /"));
        const Run r = exportBundle(d, QStringLiteral("shell"), m_dir.filePath(QStringLiteral("bad-pin")));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("node \"mon-db-1\", field \"props.collector_sha256\": must be a SHA-256")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestHostileBundle)
#include "test_hostile_bundle.moc"
