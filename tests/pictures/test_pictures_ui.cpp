#include "arrangecontroller.h"
#include "pictureexport.h"
#include "pictureexportactions.h"
#include "picturetesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QImageReader>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

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
        QVERIFY(!a.exportTo(PictureExportActions::Format::Png, QStringLiteral("/tmp/x.png"), {}).isEmpty());
        QVERIFY(a.copyAsImage().isNull());
        ArrangeController c(empty);
        QCOMPARE(c.arrange(false), 0);
    }

    void exportsEveryFormat()
    {
        QTemporaryDir dir;
        using F = PictureExportActions::Format;
        const struct {
            F f;
            const char *file;
        } items[] = {{F::Png, "a.png"}, {F::Svg, "a.svg"}, {F::Pdf, "a.pdf"}, {F::Dot, "a.dot"},
                     {F::ReportHtml, "a.html"}, {F::ReportPdf, "b.pdf"}};
        for (const auto &i : items) {
            const QString path = dir.filePath(QString::fromLatin1(i.file));
            const QString error = feature.exports->exportTo(i.f, path, {});
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 100);
        }
        QVERIFY(!feature.exports->exportTo(F::Png, dir.filePath(QStringLiteral("nope/a.png")), {}).isEmpty());
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
