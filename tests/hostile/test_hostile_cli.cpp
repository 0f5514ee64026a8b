// The command line on hostile input (issue 15): bad input exits 2 with a
// message naming the file and where; a full disk is reported in the system's
// own words, never "Unknown error".
#include "tests/hostile/hostilehelpers.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace hostile;

namespace {

struct Run {
    int code = -1;
    QString out, err;
};

Run cli(const QStringList &args, const QString &wrapper = {}, const QStringList &wrapperArgs = {})
{
    QProcess p;
    if (wrapper.isEmpty())
        p.start(QStringLiteral(SW_CLI_PATH), args);
    else
        p.start(wrapper, wrapperArgs + QStringList{QStringLiteral(SW_CLI_PATH)} + args);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(240000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestHostileCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void badInputExitsTwo_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = R"({"format": "stackwright-design", "version": 1, "name": )";
        QByteArray nul = head + R"("a b", "nodes": [], "links": []})";
        nul[head.size() + 2] = '\0';
        QTest::newRow("NUL byte") << nul << "NUL byte";
        QTest::newRow("duplicate key") << QByteArray(head + R"("a", "nodes": [], "links": [], "links": []})")
                                       << "the key \"links\" appears twice";
        QTest::newRow("lone surrogate") << QByteArray(head + R"("\ud800", "nodes": [], "links": []})") << "surrogate";
        QTest::newRow("8000 nested zones") << nestedZones(8000, false) << "a zone cannot be inside anything";
        QTest::newRow("8000 zones in a cycle") << nestedZones(8000, true) << "the parents form a cycle";
    }
    void badInputExitsTwo()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString file = m_dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeBytes(file, json));
        for (const char *command : {"validate", "convert"}) {
            QStringList args{QLatin1String(command), file};
            if (args.first() == QLatin1String("convert"))
                args << m_dir.filePath(QStringLiteral("out.stackwright"));
            const Run r = cli(args);
            QVERIFY2(r.code == 2, qPrintable(QStringLiteral("%1: exit %2: %3").arg(command).arg(r.code).arg(r.err.left(500))));
            QVERIFY2(r.err.contains(file) && r.err.contains(expected), qPrintable(r.err.left(500)));
            QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("out.stackwright"))));
        }
    }

    void devicesExitTwoAtOnce()
    {
        for (const char *dev : {"/dev/zero", "/dev/urandom"}) {
            const QString link = m_dir.filePath(QStringLiteral("dev.json"));
            QFile::remove(link);
            QVERIFY(QFile::link(QLatin1String(dev), link));
            const Run r = cli({QStringLiteral("validate"), link});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QLatin1String("it is a device")), qPrintable(r.err));
        }
    }

    void walFileOnReadOnlyFileSystemReads()
    {
        // A WAL-mode .stackwright on a read-only file system (a bind mount
        // made read-only in a mount namespace of our own) is read, not
        // called damaged.
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (unshare.isEmpty() || sqlite.isEmpty())
            QSKIP("unshare or sqlite3 is not installed");
        const QString ro = m_dir.filePath(QStringLiteral("ro")), file = ro + QStringLiteral("/wal.stackwright");
        QDir().mkpath(ro);
        const Run made = cli({QStringLiteral("convert"), QStringLiteral(SW_SOURCE_DIR "/resources/templates/redundant.json"), file});
        QCOMPARE(made.code, 0);
        QProcess wal;
        wal.start(sqlite, {file, QStringLiteral("PRAGMA journal_mode = WAL;")});
        QVERIFY(wal.waitForFinished(10000) && wal.exitCode() == 0);
        QProcess probe;
        probe.start(unshare, {QStringLiteral("-rm"), QStringLiteral("true")});
        if (!probe.waitForFinished(10000) || probe.exitCode() != 0)
            QSKIP("cannot make a mount namespace here (unshare -rm)");
        const QString script = QStringLiteral("mount --bind \"$1\" \"$1\" && mount -o remount,ro,bind \"$1\" && shift && exec \"$@\"");
        const Run r = cli({QStringLiteral("info"), file}, unshare,
                          {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), ro});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("damaged")), qPrintable(r.err));
        QCOMPARE(QDir(ro).entryList(QDir::Files), QStringList{QStringLiteral("wal.stackwright")});
    }

    void fullDiskSaysSo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("json") << QStringList{QStringLiteral("convert"), QStringLiteral("IN"), QStringLiteral("DIR/out.json")};
        QTest::newRow("stackwright") << QStringList{QStringLiteral("convert"), QStringLiteral("IN"), QStringLiteral("DIR/out.stackwright")};
        QTest::newRow("png") << QStringList{QStringLiteral("export"), QStringLiteral("IN"), QStringLiteral("--format"),
                                            QStringLiteral("png"), QStringLiteral("--output"), QStringLiteral("DIR/out.png")};
        QTest::newRow("svg") << QStringList{QStringLiteral("export"), QStringLiteral("IN"), QStringLiteral("--format"),
                                            QStringLiteral("svg"), QStringLiteral("--output"), QStringLiteral("DIR/out.svg")};
    }
    void fullDiskSaysSo()
    {
        QFETCH(QStringList, args);
        // A 4 KiB tmpfs in a mount namespace of our own (gone when it ends).
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty())
            QSKIP("unshare is not installed");
        const QString in = m_dir.filePath(QStringLiteral("in.json")), small = m_dir.filePath(QStringLiteral("small"));
        QDir().mkpath(small);
        sw::Design big = templateDesign();
        for (const sw::Node &n : std::vector<sw::Node>(big.nodes()))
            big.node(n.id)->label = QString(150, QLatin1Char('x'));
        QVERIFY(writeBytes(in, sw::writeJson(big)));
        for (QString &a : args)
            a.replace(QLatin1String("IN"), in).replace(QLatin1String("DIR"), small);
        const QString script = QStringLiteral("mount -t tmpfs -o size=4k tmpfs \"$1\" && shift && exec \"$@\"");
        QProcess probe;
        probe.start(unshare, {QStringLiteral("-rm"), QStringLiteral("true")});
        if (!probe.waitForFinished(10000) || probe.exitCode() != 0)
            QSKIP("cannot make a mount namespace here (unshare -rm)");
        const Run r = cli(args, unshare,
                          {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), small});
        QVERIFY2(r.code != 0 && r.code != -1, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("No space left on device")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("Unknown error")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "test_hostile_cli.moc"
