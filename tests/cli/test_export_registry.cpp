// The export registry (exporters/formats) is the only list of formats: the
// CLI's `export` (--format values, --help, the format found from the
// output's extension), File > Export (pictures and bundles) and the export
// options dialog show exactly its formats and options; a format added to
// the registry appears in all three and is written by its own exporter.
#include "app/cli/cli.h"
#include "core/model/designmodel.h"
#include "core/io/templates.h"
#include "exporters/formats/exportformat.h"
#include "widgets/bundle/bundleexport.h"
#include "widgets/canvas/editorcontext.h"
#include "widgets/export/exportoptionsdialog.h"
#include "widgets/export/pictureexport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace sw;

namespace {

struct Run {
    int code = 0;
    QString out, err;
};

Run runCli(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    cli::Io io{o, e};
    Run r;
    r.code = cli::runExport(args, io);
    o.flush();
    e.flush();
    r.out = out;
    r.err = err;
    return r;
}

// The formats' menu texts, pictures first, as the registry has them.
QStringList registryMenuTexts()
{
    QStringList out;
    for (const ExportFormat &f : ExportFormats::all())
        if (!f.folder)
            out << f.displayMenuText();
    for (const ExportFormat &f : ExportFormats::all())
        if (f.folder)
            out << f.displayMenuText();
    return out;
}

// File > Export as the main window builds it: pictures, then bundles.
QStringList menuTexts(DesignModel *model)
{
    QMainWindow window;
    QMenu *exportMenu = window.menuBar()->addMenu(QStringLiteral("Export"));
    EditorContext ctx;
    ctx.model = model;
    ctx.window = &window;
    ctx.exportMenu = exportMenu;
    attachPictureExport(ctx);
    attachBundleExport(ctx);
    QStringList texts;
    for (QAction *a : exportMenu->actions())
        texts << a->text();
    return texts;
}

// The `--format` line of `export --help`.
QString formatHelp()
{
    const Run r = runCli({QStringLiteral("--help")});
    for (const QString &line : r.out.split(QLatin1Char('\n')))
        if (line.contains(QLatin1String("--format")))
            return line;
    return QString();
}

// A text format for the tests: the node ids, one a line.
ExportFormat idsFormat()
{
    ExportFormat f;
    f.id = QStringLiteral("ids");
    f.name = "node ids";
    f.menuText = "Node &Ids...";
    f.filter = "Text files (*.ids)";
    f.suffixes = {QStringLiteral("ids")};
    f.options = {{ExportOption::Background, {}}, {ExportOption::Selection, {}}};
    f.write = [](const Design &design, const QString &path, const PictureOptions &, QString *error) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString();
            return false;
        }
        for (const Node &n : design.nodes())
            file.write(n.id.toUtf8() + '\n');
        return true;
    };
    return f;
}

} // namespace

class TestExportRegistry : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    DesignModel m_model;
    QString m_design;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        Design d;
        QString error;
        QVERIFY2(loadTemplate(QStringLiteral("scale-up"), &d, &error), qPrintable(error));
        m_model.reset(d);
        QFile f(QStringLiteral(":/templates/scale-up.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_design = m_tmp.filePath(QStringLiteral("d.json"));
        QFile out(m_design);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(f.readAll());
    }

    void builtInFormats()
    {
        QCOMPARE(ExportFormats::ids(true, true), QStringList({"png", "svg", "pdf", "dot", "report", "shell", "ansible"}));
        QCOMPARE(ExportFormats::ids(false, true), QStringList({"shell", "ansible"}));
        QCOMPARE(ExportFormats::forPath(QStringLiteral("a.gv"))->id, QStringLiteral("dot"));
        QCOMPARE(ExportFormats::forPath(QStringLiteral("a.PDF"))->id, QStringLiteral("pdf"));
        QCOMPARE(ExportFormats::forPath(QStringLiteral("a.html"))->id, QStringLiteral("report"));
        QVERIFY(!ExportFormats::forPath(QStringLiteral("a.txt")));
        QVERIFY(ExportFormats::find(QStringLiteral("report"))->takes(ExportOption::Paper, QStringLiteral("r.pdf")));
        QVERIFY(!ExportFormats::find(QStringLiteral("report"))->takes(ExportOption::Paper, QStringLiteral("r.html")));
    }

    // The CLI lists exactly the registry's formats and refuses others.
    void cliShowsTheRegistry()
    {
        const QString help = formatHelp();
        for (const QString &id : ExportFormats::ids(true, true))
            QVERIFY2(help.contains(id), qPrintable(help));
        QVERIFY2(help.contains(QLatin1String("report or shell")) || help.contains(QLatin1String("shell or ansible")), qPrintable(help));
        const Run bad = runCli({m_design, QStringLiteral("--format"), QStringLiteral("jpeg"), QStringLiteral("-o"), m_tmp.filePath("x.jpeg")});
        QCOMPARE(bad.code, int(cli::BadInput));
        QVERIFY2(bad.err.contains(ExportFormats::ids(true, true).join(QStringLiteral(", "))), qPrintable(bad.err));
        // Without --format, the output's extension chooses.
        const Run svg = runCli({m_design, QStringLiteral("-o"), m_tmp.filePath(QStringLiteral("by-suffix.svg"))});
        QVERIFY2(svg.code == cli::Ok, qPrintable(svg.err));
        QVERIFY(QFile(m_tmp.filePath(QStringLiteral("by-suffix.svg"))).size() > 100);
    }

    // File > Export shows exactly the registry's formats.
    void menuShowsTheRegistry() { QCOMPARE(menuTexts(&m_model), registryMenuTexts()); }

    // The dialog asks exactly the options the format takes for the file.
    void dialogAsksTheFormatsOptions_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("path");
        for (const ExportFormat &f : ExportFormats::all())
            for (const QString &suffix : f.suffixes)
                QTest::newRow(qPrintable(f.id + QLatin1Char('.') + suffix)) << f.id << QStringLiteral("/tmp/x.") + suffix;
    }
    void dialogAsksTheFormatsOptions()
    {
        QFETCH(QString, id);
        QFETCH(QString, path);
        const ExportFormat &f = *ExportFormats::find(id);
        ExportOptionsDialog dialog(f, path, true);
        QCOMPARE(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("scale")) != nullptr, f.takes(ExportOption::Scale, path));
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("dpi")) != nullptr, f.takes(ExportOption::Dpi, path));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("background")) != nullptr, f.takes(ExportOption::Background, path));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("paper")) != nullptr, f.takes(ExportOption::Paper, path));
        QCOMPARE(dialog.findChild<QCheckBox *>(QStringLiteral("selectionOnly")) != nullptr, f.takes(ExportOption::Selection, path));
        QCOMPARE(ExportOptionsDialog::hasOptions(f, path, false),
                 f.takes(ExportOption::Scale, path) || f.takes(ExportOption::Background, path) || f.takes(ExportOption::Paper, path));
    }

    // A format added to the registry appears everywhere and is written by its exporter.
    void addedFormatAppears()
    {
        ExportFormats::add(idsFormat());
        QVERIFY(ExportFormats::find(QStringLiteral("ids")));
        QVERIFY2(formatHelp().contains(QLatin1String("ids")), qPrintable(formatHelp()));
        const QStringList texts = menuTexts(&m_model);
        QVERIFY2(texts.contains(QStringLiteral("Node &Ids...")), qPrintable(texts.join(QLatin1Char('|'))));
        QCOMPARE(texts, registryMenuTexts());

        const QString out = m_tmp.filePath(QStringLiteral("d.ids"));
        Run r = runCli({m_design, QStringLiteral("--format"), QStringLiteral("ids"), QStringLiteral("-o"), out});
        QVERIFY2(r.code == cli::Ok, qPrintable(r.err));
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("db-1\n"));
        const QString bySuffix = m_tmp.filePath(QStringLiteral("e.ids"));
        r = runCli({m_design, QStringLiteral("-o"), bySuffix});
        QVERIFY2(r.code == cli::Ok, qPrintable(r.err));
        QVERIFY(QFile::exists(bySuffix));

        ExportOptionsDialog dialog(*ExportFormats::find(QStringLiteral("ids")), out, true);
        QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("background")));
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("paper")));
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("selectionOnly")));

        QVERIFY(ExportFormats::remove(QStringLiteral("ids")));
        QVERIFY(!formatHelp().contains(QLatin1String("ids")));
        QVERIFY(!menuTexts(&m_model).contains(QStringLiteral("Node &Ids...")));
        QCOMPARE(runCli({m_design, QStringLiteral("--format"), QStringLiteral("ids"), QStringLiteral("-o"), out}).code, int(cli::BadInput));
    }
};

QTEST_MAIN(TestExportRegistry)
#include "test_export_registry.moc"
