// The command-line conventions every stackwright-cli command follows, run as
// a user would: --help and -h on every command (exit 0, stdout), --version,
// --opt=value, "-" for standard input and output, a clean stderr when
// XDG_RUNTIME_DIR is unset, JSON outputs with "format" and "version", and an
// output onto an input refused with the input left byte-identical.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Result {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the CLI with XDG_RUNTIME_DIR unset; stderr is returned untouched.
Result cli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("XDG_RUNTIME_DIR");
    env.remove("QT_QPA_PLATFORM"); // the CLI chooses offscreen itself
    env.insert("LANGUAGE", "en");
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SW_CLI_PATH), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QStringList commandNames()
{
    const Result r = cli({"--help"});
    QStringList names;
    bool inList = false;
    for (const QString &line : QString::fromUtf8(r.out).split('\n')) {
        if (line == "commands:")
            inList = true;
        else if (inList && line.startsWith("  ") && line.size() > 2 && line[2].isLower())
            names << line.mid(2).section(' ', 0, 0);
        else if (inList && line.isEmpty())
            inList = false;
    }
    return names;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliConventions : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &n) const { return m_dir.filePath(n); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Result r = cli({"new", "--template=scale-up", "--output=" + path("d.json")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(cli({"convert", path("d.json"), path("d.stackwright")}).code, 0);
    }

    void everyCommandAnswersHelp()
    {
        const QStringList names = commandNames();
        for (const char *c : {"new", "convert", "info", "validate", "rules", "export", "deploy", "analyse", "grade"})
            QVERIFY2(names.contains(c), qPrintable(names.join(' ')));
        for (const QString &c : names) {
            for (const char *flag : {"--help", "-h"}) {
                const Result r = cli({c, flag});
                QVERIFY2(r.code == 0, qPrintable(c + " " + flag + ": " + QString::number(r.code) + r.err));
                QVERIFY2(r.out.contains("stackwright-cli " + c.toUtf8()), qPrintable(c + ": " + r.out));
                QVERIFY2(r.out.contains("--help"), qPrintable(c));
                QVERIFY2(r.err.isEmpty(), qPrintable(c + ": " + r.err));
            }
        }
    }

    void versionIsTheProjectVersion()
    {
        const Result r = cli({"--version"});
        QCOMPARE(r.code, 0);
        QCOMPARE(QString::fromUtf8(r.out).trimmed(), QStringLiteral("stackwright-cli " SW_PROJECT_VERSION));
        QVERIFY(r.err.isEmpty());
    }

    void stderrIsEmptyOnSuccess_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("info") << QStringList{"info", path("d.stackwright")};
        QTest::newRow("validate json") << QStringList{"validate", path("d.json"), "--format=json", "--profile=scale-up"};
        QTest::newRow("rules") << QStringList{"rules", "--format", "json"};
        QTest::newRow("analyse") << QStringList{"analyse", path("d.json"), "--format=json"};
        QTest::newRow("export svg") << QStringList{"export", path("d.json"), "--format=svg", "-o", path("d.svg")};
    }
    void stderrIsEmptyOnSuccess()
    {
        QFETCH(QStringList, args);
        const Result r = cli(args);
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(QString::number(r.code)));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(!r.out.isEmpty());
    }

    void jsonOutputsCarryFormatAndVersion_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("format");
        QTest::newRow("validate") << QStringList{"validate", path("d.json"), "--format", "json"} << "stackwright-findings";
        QTest::newRow("rules") << QStringList{"rules", "--format=json"} << "stackwright-rules";
        QTest::newRow("analyse") << QStringList{"analyse", path("d.json"), "--format", "json"} << "stackwright-analysis";
    }
    void jsonOutputsCarryFormatAndVersion()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, format);
        const Result r = cli(args);
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &e).object();
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
        QCOMPARE(o.value("format").toString(), format);
        QCOMPARE(o.value("version").toInt(), 1);
    }

    void standardInputAndOutput()
    {
        // new to stdout, then validate and info reading stdin.
        const Result json = cli({"new", "--template", "redundant", "--output", "-"});
        QCOMPARE(json.code, 0);
        QVERIFY(json.err.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value("format").toString(), QString("stackwright-design"));
        const Result info = cli({"info", "-"}, json.out);
        QCOMPARE(info.code, 0);
        QVERIFY2(info.out.contains("Nodes:"), info.out.constData());
        // A .stackwright file on stdin is recognised by its header.
        const Result native = cli({"convert", "-", "-"}, fileBytes(path("d.stackwright")));
        QCOMPARE(native.code, 0);
        QCOMPARE(QJsonDocument::fromJson(native.out).object().value("name").toString(), QString("www.foobar.com (scale up)"));
        // A picture to stdout is the picture only.
        const Result svg = cli({"export", "-", "--format=svg", "--output=-"}, json.out);
        QCOMPARE(svg.code, 0);
        QVERIFY2(svg.out.startsWith("<?xml") || svg.out.startsWith("<svg"), svg.out.left(80).constData());
        QVERIFY(svg.err.isEmpty());
        // Bad input on stdin names standard input.
        const Result bad = cli({"validate", "-"}, "{\"format\": 1}");
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("standard input"), bad.err.constData());
    }

    void optionsWithEquals()
    {
        const Result r = cli({"validate", path("d.json"), "--profile=none", "--format=json"});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("profile").type(), QJsonValue::Null);
        const Result unknown = cli({"info", path("d.json"), "--colour=red"});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains("--colour"), unknown.err.constData());
    }

    void outputOntoInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("input");
        QTest::newRow("png onto json") << QStringList{"export", path("d.json"), "--format", "png", "--output", path("d.json")} << path("d.json");
        QTest::newRow("svg onto native, = form") << QStringList{"export", path("d.stackwright"), "--format=svg", "--output=" + path("d.stackwright")} << path("d.stackwright");
        QTest::newRow("report onto input via ./")
            << QStringList{"export", path("d.json"), "--format", "report", "-o", m_dir.path() + "/./d.json"} << path("d.json");
        QTest::newRow("shell bundle onto input") << QStringList{"export", path("d.json"), "--format", "shell", "--output", path("d.json")} << path("d.json");
        QTest::newRow("bundle folder holding input") << QStringList{"export", path("d.json"), "--format", "ansible", "--output", m_dir.path()} << path("d.json");
        QTest::newRow("convert onto itself") << QStringList{"convert", path("d.json"), path("d.json")} << path("d.json");
    }
    void outputOntoInputIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, input);
        const QByteArray before = fileBytes(input);
        QVERIFY(!before.isEmpty());
        const Result r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("error:"), r.err.constData());
        QCOMPARE(QCryptographicHash::hash(fileBytes(input), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(before, QCryptographicHash::Sha256));
        QVERIFY(QFile::exists(path("d.stackwright")));
    }

    void noArgumentsPrintsUsage()
    {
        const Result r = cli({});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith("usage: stackwright-cli"));
    }
};

QTEST_GUILESS_MAIN(TestCliConventions)
#include "test_cli_conventions.moc"
