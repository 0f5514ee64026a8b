// The minimap: shows the whole design, outlines the view, moves the view
// where it is clicked or dragged, hides while the whole design is in view,
// and follows edits.
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "core/io/templates.h"
#include "widgets/canvas/minimap.h"
#include "core/model/designmodel.h"
#include "core/model/overlay.h"
#include "core/model/selection.h"
#include "look/style.h"
#include "core/commands/additemscommand.h"
#include "core/commands/movenodescommand.h"
#include "core/commands/removeitemscommand.h"

#include <QUndoStack>
#include <QtTest>
#include <memory>

using namespace sw;

class TestMinimap : public QObject {
    Q_OBJECT
    std::unique_ptr<DesignModel> model;
    std::unique_ptr<QUndoStack> undo;
    std::unique_ptr<Selection> selection;
    std::unique_ptr<Overlay> overlay;
    std::unique_ptr<CanvasScene> scene;
    std::unique_ptr<CanvasView> view;

    // The minimap's kept picture, redrawn in part after an edit, is the
    // picture drawn anew from scratch, pixel for pixel; the edit changed it.
    void checkPartialRedraw(const char *what)
    {
        Minimap *map = view->minimap();
        const QImage before = map->picture().copy();
        map->refresh();
        QVERIFY2(map->lastRedraw() == Minimap::Redraw::Part, what);
        const QImage kept = map->picture();
        const QImage fresh = map->freshPicture();
        QCOMPARE(kept.size(), fresh.size());
        int differ = 0, changed = 0;
        QPoint first;
        for (int y = 0; y < kept.height(); ++y)
            for (int x = 0; x < kept.width(); ++x) {
                if (kept.pixel(x, y) != fresh.pixel(x, y) && differ++ == 0)
                    first = QPoint(x, y);
                changed += kept.pixel(x, y) != before.pixel(x, y);
            }
        const QPointF at = map->toScene(map->toMinimap(map->sceneArea().topLeft()) + QPointF(first) / kept.devicePixelRatio());
        QVERIFY2(differ == 0, qPrintable(QStringLiteral("%1: %2 pixels differ from a fresh picture, the first at %3,%4 in the scene")
                                             .arg(what).arg(differ).arg(at.x()).arg(at.y())));
        QVERIFY2(changed > 0, qPrintable(QStringLiteral("%1: the picture did not change").arg(what)));
    }

    QPointF viewCentre() const { return view->mapToScene(view->viewport()->rect().center()); }

private slots:
    void init()
    {
        model = std::make_unique<DesignModel>();
        undo = std::make_unique<QUndoStack>();
        selection = std::make_unique<Selection>();
        overlay = std::make_unique<Overlay>();
        Design d;
        QString error;
        QVERIFY2(loadTemplate(QStringLiteral("scale-up"), &d, &error), qPrintable(error));
        model->reset(d);
        scene = std::make_unique<CanvasScene>(model.get(), undo.get(), selection.get(), overlay.get());
        view = std::make_unique<CanvasView>(scene.get());
        view->resize(1000, 700);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    }
    void cleanup()
    {
        view.reset();
        scene.reset();
    }

    void hiddenWhileEverythingIsInView()
    {
        view->zoomToFit();
        QVERIFY(!view->minimap()->isVisible());
        view->setZoom(2.0, scene->designBounds().center());
        QVERIFY(view->minimap()->isVisible());
        // In the bottom-right corner of the view.
        const QRect g = view->minimap()->geometry();
        QVERIFY(g.right() < view->width() && g.right() > view->width() - 40);
        QVERIFY(g.bottom() < view->height() && g.bottom() > view->height() - 40);
        // The user's choice wins.
        view->minimap()->setWanted(false);
        QVERIFY(!view->minimap()->isVisible());
        view->minimap()->setWanted(true);
        QVERIFY(view->minimap()->isVisible());
    }

    void showsTheDesignAndOutlinesTheView()
    {
        view->setZoom(2.0, scene->designBounds().center());
        Minimap *map = view->minimap();
        map->refresh();
        // Every server is inside the area the minimap shows.
        const QRectF area = map->sceneArea();
        QVERIFY(area.contains(scene->designBounds()));
        // Mapping back and forth is exact.
        const QPointF p(420, 310);
        QVERIFY((map->toScene(map->toMinimap(p)) - p).manhattanLength() < 1e-6);
        // The picture shows the design: the minimap's pixels under a server differ from its empty corner.
        const QImage img = map->grab().toImage();
        const QPoint server = map->toMinimap(scene->designBounds().center()).toPoint();
        int inked = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                inked += img.pixel(x, y) != img.pixel(img.width() / 2, 3);
        QVERIFY2(inked > img.width() * img.height() / 20, qPrintable(QString::number(inked)));
        QVERIFY(QRect(QPoint(0, 0), img.size()).contains(server));
        // The outline is the view's visible part, drawn in the highlight colour.
        const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
        const QRectF outline = map->viewOutline();
        QVERIFY((outline.topLeft() - map->toMinimap(shown.topLeft())).manhattanLength() < 1.5);
        QVERIFY(outline.width() > 10 && outline.width() < map->width() - 20);
        const QColor edge = img.pixelColor(QPointF(outline.left(), outline.center().y()).toPoint());
        const QColor hl = map->palette().color(QPalette::Highlight);
        QVERIFY2(std::abs(edge.hue() - hl.hue()) < 20 && edge.saturation() > 60, qPrintable(edge.name()));
    }

    void clickAndDragMoveTheView()
    {
        view->setZoom(2.0, QPointF(0, 0));
        Minimap *map = view->minimap();
        QVERIFY(map->isVisible());
        const QPointF target(700, 250); // the app server, about
        const QPoint at = map->toMinimap(target).toPoint();
        QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, at);
        // Within one minimap pixel of the target (a few scene units).
        const double pixel = 1.0 / (map->toMinimap(QPointF(1, 0)).x() - map->toMinimap(QPointF(0, 0)).x());
        QVERIFY2((viewCentre() - target).manhattanLength() < 3 * pixel,
                 qPrintable(QStringLiteral("centre %1,%2").arg(viewCentre().x()).arg(viewCentre().y())));
        // A drag follows the mouse.
        const QPointF target2(300, 400);
        QTest::mousePress(map, Qt::LeftButton, Qt::NoModifier, at);
        QMouseEvent move(QEvent::MouseMove, map->toMinimap(target2), map->mapToGlobal(map->toMinimap(target2)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(map, &move);
        QTest::mouseRelease(map, Qt::LeftButton, Qt::NoModifier, map->toMinimap(target2).toPoint());
        QVERIFY((viewCentre() - target2).manhattanLength() < 3 * pixel);
    }

    void followsEdits()
    {
        view->setZoom(2.0, QPointF(0, 0));
        Minimap *map = view->minimap();
        const QRectF before = map->sceneArea();
        Node far;
        far.id = QStringLiteral("far-away");
        far.kind = Kind::Server;
        far.hasPos = true;
        far.pos = QPointF(before.right() + 3000, before.bottom() + 2000);
        model->insertNode(far);
        // Redrawn once the design has been still for a moment.
        QTRY_VERIFY(map->sceneArea().contains(far.pos));
        QVERIFY(map->sceneArea().width() > before.width() + 2500);
    }

    void keptPictureMatchesAFreshOneAfterEdits()
    {
        view->setZoom(2.0, QPointF(0, 0));
        Minimap *map = view->minimap();
        map->refresh();
        QCOMPARE(map->picture(), map->freshPicture());
        // Move a server with its links, a little (the extent stays).
        const QString server = QStringLiteral("web-1");
        QHash<QString, QPointF> to;
        to.insert(server, model->node(server)->pos + QPointF(-60, 40));
        undo->push(new MoveNodesCommand(model.get(), to));
        checkPartialRedraw("move");
        // Add a node with a link, in the middle of the design.
        Node added;
        added.id = QStringLiteral("added-db");
        added.kind = Kind::Database;
        added.hasPos = true;
        added.pos = map->sceneArea().center() + QPointF(15, 25);
        Link link;
        link.id = QStringLiteral("added-link");
        link.from = QStringLiteral("users");
        link.to = added.id;
        undo->push(new AddItemsCommand(model.get(), {added}, {link}, QStringLiteral("add")));
        checkPartialRedraw("add");
        // Remove a node (and its links).
        undo->push(new RemoveItemsCommand(model.get(), {QStringLiteral("fw-web-1")}, QStringLiteral("remove")));
        checkPartialRedraw("remove");
        // Select one (drawn in the selection colour).
        selection->set({QStringLiteral("apache")});
        checkPartialRedraw("select");
        // A link selected instead (drawn in the selection colour, the node again as it was).
        selection->set({QStringLiteral("request")});
        checkPartialRedraw("select a link");
        // And back, step by step.
        undo->undo();
        checkPartialRedraw("undo remove");
        undo->undo();
        checkPartialRedraw("undo add");
        undo->undo();
        checkPartialRedraw("undo move");
    }

    void followsTheLook()
    {
        view->setZoom(2.0, QPointF(0, 0));
        Minimap *map = view->minimap();
        map->refresh();
        const QImage light = map->grab().toImage();
        const QPoint centre = map->toMinimap(map->sceneArea().topLeft()).toPoint() + QPoint(3, 3); // the margin: background
        scene->setStyle(Style::dark_());
        // The canvas background in the minimap turns dark once redrawn.
        QTRY_VERIFY(qGray(map->grab().toImage().pixel(centre)) < 100);
        QVERIFY(qGray(light.pixel(centre)) > 150);
    }
};

QTEST_MAIN(TestMinimap)
#include "test_minimap.moc"
