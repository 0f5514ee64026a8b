// The DOT export of a generated 1,000-node design is laid out by the
// Graphviz installed here: `dot` accepts it (no "trouble in init_rank") and
// keeps every edge, and `neato -n2` draws the canvas's own positions.
#include "tests/pictures/picturetesthelpers.h"

#include "bench/common/generate.h"
#include "core/io/designfile.h"
#include "core/model/geometry.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace swtest;

class TestPicturesGraphviz : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    QString dotFile;
    sw::Design design;
    int edgeStatements = 0;

    // `-Tplain` lists one "edge TAIL HEAD ..." line per edge drawn and one
    // "node ID X Y ..." line per node (inches).
    static QStringList plainLines(const QByteArray &out, const char *what)
    {
        QStringList lines;
        for (const QByteArray &l : out.split('\n'))
            if (l.startsWith(what))
                lines << QString::fromUtf8(l);
        return lines;
    }

    ToolRun graphviz(const QString &tool, const QStringList &args)
    {
        const QString exe = QStandardPaths::findExecutable(tool);
        if (exe.isEmpty())
            return {};
        return runTool(exe, args + QStringList{QStringLiteral("-Tplain"), dotFile});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        design = sw::bench::generateDesign(1000, 1070);
        const QString json = dir.filePath(QStringLiteral("big.json"));
        QString error;
        QVERIFY2(sw::saveDesignFile(design, json, &error), qPrintable(error));
        dotFile = dir.filePath(QStringLiteral("big.dot"));
        const ToolRun r = runTool(QStringLiteral(SW_CLI_PATH),
                                  {QStringLiteral("export"), json, QStringLiteral("--format"), QStringLiteral("dot"),
                                   QStringLiteral("--output"), dotFile});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(dotFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains("newrank"));
        edgeStatements = int(text.count(" -> "));
        QVERIFY(edgeStatements >= int(design.links().size()));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("dot")).isEmpty(),
                 "Graphviz (package graphviz, listed in ./dev) is needed");
    }

    void dotLaysItOut()
    {
        const ToolRun r = graphviz(QStringLiteral("dot"), {});
        QVERIFY(r.started);
        QVERIFY2(r.exitCode == 0, r.err.left(400).constData());
        QVERIFY2(!r.err.contains("trouble"), r.err.left(400).constData());
        QCOMPARE(plainLines(r.out, "edge ").size(), edgeStatements);
        QCOMPARE(plainLines(r.out, "node ").size(), int(design.nodes().size()) - int(design.nodesOfKind(sw::Kind::Server).size()));
    }

    void neatoDrawsTheCanvasLayout()
    {
        const ToolRun r = graphviz(QStringLiteral("neato"), {QStringLiteral("-n2")});
        QVERIFY(r.started);
        QVERIFY2(r.exitCode == 0, r.err.left(400).constData());
        QCOMPARE(plainLines(r.out, "edge ").size(), edgeStatements);
        // Every node where the canvas has it: centre in points, y upwards.
        const sw::DiagramGeometry geo(design);
        const double top = geo.bounds().bottom();
        const QStringList nodes = plainLines(r.out, "node ");
        QCOMPARE(nodes.size(), int(design.nodes().size()) - int(design.nodesOfKind(sw::Kind::Server).size()));
        int checked = 0;
        for (const QString &line : nodes) {
            const QStringList f = line.split(QLatin1Char(' '));
            QVERIFY(f.size() > 4);
            QString id = f[1];
            id.remove(QLatin1Char('"'));
            const QRectF rect = geo.rect(id);
            QVERIFY2(!rect.isNull(), qPrintable(id));
            QVERIFY2(std::abs(f[2].toDouble() * 72 - rect.center().x()) < 1.0, qPrintable(line));
            QVERIFY2(std::abs(f[3].toDouble() * 72 - (top - rect.center().y())) < 1.0, qPrintable(line));
            ++checked;
        }
        QCOMPARE(checked, nodes.size());
        QVERIFY(checked > 600);
    }
};

QTEST_GUILESS_MAIN(TestPicturesGraphviz)
#include "test_pictures_graphviz.moc"
