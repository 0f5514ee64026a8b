// stackwright-cli new, convert and info, run as a user would: exit codes,
// messages on stderr, and no output file when the input is bad.
#include "core/io/designfile.h"
#include "core/io/templates.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace sw;

namespace {

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("LANGUAGE", "en");
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SW_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        return {};
    // Qt's own notes about the environment (XDG_RUNTIME_DIR ...) are not ours.
    QStringList err = QString::fromUtf8(p.readAllStandardError()).split('\n');
    err.removeIf([](const QString &l) { return l.startsWith("QStandardPaths:"); });
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            err.join('\n').trimmed()};
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &n) const { return m_dir.filePath(n); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newFromEveryTemplate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("ext");
        for (const QString &n : templateNames()) {
            QTest::newRow(qPrintable(n + " json")) << n << "json";
            QTest::newRow(qPrintable(n + " native")) << n << "stackwright";
        }
    }

    void newFromEveryTemplate()
    {
        QFETCH(QString, name);
        QFETCH(QString, ext);
        const QString out = path(name + "." + ext);
        const Result r = cli({"new", "--template", name, "--output", out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        Design made, expected;
        QString error;
        QVERIFY2(loadDesignFile(out, &made, &error), qPrintable(error));
        QVERIFY(loadTemplate(name, &expected, &error));
        QVERIFY(made == expected);
    }

    void newRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString out = "new-bad.json";
        QTest::newRow("no arguments") << QStringList{"new"} << "--template";
        QTest::newRow("no output") << QStringList{"new", "--template", "scale-up"} << "--output";
        QTest::newRow("output without value") << QStringList{"new", "--template", "scale-up", "--output"} << "--output";
        QTest::newRow("no template") << QStringList{"new", "--output", out} << "--template";
        QTest::newRow("unknown template") << QStringList{"new", "--template", "castle", "--output", out} << "castle";
        QTest::newRow("unknown option") << QStringList{"new", "--template", "scale-up", "--output", out, "--force"}
                                        << "--force";
        QTest::newRow("bad extension") << QStringList{"new", "--template", "scale-up", "--output", "new-bad.txt"}
                                       << ".stackwright";
        QTest::newRow("unwritable folder")
            << QStringList{"new", "--template", "scale-up", "--output", "no/such/dir/new-bad.json"} << "no/such/dir";
    }

    void newRefusesBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        for (QString &a : args)
            if (a.startsWith("new-bad") || a.startsWith("no/"))
                a = path(a);
        const Result r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("error:"), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(path("new-bad.json")));
        QVERIFY(!QFile::exists(path("new-bad.txt")));
    }

    void unknownTemplateListsTheKnownOnes()
    {
        const Result r = cli({"new", "--template", "castle", "--output", path("x.json")});
        QCOMPARE(r.code, 2);
        for (const QString &n : templateNames())
            QVERIFY2(r.err.contains(n), qPrintable(r.err));
    }

    void convertBothWays()
    {
        const QString json = path("conv.json"), native = path("conv.stackwright"), back = path("conv-back.json");
        QCOMPARE(cli({"new", "--template", "redundant", "--output", json}).code, 0);
        Result r = cli({"convert", json, native});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({"convert", native, back});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        Design a, b;
        QString error;
        QVERIFY(loadDesignFile(json, &a, &error));
        QVERIFY(loadDesignFile(back, &b, &error));
        QVERIFY(a == b);
        QFile fa(json), fb(back);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        QCOMPARE(fa.readAll(), fb.readAll());
    }

    void convertRefusesBadInput()
    {
        const QString broken = path("broken.json");
        writeText(broken, "{\n  \"format\": \"stackwright-design\",\n  \"version\": 1,\n  \"name\": \"x\"\n  \"nodes\": []\n}");
        const QString invalid = path("invalid.json");
        writeText(invalid, R"({"format": "stackwright-design", "version": 1, "name": "x",
            "nodes": [{"id": "web", "kind": "web-server"}], "links": []})");
        const QString newer = path("newer.json");
        writeText(newer, R"({"format": "stackwright-design", "version": 7, "name": "x", "nodes": [], "links": []})");
        const QString notDb = path("text.stackwright");
        writeText(notDb, "this is not a database, only some words in a file of text");
        const QString good = path("good.json");
        QCOMPARE(cli({"new", "--template", "scale-up", "--output", good}).code, 0);
        const QString out = path("out.stackwright");

        struct Case {
            QStringList args;
            QStringList messages;
        };
        const QVector<Case> cases{
            {{"convert"}, {"IN and OUT"}},
            {{"convert", good}, {"OUT"}},
            {{"convert", good, out, "extra"}, {"extra"}},
            {{"convert", path("missing.json"), out}, {"missing.json", "cannot open"}},
            {{"convert", broken, out}, {"broken.json", "line 5", "column"}},
            {{"convert", invalid, out}, {"invalid.json", "node \"web\"", "\"parent\""}},
            {{"convert", newer, out}, {"newer.json", "newer Stackwright"}},
            {{"convert", notDb, path("out.json")}, {"text.stackwright", "not an SQLite database"}},
            {{"convert", good, path("out.txt")}, {".json or .stackwright"}},
            {{"convert", good, path("nowhere/out.stackwright")}, {"nowhere/out.stackwright"}},
            {{"convert", good, good}, {"same file"}},
        };
        for (const Case &c : cases) {
            const Result r = cli(c.args);
            QVERIFY2(r.code == 2, qPrintable(c.args.join(' ') + ": " + QString::number(r.code)));
            for (const QString &m : c.messages)
                QVERIFY2(r.err.contains(m), qPrintable(c.args.join(' ') + " -> " + r.err));
            QVERIFY(!QFile::exists(out));
            QVERIFY(!QFile::exists(path("out.json")));
        }
        // A failed convert leaves an existing output as it was.
        writeText(out, "old contents");
        QCOMPARE(cli({"convert", broken, out}).code, 2);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old contents"));
    }

    void infoSummarises()
    {
        const QString file = path("info.stackwright");
        QCOMPARE(cli({"new", "--template", "scale-up", "--output", file}).code, 0);
        const Result r = cli({"info", file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        QVERIFY2(r.out.contains("www.foobar.com (scale up)"), qPrintable(r.out));
        QVERIFY(r.out.contains("scale-up"));
        QVERIFY2(r.out.contains("server 5"), qPrintable(r.out));
        QVERIFY(r.out.contains("load-balancer 2"));
        QVERIFY(r.out.contains("Links:    5"));
        // Each server with its host name, address and what runs on it.
        QVERIFY(r.out.contains("lb-01"));
        QVERIFY(r.out.contains("10.0.3.41"));
        const QStringList lines = r.out.split('\n');
        int dbLine = -1;
        for (int i = 0; i < lines.size(); ++i)
            if (lines[i].trimmed().startsWith("db-1"))
                dbLine = i;
        QVERIFY(dbLine >= 0);
        QVERIFY2(lines.value(dbLine + 1).contains("database mysql"), qPrintable(r.out));
        QVERIFY(lines.value(dbLine + 1).contains("firewall fw-db-1"));
        QVERIFY(r.out.contains("lb-cluster"));
        QVERIFY2(lines.size() <= 40, "one screen");
    }

    void infoRefusesBadInput()
    {
        Result r = cli({"info"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("FILE"));
        r = cli({"info", path("nothing.json")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("nothing.json"));
        const QString bad = path("bad-info.json");
        writeText(bad, R"({"format": "stackwright-design", "version": 1, "name": "x",
            "nodes": [{"id": "s", "kind": "server", "props": {"hostname": "bad_name"}}], "links": []})");
        r = cli({"info", bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("node \"s\"") && r.err.contains("props.hostname"), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void helpPerCommand()
    {
        for (const char *c : {"new", "convert", "info"}) {
            const Result r = cli({c, "--help"});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(QString("stackwright-cli %1").arg(c)), qPrintable(r.out));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
