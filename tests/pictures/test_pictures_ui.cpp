#include "widgets/export/arrangecontroller.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/export/pictureexport.h"
#include "widgets/export/pictureexportactions.h"
#include "tests/pictures/picturetesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QImageReader>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace sw;
using namespace swtest;

class TestPicturesUi : public QObject {
    Q_OBJECT
    DesignModel model;
    QUndoStack undo;
    Selection selection;
    Overlay overlay;
    QMenu fileMenu, exportMenu, editMenu, toolsMenu;
    EditorContext ctx;
    PictureExportFeature feature;

private slots:
    void initTestCase()
    {
        model.reset(templateDesign(QStringLiteral("scale-up")));
        ctx.model = &model;
        ctx.undo = &undo;
        ctx.selection = &selection;
        ctx.overlay = &overlay;
        ctx.fileMenu = &fileMenu;
        ctx.exportMenu = &exportMenu;
        ctx.editMenu = &editMenu;
        ctx.toolsMenu = &toolsMenu;
        feature = attachPictureExport(ctx);
        QVERIFY(feature.exports);
        QVERIFY(feature.arrange);
    }

    void menusAreFilled()
    {
        QCOMPARE(exportMenu.actions().size(), 5);
        QVERIFY(editMenu.actions().contains(feature.exports->copyImageAction()));
        QVERIFY(fileMenu.actions().contains(feature.exports->printAction()));
        QVERIFY(toolsMenu.actions().contains(feature.arrange->arrangeAction()));
        QVERIFY(toolsMenu.actions().contains(feature.arrange->arrangeNewAction()));
    }

    void nullContextIsFine()
    {
        EditorContext empty;
        PictureExportActions a(empty);
        QVERIFY(!a.exportTo(QStringLiteral("png"), QStringLiteral("/tmp/x.png"), {}).isEmpty());
        QVERIFY(a.copyAsImage().isNull());
        ArrangeController c(empty);
        QCOMPARE(c.arrange(false), 0);
    }

    void exportsEveryFormat()
    {
        QTemporaryDir dir;
        const struct {
            QString f;
            const char *file;
        } items[] = {{"png", "a.png"}, {"svg", "a.svg"}, {"pdf", "a.pdf"}, {"dot", "a.dot"},
                     {"report", "a.html"}, {"report", "b.pdf"}};
        for (const auto &i : items) {
            const QString path = dir.filePath(QString::fromLatin1(i.file));
            const QString error = feature.exports->exportTo(i.f, path, {});
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 100);
        }
        QVERIFY(!feature.exports->exportTo(QStringLiteral("png"), dir.filePath(QStringLiteral("nope/a.png")), {}).isEmpty());
    }

    void copiesSelectionAsImage()
    {
        const QImage all = feature.exports->copyAsImage();
        selection.set({QStringLiteral("db-1")});
        const QImage part = feature.exports->copyAsImage();
        selection.clear();
        QVERIFY(!all.isNull());
        QVERIFY(!part.isNull());
        QVERIFY(part.width() < all.width());
        QCOMPARE(QGuiApplication::clipboard()->image().size(), part.size());
    }

    void arrangeIsUndoable()
    {
        const Design before = model.design();
        QSignalSpy done(feature.arrange, &ArrangeController::done);
        feature.arrange->arrangeAction()->trigger();
        QVERIFY(feature.arrange->isRunning());
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().at(0).toBool(), true);
        QCOMPARE(undo.count(), 1);
        QVERIFY(model.design() != before);
        undo.undo();
        QCOMPARE(model.design(), before);
        undo.redo();
    }

    // Issue 12: Arrange ends with the design in view, not on the empty
    // canvas the view was looking at.
    void arrangeEndsWithTheDesignInView()
    {
        DesignModel m;
        m.reset(templateDesign(QStringLiteral("scale-up")));
        QUndoStack u;
        Selection sel;
        Overlay ov;
        CanvasScene scene(&m, &u, &sel, &ov);
        CanvasView view(&scene);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSceneRect(-5000, -5000, 20000, 20000);
        view.centerOn(9000, 9000);
        EditorContext c;
        c.model = &m;
        c.undo = &u;
        c.selection = &sel;
        c.overlay = &ov;
        c.scene = &scene;
        c.view = &view;
        ArrangeController arrange(c);
        QSignalSpy done(&arrange, &ArrangeController::done);
        arrange.arrange(false);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().at(0).toBool(), true);
        const QRectF seen = view.mapToScene(view.viewport()->rect()).boundingRect();
        QVERIFY(seen.adjusted(-2, -2, 2, 2).contains(scene.designBounds()));
    }

    void arrangeCanBeCancelled()
    {
        undo.clear();
        QSignalSpy done(feature.arrange, &ArrangeController::done);
        QVERIFY(feature.arrange->arrange(false) > 0);
        feature.arrange->cancel();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QCOMPARE(undo.count(), 0);
    }

    void unplacedDesignIsArrangedOnOpen()
    {
        undo.clear();
        Design d = templateDesign(QStringLiteral("scale-up"));
        for (const Node &n : d.nodes())
            d.node(n.id)->hasPos = false;
        QSignalSpy done(feature.arrange, &ArrangeController::done);
        model.reset(d);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().at(0).toBool(), true);
        for (const Node &n : model.design().nodes())
            QVERIFY2(n.hasPos, qPrintable(n.id));
        QCOMPARE(undo.count(), 1);
    }
};

QTEST_MAIN(TestPicturesUi)
#include "test_pictures_ui.moc"
