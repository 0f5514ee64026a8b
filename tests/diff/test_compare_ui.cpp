// File > Compare With… on a real canvas: the scale-up design open, compared
// with the redundant one: the marks on the canvas (added green, removed red
// ghosts, changed amber), the list of changes selecting on the canvas, the
// findings and availability deltas, following edits, and stopping.
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/compare/comparefeature.h"
#include "widgets/compare/comparemarks.h"
#include "widgets/compare/comparepanel.h"
#include "widgets/compare/comparesession.h"
#include "core/io/templates.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace sw;

class TestCompareUi : public QObject {
    Q_OBJECT
private slots:
    void compareScaleUpWithRedundant()
    {
        QMainWindow window;
        DesignModel model;
        QUndoStack undo;
        Selection selection;
        Overlay overlay;
        CanvasScene scene(&model, &undo, &selection, &overlay);
        auto *view = new CanvasView(&scene, &window);
        window.setCentralWidget(view);
        QMenu *file = window.menuBar()->addMenu("File");
        QMenu *exportMenu = file->addMenu("Export");
        EditorContext ctx;
        ctx.model = &model;
        ctx.undo = &undo;
        ctx.selection = &selection;
        ctx.overlay = &overlay;
        ctx.window = &window;
        ctx.scene = &scene;
        ctx.view = view;
        ctx.fileMenu = file;
        ctx.exportMenu = exportMenu;
        attachCompare(ctx);
        auto *feature = window.findChild<CompareFeature *>();
        QVERIFY(feature);
        // The menu entry sits before the Export menu.
        const QList<QAction *> actions = file->actions();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions[0]->objectName(), QString("actionCompareWith"));

        Design open, other;
        QString error;
        QVERIFY(loadTemplate("redundant", &open, &error));
        QVERIFY(loadTemplate("scale-up", &other, &error));
        model.reset(open);
        window.show();
        feature->compareWith(other, "scale-up");
        auto *dock = window.findChild<QDockWidget *>("compareDock");
        QVERIFY(dock && dock->isVisible());
        CompareSession *s = feature->session();
        QVERIFY(!s->diff().isEmpty());
        QCOMPARE(s->diff().addedNodes().size(), 13);
        QVERIFY(s->diff().removedNodes().isEmpty());
        QVERIFY(s->impact().spofGained.isEmpty());
        QCOMPARE(s->impact().spofLost, (QStringList{"web-1", "app-1", "db-1"}));
        QVERIFY(s->impact().availabilityAfter > s->impact().availabilityBefore);
        const int marks = feature->marks()->markCount();
        QVERIFY2(marks >= 13, qPrintable(QString::number(marks)));

        QTreeWidget *tree = feature->panel()->tree();
        QTreeWidgetItem *changes = tree->topLevelItem(0);
        QCOMPARE(changes->childCount(), int(s->diff().changes.size()));
        // A click on "web-2 (server) added" selects web-2 on the canvas.
        QTreeWidgetItem *web2 = nullptr;
        for (int i = 0; i < changes->childCount(); ++i)
            if (changes->child(i)->text(0) == "web-2 (server) added")
                web2 = changes->child(i);
        QVERIFY(web2);
        emit tree->itemClicked(web2, 0);
        QCOMPARE(selection.ids(), QStringList{"web-2"});
        // The findings group says what disappeared.
        QTreeWidgetItem *findings = tree->topLevelItem(1);
        QVERIFY(findings->text(0).contains("gone"));
        QVERIFY(findings->childCount() > 0);
        QVERIFY(feature->panel()->findChild<QLabel *>("compareSummary")->text().contains("Availability"));

        // The list follows edits: an added node taken away is no longer listed.
        model.takeNode("mon-db-2");
        s->recompute();
        QCOMPARE(s->diff().addedNodes().size(), 12);
        QVERIFY(!s->diff().addedNodes().contains("mon-db-2"));

        // A node of the other design missing here is drawn as a ghost.
        model.takeNode("mon-db-1");
        s->recompute();
        QCOMPARE(s->diff().removedNodes(), QStringList{"mon-db-1"});
        QVERIFY(feature->marks()->markCount() > 0);

        feature->stop();
        QCOMPARE(feature->marks()->markCount(), 0);
        QVERIFY(!dock->isVisible());
    }
};

QTEST_MAIN(TestCompareUi)
#include "test_compare_ui.moc"
