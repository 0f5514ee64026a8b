// The canvas scene and view on their own: the scene follows the model,
// dragging with the mouse pushes one merged move, dropping a service onto
// another server reparents it, links follow, arrow keys nudge in one step.
#include "widgets/canvas/canvaseditor.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "core/commands/movenodescommand.h"
#include "core/io/designfragment.h"
#include "core/io/templates.h"
#include "widgets/items/linkitem.h"
#include "core/model/designmodel.h"
#include "core/model/overlay.h"
#include "core/model/selection.h"
#include "widgets/items/nodeitem.h"

#include <QUndoStack>
#include <QtTest>

using namespace sw;

namespace {
void sendMouse(QWidget *w, QEvent::Type type, const QPoint &pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, QPointF(pos), w->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}
// Presses at `from`, moves in steps to `to`, releases: a real mouse drag.
void drag(QGraphicsView *view, const QPointF &fromScene, const QPointF &toScene, int steps = 5)
{
    QWidget *vp = view->viewport();
    const QPoint a = view->mapFromScene(fromScene), b = view->mapFromScene(toScene);
    sendMouse(vp, QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= steps; ++i)
        sendMouse(vp, QEvent::MouseMove, a + (b - a) * i / steps, Qt::NoButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, b, Qt::LeftButton, Qt::NoButton);
}
} // namespace

class TestCanvas : public QObject {
    Q_OBJECT
    DesignModel *model = nullptr;
    QUndoStack *undo = nullptr;
    Selection *selection = nullptr;
    Overlay *overlay = nullptr;
    CanvasScene *scene = nullptr;
    CanvasView *view = nullptr;

private slots:
    void init()
    {
        model = new DesignModel;
        undo = new QUndoStack;
        selection = new Selection;
        overlay = new Overlay;
        Design d;
        QString error;
        QVERIFY2(loadTemplate(QStringLiteral("scale-up"), &d, &error), qPrintable(error));
        model->reset(d);
        scene = new CanvasScene(model, undo, selection, overlay);
        view = new CanvasView(scene);
        view->resize(1400, 800);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        view->resetZoom();
        view->centerOn(QPointF(700, 300));
    }
    void cleanup()
    {
        delete view;
        delete scene;
        delete overlay;
        delete selection;
        delete undo;
        delete model;
    }

    void itemsFollowTheModel()
    {
        QCOMPARE(scene->nodeItemCount(), int(model->design().nodes().size()));
        // Services are children of their server's item.
        NodeItem *apache = scene->nodeItem(QStringLiteral("apache"));
        QCOMPARE(static_cast<NodeItem *>(apache->parentItem())->id(), QStringLiteral("web-1"));
        QCOMPARE(apache->scenePos(), QPointF(630, 220));
        // The cluster is drawn around its members' servers.
        const QRectF cluster = scene->nodeItem(QStringLiteral("lb-cluster"))->sceneRectOfNode();
        QVERIFY(cluster.contains(scene->nodeItem(QStringLiteral("lb-1"))->sceneRectOfNode()));
        QVERIFY(cluster.contains(scene->nodeItem(QStringLiteral("lb-2"))->sceneRectOfNode()));
        // Model change -> item change.
        model->setNodePos(QStringLiteral("web-1"), QPointF(640, 400));
        QCOMPARE(apache->scenePos(), QPointF(650, 430));
        // Links re-route.
        LinkItem *toApp = scene->linkItem(QStringLiteral("to-app"));
        QVERIFY(toApp->boundingRect().intersects(apache->sceneRectOfNode().adjusted(-2, -2, 2, 2)));
        // Moving lb-2 grows the cluster.
        model->setNodePos(QStringLiteral("lb-2"), QPointF(290, 700));
        QVERIFY(scene->nodeItem(QStringLiteral("lb-cluster"))->sceneRectOfNode().bottom() > 700);
    }

    void selectionSyncsBothWays()
    {
        selection->set({QStringLiteral("db-1"), QStringLiteral("to-db")});
        QVERIFY(scene->nodeItem(QStringLiteral("db-1"))->isSelected());
        QVERIFY(scene->linkItem(QStringLiteral("to-db"))->isSelected());
        scene->clearSelection();
        scene->nodeItem(QStringLiteral("app-1"))->setSelected(true);
        QCOMPARE(selection->ids(), QStringList{QStringLiteral("app-1")});
    }

    void mouseDragIsOneMergedUndoStep()
    {
        const QPointF start = model->node(QStringLiteral("db-1"))->pos;
        const QPointF grip = scene->nodeItem(QStringLiteral("db-1"))->sceneRectOfNode().topLeft() + QPointF(60, 12);
        selection->set({QStringLiteral("db-1")});
        const int before = undo->count();
        drag(view, grip, grip + QPointF(83, 47), 8);
        QCOMPARE(undo->count(), before + 1);
        QCOMPARE(model->node(QStringLiteral("db-1"))->pos, start + QPointF(80, 50)); // snapped to the grid
        // The services came along (children) and the link followed.
        QCOMPARE(scene->nodeItem(QStringLiteral("mysql"))->scenePos(), start + QPointF(90, 80));
        undo->undo();
        QCOMPARE(model->node(QStringLiteral("db-1"))->pos, start);
    }

    void dragTwoSelectedNodes()
    {
        selection->set({QStringLiteral("web-1"), QStringLiteral("app-1")});
        const QPointF web = model->node(QStringLiteral("web-1"))->pos;
        const QPointF app = model->node(QStringLiteral("app-1"))->pos;
        const QPointF grip = scene->nodeItem(QStringLiteral("app-1"))->sceneRectOfNode().topLeft() + QPointF(60, 12);
        drag(view, grip, grip + QPointF(0, 100));
        QCOMPARE(model->node(QStringLiteral("web-1"))->pos, web + QPointF(0, 100));
        QCOMPARE(model->node(QStringLiteral("app-1"))->pos, app + QPointF(0, 100));
        undo->undo();
        QCOMPARE(model->node(QStringLiteral("web-1"))->pos, web);
    }

    void dropServiceOntoAnotherServerReparents()
    {
        selection->set({QStringLiteral("code")});
        NodeItem *code = scene->nodeItem(QStringLiteral("code"));
        const QPointF grip = code->sceneRectOfNode().center();
        const QRectF db = scene->nodeItem(QStringLiteral("db-1"))->sceneRectOfNode();
        const int before = undo->count();
        drag(view, grip, QPointF(db.center().x(), db.bottom() - 15));
        QCOMPARE(model->node(QStringLiteral("code"))->parent, QStringLiteral("db-1"));
        QCOMPARE(undo->count(), before + 1); // the drag and the reparent are one step
        QCOMPARE(static_cast<NodeItem *>(code->parentItem())->id(), QStringLiteral("db-1"));
        undo->undo();
        QCOMPARE(model->node(QStringLiteral("code"))->parent, QStringLiteral("app-1"));
        QCOMPARE(model->node(QStringLiteral("code"))->pos, QPointF(10, 78));
    }

    void dragServiceOutAsksAndCanPutItBack()
    {
        QStringList asked;
        int answer = 1; // "back where it was"
        scene->editor()->setChooser([&](const QString &q, const QStringList &) { asked << q; return answer; });
        selection->set({QStringLiteral("mysql")});
        const QPointF grip = scene->nodeItem(QStringLiteral("mysql"))->sceneRectOfNode().center();
        drag(view, grip, QPointF(1300, 650));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(model->node(QStringLiteral("mysql"))->parent, QStringLiteral("db-1"));
        QCOMPARE(model->node(QStringLiteral("mysql"))->pos, QPointF(10, 30));
        // Now onto a new server.
        answer = 0;
        drag(view, grip, QPointF(1300, 650));
        const QString server = model->node(QStringLiteral("mysql"))->parent;
        QVERIFY(server != QStringLiteral("db-1"));
        QCOMPARE(model->node(server)->kind, Kind::Server);
        undo->undo();
        QCOMPARE(model->node(QStringLiteral("mysql"))->parent, QStringLiteral("db-1"));
        QVERIFY(!model->node(server));
    }

    void connectByDraggingFromTheHandle()
    {
        NodeItem *apache = scene->nodeItem(QStringLiteral("apache"));
        NodeItem *mysql = scene->nodeItem(QStringLiteral("mysql"));
        const QPointF handle = apache->mapToScene(apache->handlePos());
        drag(view, handle, mysql->sceneRectOfNode().center());
        const Link *l = nullptr;
        for (const Link &k : model->design().links())
            if (k.from == QStringLiteral("apache") && k.to == QStringLiteral("mysql"))
                l = &k;
        QVERIFY(l);
        QCOMPARE(l->protocol, Protocol::Mysql);
        QVERIFY(scene->linkItem(l->id));
        QCOMPARE(model->node(QStringLiteral("apache"))->pos, QPointF(10, 30)); // not moved
    }

    void arrowKeysNudgeInOneStep()
    {
        selection->set({QStringLiteral("sumo")});
        view->setFocus();
        const QPointF start = model->node(QStringLiteral("sumo"))->pos;
        const int before = undo->count();
        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(model->node(QStringLiteral("sumo"))->pos, start + QPointF(20, 10));
        QCOMPARE(undo->count(), before + 1);
        undo->undo();
        QCOMPARE(model->node(QStringLiteral("sumo"))->pos, start);
    }

    void overlayRepaintsLooks()
    {
        overlay->setBadges({{QStringLiteral("db-1"), Severity::Error}});
        QVERIFY(scene->nodeItem(QStringLiteral("db-1"))->look().hasBadge);
        overlay->setFailed({QStringLiteral("app-1")});
        QVERIFY(scene->nodeItem(QStringLiteral("app-1"))->look().failed);
        QVERIFY(!scene->nodeItem(QStringLiteral("db-1"))->look().failed);
    }

    void childBeforeParentIsTolerated()
    {
        Node service;
        service.id = QStringLiteral("late-web");
        service.kind = Kind::WebServer;
        service.parent = QStringLiteral("late-box");
        service.hasPos = true;
        service.pos = QPointF(10, 30);
        model->insertNode(service);
        Node box;
        box.id = QStringLiteral("late-box");
        box.kind = Kind::Server;
        box.hasPos = true;
        box.pos = QPointF(2000, 100);
        model->insertNode(box);
        NodeItem *item = scene->nodeItem(QStringLiteral("late-web"));
        QCOMPARE(static_cast<NodeItem *>(item->parentItem())->id(), QStringLiteral("late-box"));
        QCOMPARE(item->scenePos(), QPointF(2010, 130));
    }

    void fragmentKeepsServicesOnTheirServer()
    {
        const QByteArray frag = copyFragment(model->design(), {QStringLiteral("gunicorn")});
        PastedItems items;
        QString error;
        QVERIFY2(pasteFragment(frag, model->design(), QPointF(30, 30), &items, &error), qPrintable(error));
        QCOMPARE(items.nodes.size(), 1);
        QCOMPARE(items.nodes[0].parent, QStringLiteral("app-1"));
        QCOMPARE(items.nodes[0].id, QStringLiteral("gunicorn-2"));
    }
};

QTEST_MAIN(TestCanvas)
#include "test_canvas.moc"
