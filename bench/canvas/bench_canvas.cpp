// Canvas speed on generateDesign(10000, 15000): open to first painted frame,
// a frame at 1:1 and zoomed to fit, and drag steps (real mouse events through
// the view, each followed by a repaint) for one node and for 200 selected.
// Prints figures with the targets; never fails on time.
#include "canvasscene.h"
#include "canvasview.h"
#include "common/generate.h"
#include "model/designmodel.h"
#include "model/overlay.h"
#include "model/selection.h"
#include "nodeitem.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QThread>
#include <QUndoStack>
#include <QWindow>
#include <cstdio>

using namespace sw;

namespace {
void sendMouse(QWidget *w, QEvent::Type type, const QPoint &pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, QPointF(pos), w->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

double frameMs(CanvasView *view, int frames)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < frames; ++i)
        view->viewport()->repaint();
    return t.nsecsElapsed() / 1e6 / frames;
}

double dragMs(CanvasView *view, CanvasScene *scene, const QString &grip, int steps)
{
    NodeItem *item = scene->nodeItem(grip);
    view->centerOn(item->sceneRectOfNode().center());
    view->viewport()->repaint();
    QWidget *vp = view->viewport();
    const QPoint a = view->mapFromScene(item->sceneRectOfNode().topLeft() + QPointF(80, 10));
    sendMouse(vp, QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::LeftButton);
    QElapsedTimer t;
    t.start();
    for (int i = 1; i <= steps; ++i) {
        sendMouse(vp, QEvent::MouseMove, a + QPoint(i * 10, (i % 7) * 10), Qt::NoButton, Qt::LeftButton);
        vp->repaint();
    }
    const double ms = t.nsecsElapsed() / 1e6 / steps;
    sendMouse(vp, QEvent::MouseButtonRelease, a + QPoint(steps * 10, 0), Qt::LeftButton, Qt::NoButton);
    return ms;
}

void report(const char *what, double ms, double target)
{
    std::printf("%-44s %8.2f ms   (target < %g ms)%s\n", what, ms, target, ms < target ? "" : "  SLOWER");
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const Design design = bench::generateDesign(10000, 15000);
    std::printf("canvas: %zu nodes, %zu links\n", design.nodes().size(), design.links().size());

    DesignModel model;
    QUndoStack undo;
    Selection selection;
    Overlay overlay;
    CanvasScene scene(&model, &undo, &selection, &overlay);
    CanvasView view(&scene);
    view.resize(1600, 1000);
    view.show();
    for (int i = 0; i < 20 && !view.windowHandle()->isExposed(); ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(10);
    }
    view.viewport()->repaint();

    QElapsedTimer t;
    t.start();
    model.reset(design);
    view.centerOn(QPointF(800, 500));
    view.viewport()->repaint();
    report("open to first painted frame", t.nsecsElapsed() / 1e6, 400);

    view.resetZoom();
    view.centerOn(QPointF(1000, 20000));
    frameMs(&view, 2);
    report("frame at 1:1", frameMs(&view, 20), 16);

    if (qEnvironmentVariableIsSet("SW_BENCH_SPLIT")) {
        for (QGraphicsItem *i : scene.items())
            if (i->type() != NodeItem::Type)
                i->hide();
        report("  1:1, nodes only", frameMs(&view, 5), 16);
        for (QGraphicsItem *i : scene.items())
            i->setVisible(i->type() != NodeItem::Type);
        report("  1:1, links only", frameMs(&view, 5), 16);
        view.setRenderHint(QPainter::Antialiasing, false);
        report("  1:1, links only, no antialiasing", frameMs(&view, 5), 16);
        view.setRenderHint(QPainter::Antialiasing, true);
        for (QGraphicsItem *i : scene.items())
            i->show();
    }
    view.zoomToFit();
    frameMs(&view, 1);
    std::printf("  (fit zoom %.4f)\n", view.zoom());
    report("frame zoomed to fit", frameMs(&view, 5), 50);

    view.resetZoom();
    selection.set({QStringLiteral("srv1200")});
    report("drag one server with its links, per step", dragMs(&view, &scene, QStringLiteral("srv1200"), 40), 8);

    QStringList many;
    for (int i = 0; i < 200; ++i)
        many << QStringLiteral("srv%1").arg(1000 + i);
    selection.set(many);
    report("drag 200 selected servers, per step", dragMs(&view, &scene, QStringLiteral("srv1100"), 20), 33);
    std::printf("undo steps after the drags: %d (one per drag)\n", undo.count());
    return 0;
}
