// The layers the build enforces (issue 13): every #include of the program
// names its file from the repository root and points down the layers
// core < look < exporters < deploy < widgets < app; the widgets reach the
// exporters only through the headers tests/structure/layering.cpp allows;
// no library links one above it. The last test feeds the check a tree with
// one bad edge of each sort and expects each one named with file and line.
#include "tests/structure/layering.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sw::structure;

namespace {

QStringList texts(const QVector<Violation> &vs)
{
    QStringList out;
    for (const Violation &v : vs)
        out << v.toString();
    return out;
}

void write(const QString &root, const QString &path, const QByteArray &text)
{
    QVERIFY(QDir(root).mkpath(QFileInfo(path).path()));
    QFile f(root + QLatin1Char('/') + path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestLayering : public QObject {
    Q_OBJECT
    const QString m_root = QStringLiteral(SW_SOURCE_DIR);

private slots:
    void includesPointDown()
    {
        const QStringList bad = texts(checkIncludes(m_root));
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("\n") + bad.join(QLatin1Char('\n'))));
    }

    void librariesLinkDown()
    {
        const QStringList bad = texts(checkLinks(m_root));
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("\n") + bad.join(QLatin1Char('\n'))));
    }

    // The allowed widgets -> exporters headers stay the short list in use.
    void everyAllowanceIsUsed()
    {
        const QStringList unused = unusedAllowances(m_root);
        QVERIFY2(unused.isEmpty(), qPrintable(QStringLiteral("no longer included, remove from tests/structure/layering.cpp: ")
                                              + unused.join(QStringLiteral(", "))));
        for (const AllowedInclude &a : allowedExporterHeaders()) {
            QVERIFY2(a.header.startsWith(QLatin1String("exporters/")), qPrintable(a.header));
            QVERIFY2(!a.why.isEmpty(), qPrintable(a.header));
        }
    }

    // The check fails, naming file, line and edge, on each sort of bad edge.
    void badEdgesAreNamed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString r = dir.path();
        write(r, QStringLiteral("core/model/design.h"), "#pragma once\n");
        write(r, QStringLiteral("look/style.h"), "#include \"core/model/design.h\"\n");
        write(r, QStringLiteral("exporters/pictures/diagramrenderer.h"), "#include \"look/style.h\"\n");
        write(r, QStringLiteral("exporters/pictures/pngexporter.h"), "#pragma once\n");
        write(r, QStringLiteral("deploy/ssh/engine.h"), "#include \"exporters/pictures/pngexporter.h\"\n");
        write(r, QStringLiteral("widgets/canvas/view.h"), "#include \"deploy/ssh/engine.h\"\n");
        write(r, QStringLiteral("app/mainwindow.h"), "#include \"widgets/canvas/view.h\"\n#include \"mainwindow.moc\"\n");
        // The bad ones.
        write(r, QStringLiteral("core/io/load.cpp"), "// a line\n#include \"design.h\"\n#include \"widgets/canvas/view.h\"\n");
        write(r, QStringLiteral("look/paint.cpp"), "#include \"look/style.h\"\n#include \"exporters/pictures/pngexporter.h\"\n");
        write(r, QStringLiteral("exporters/bundle/shell.cpp"), "#include \"deploy/ssh/engine.h\"\n");
        write(r, QStringLiteral("deploy/ssh/engine.cpp"), "#include \"deploy/ssh/engine.h\"\n#include \"app/mainwindow.h\"\n");
        write(r, QStringLiteral("widgets/canvas/view.cpp"), "#include \"app/mainwindow.h\"\n");
        write(r, QStringLiteral("widgets/canvas/scene.cpp"), "#include \"exporters/pictures/pngexporter.h\"\n");
        write(r, QStringLiteral("widgets/export/dialog.cpp"), "#include \"exporters/pictures/diagramrenderer.h\"\n"
                                                              "  #  include \"exporters/pictures/pngexporter.h\"\n");
        write(r, QStringLiteral("widgets/panels/p.cpp"), "#include \"tests/helpers.h\"\n");
        write(r, QStringLiteral("tests/helpers.h"), "#include \"core/model/gone.h\"\n#include \"app/mainwindow.h\"\n");
        write(r, QStringLiteral("core/CMakeLists.txt"), "add_library(swcore STATIC a.cpp)\n"
                                                        "# target_link_libraries(swcore PUBLIC swwidgets)\n"
                                                        "target_link_libraries(swcore\n  PUBLIC Qt6::Core swwidgets)\n");
        write(r, QStringLiteral("widgets/CMakeLists.txt"), "add_library(swwidgets STATIC a.cpp)\n"
                                                           "target_link_libraries(swwidgets PUBLIC swcore swpictures)\n");
        write(r, QStringLiteral("exporters/CMakeLists.txt"), "qt_add_library(swpictures STATIC a.cpp)\n"
                                                             "target_link_libraries(swpictures PRIVATE swcore swapp)\n");
        write(r, QStringLiteral("app/CMakeLists.txt"), "add_library(swapp STATIC a.cpp)\n"
                                                       "target_link_libraries(swapp PUBLIC swwidgets swpictures)\n");

        QStringList got = texts(checkIncludes(r));
        got.sort();
        const QString down = QStringLiteral(": a layer includes only itself and the layers below it "
                                            "(core < look < exporters < deploy < widgets < app)");
        QStringList expected = {
            QStringLiteral("core/io/load.cpp:2: bare include \"design.h\": name the file from the repository root "
                           "(e.g. \"core/model/design.h\")"),
            QStringLiteral("core/io/load.cpp:3: core -> widgets (widgets/canvas/view.h)") + down,
            QStringLiteral("look/paint.cpp:2: look -> exporters (exporters/pictures/pngexporter.h)") + down,
            QStringLiteral("exporters/bundle/shell.cpp:1: exporters -> deploy (deploy/ssh/engine.h)") + down,
            QStringLiteral("deploy/ssh/engine.cpp:2: deploy -> app (app/mainwindow.h)") + down,
            QStringLiteral("widgets/canvas/view.cpp:1: widgets -> app (app/mainwindow.h)") + down,
            QStringLiteral("widgets/canvas/scene.cpp:1: widgets -> exporters (exporters/pictures/pngexporter.h): widgets "
                           "reach the exporters only through the look, the registries and the headers allowed in "
                           "tests/structure/layering.cpp"),
            QStringLiteral("widgets/panels/p.cpp:1: widgets -> tests (tests/helpers.h): the program includes no test code"),
            QStringLiteral("tests/helpers.h:1: \"core/model/gone.h\" does not exist"),
        };
        expected.sort();
        QCOMPARE(got, expected);

        QStringList links = texts(checkLinks(r));
        links.sort();
        QStringList expectedLinks = {
            QStringLiteral("core/CMakeLists.txt:3: swcore (core) links swwidgets (widgets): a library links only its "
                           "own layer and the layers below it"),
            QStringLiteral("exporters/CMakeLists.txt:2: swpictures (exporters) links swapp (app): a library links only "
                           "its own layer and the layers below it"),
        };
        QCOMPARE(links, expectedLinks);

        // widgets/export uses two of its allowances in this tree; the rest are unused here.
        const QStringList unused = unusedAllowances(r);
        QVERIFY(!unused.contains(QStringLiteral("widgets/export -> exporters/pictures/diagramrenderer.h")));
        QVERIFY(!unused.contains(QStringLiteral("widgets/export -> exporters/pictures/pngexporter.h")));
        QVERIFY(unused.contains(QStringLiteral("widgets/deploy -> exporters/bundle/shellbundle.h")));
    }
};

QTEST_MAIN(TestLayering)
#include "test_layering.moc"
