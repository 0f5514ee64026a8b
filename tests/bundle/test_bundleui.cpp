// File > Export > Shell scripts / Ansible project: the actions are added to
// the export menu (and skipped without one), and export into a folder.
#include "widgets/bundle/bundleexport.h"
#include "widgets/bundle/bundleexportaction.h"
#include "core/io/templates.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace sw;

class TestBundleUi : public QObject {
    Q_OBJECT
private slots:
    void addsActions();
    void skipsWithoutMenu();
};

void TestBundleUi::addsActions()
{
    QMainWindow window;
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
    QMenu *exportMenu = file->addMenu(QStringLiteral("Export"));
    DesignModel model;
    Design design;
    QString error;
    QVERIFY(loadTemplate(QStringLiteral("scale-up"), &design, &error));
    model.reset(design);
    EditorContext ctx;
    ctx.model = &model;
    ctx.window = &window;
    ctx.exportMenu = exportMenu;
    attachBundleExport(ctx);
    QStringList texts;
    for (QAction *a : exportMenu->actions())
        texts << a->text();
    QCOMPARE(texts, QStringList({"Shell scripts...", "Ansible project..."}));

    auto *actions = window.findChild<BundleExportActions *>(QStringLiteral("bundleExportActions"));
    QVERIFY(actions);
    QTemporaryDir tmp;
    QVERIFY(actions->exportTo(QStringLiteral("shell"), tmp.filePath(QStringLiteral("s")), &error));
    QVERIFY(QFile::exists(tmp.filePath(QStringLiteral("s/deploy.sh"))));
    QVERIFY(actions->exportTo(QStringLiteral("ansible"), tmp.filePath(QStringLiteral("a")), &error));
    QVERIFY(QFile::exists(tmp.filePath(QStringLiteral("a/site.yml"))));
    QVERIFY(!actions->exportTo(QStringLiteral("ansible"), tmp.filePath(QStringLiteral("s/deploy.sh")), &error));
    QVERIFY(!error.isEmpty());
}

void TestBundleUi::skipsWithoutMenu()
{
    QMainWindow window;
    EditorContext ctx;
    ctx.window = &window;
    attachBundleExport(ctx);
    QVERIFY(!window.findChild<BundleExportActions *>());
}

QTEST_MAIN(TestBundleUi)
#include "test_bundleui.moc"
