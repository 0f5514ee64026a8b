#include "tests/pictures/picturetesthelpers.h"

#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace swtest;

class TestPicturesCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    QString design;

    ToolRun cli(const QStringList &args)
    {
        return runTool(QStringLiteral(SW_CLI_PATH), QStringList{QStringLiteral("export")} + args);
    }
    QStringList files() const { return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden); }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        design = QStringLiteral(SW_SOURCE_DIR "/resources/templates/scale-up.json");
        QVERIFY(QFile::exists(design));
    }

    void everyFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << "png" << "out.png" << QByteArray("\x89PNG");
        QTest::newRow("svg") << "svg" << "out.svg" << QByteArray("<?xml");
        QTest::newRow("pdf") << "pdf" << "out.pdf" << QByteArray("%PDF");
        QTest::newRow("dot") << "dot" << "out.dot" << QByteArray("digraph");
        QTest::newRow("report html") << "report" << "report.html" << QByteArray("<!DOCTYPE html>");
        QTest::newRow("report pdf") << "report" << "report.pdf" << QByteArray("%PDF");
    }
    void everyFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        QFETCH(QByteArray, magic);
        const QString out = dir.filePath(file);
        const ToolRun r = cli({design, QStringLiteral("--format"), format, QStringLiteral("--output"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(magic.size()) == magic);
    }

    void pngOptions()
    {
        const QString out = dir.filePath(QStringLiteral("opts.png"));
        const ToolRun small = cli({design, QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--output"), out,
                                   QStringLiteral("--scale"), QStringLiteral("1")});
        QCOMPARE(small.exitCode, 0);
        const QSize s1 = QImageReader(out).size();
        const ToolRun big = cli({design, QStringLiteral("--format=png"), QStringLiteral("--output"), out,
                                 QStringLiteral("--dpi"), QStringLiteral("192"), QStringLiteral("--background"),
                                 QStringLiteral("transparent")});
        QCOMPARE(big.exitCode, 0);
        const QImage img(out);
        QVERIFY(qAbs(img.width() - 2 * s1.width()) <= 1);
        QCOMPARE(img.pixelColor(0, 0).alpha(), 0);
        const ToolRun letter = cli({design, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"),
                                    dir.filePath(QStringLiteral("letter.pdf")), QStringLiteral("--paper"), QStringLiteral("letter")});
        QCOMPARE(letter.exitCode, 0);
        if (haveTool(QStringLiteral("pdfinfo"))) {
            const ToolRun info = runTool(QStringLiteral("pdfinfo"), {dir.filePath(QStringLiteral("letter.pdf"))});
            QVERIFY(info.out.contains("792 x 612") || info.out.contains("612 x 792"));
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("bad.png");
        // Without --format the extension of --output chooses (test_export_registry); one
        // that names no format is refused.
        QTest::newRow("no format") << QStringList{"@D", "--output", dir.filePath(QStringLiteral("bad.xyz"))} << "format";
        QTest::newRow("unknown format") << QStringList{"@D", "--format", "gif", "--output", out} << "--format";
        QTest::newRow("no output") << QStringList{"@D", "--format", "png"} << "--output";
        QTest::newRow("missing file") << QStringList{"/nonexistent/x.json", "--format", "png", "--output", out} << "x.json";
        QTest::newRow("bad scale") << QStringList{"@D", "--format", "png", "--output", out, "--scale", "huge"} << "huge";
        QTest::newRow("bad dpi") << QStringList{"@D", "--format", "png", "--output", out, "--dpi", "0"} << "--dpi";
        QTest::newRow("bad background") << QStringList{"@D", "--format", "png", "--output", out, "--background", "red"} << "red";
        QTest::newRow("bad paper") << QStringList{"@D", "--format", "pdf", "--output", out, "--paper", "a3"} << "a3";
        QTest::newRow("report extension") << QStringList{"@D", "--format", "report", "--output", "r.txt"} << ".html";
        QTest::newRow("unknown option") << QStringList{"@D", "--format", "png", "--output", out, "--frobnicate"} << "--frobnicate";
        QTest::newRow("unknown selection") << QStringList{"@D", "--format", "png", "--output", out, "--select", "ghost"} << "ghost";
        QTest::newRow("unwritable path") << QStringList{"@D", "--format", "png", "--output", "/nonexistent-dir/x.png"} << "/nonexistent-dir";
        QTest::newRow("output is a folder") << QStringList{"@D", "--format", "svg", "--output", "/tmp"} << "folder";
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        for (QString &a : args) {
            if (a == QLatin1String("@D"))
                a = design;
            else if (a.endsWith(QLatin1String(".png")) && !a.startsWith(QLatin1Char('/')))
                a = dir.filePath(a);
            else if (a == QLatin1String("r.txt"))
                a = dir.filePath(a);
        }
        const QStringList before = files();
        const ToolRun r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(files(), before); // nothing written, no temp file left
    }

    void invalidDesignKeepsOldFile()
    {
        const QString bad = dir.filePath(QStringLiteral("broken.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"stackwright-design\", \"version\": 1, \"nodes\": [");
        f.close();
        const QString out = dir.filePath(QStringLiteral("keep.svg"));
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        const ToolRun r = cli({bad, QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--output"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("broken.json")));
        QFile check(out);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("old"));
    }

    void unplacedDesignIsLaidOut()
    {
        // A design without any position exports with every node placed.
        QFile in(design);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray nodes;
        for (const QJsonValue &v : doc.value(QStringLiteral("nodes")).toArray()) {
            QJsonObject o = v.toObject();
            o.remove(QStringLiteral("x"));
            o.remove(QStringLiteral("y"));
            nodes.append(o);
        }
        doc.insert(QStringLiteral("nodes"), nodes);
        const QByteArray json = QJsonDocument(doc).toJson();
        const QString unplaced = dir.filePath(QStringLiteral("unplaced.json"));
        QFile out(unplaced);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        out.close();
        const QString png = dir.filePath(QStringLiteral("unplaced.png"));
        const ToolRun r = cli({unplaced, QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--output"), png});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QSize s = QImageReader(png).size();
        QVERIFY(s.width() > 600 && s.height() > 200);
        // auto (the default) says that Graphviz ran and how long it took.
        QVERIFY2(r.err.contains("laid out") && r.err.contains(" ms"), r.err.constData());

        // never: no Graphviz, the nodes are stacked in columns, still all drawn.
        const QString svg = dir.filePath(QStringLiteral("never.svg"));
        const ToolRun never = cli({unplaced, QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--output"), svg,
                                   QStringLiteral("--layout"), QStringLiteral("never")});
        QVERIFY2(never.exitCode == 0, never.err.constData());
        QVERIFY2(!never.err.contains("laid out"), never.err.constData());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(int(f.readAll().count("data-id=")), int(nodes.size()));

        // always lays out a fully placed design too; a wrong value is refused.
        const ToolRun always = cli({design, QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--output"), svg,
                                    QStringLiteral("--layout=always")});
        QVERIFY2(always.exitCode == 0, always.err.constData());
        QVERIFY2(always.err.contains("laid out"), always.err.constData());
        const ToolRun placed = cli({design, QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--output"), svg});
        QVERIFY2(!placed.err.contains("laid out"), placed.err.constData());
        const ToolRun bad = cli({design, QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--output"), svg,
                                 QStringLiteral("--layout"), QStringLiteral("sometimes")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--layout"));
    }
};

QTEST_MAIN(TestPicturesCli)
#include "test_pictures_cli.moc"
