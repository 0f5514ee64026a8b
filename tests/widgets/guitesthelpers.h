// Mouse and key events for the editor's GUI tests: presses, moves and
// releases on the canvas viewport, and real drag-and-drop events carrying the
// palette's MIME data. No model calls.
#pragma once

#include "app/mainwindow.h"
#include "widgets/canvas/canvaseditor.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/panels/palettewidget.h"

#include <QApplication>
#include <QListWidget>
#include <QMimeData>
#include <QtTest>
#include <memory>

namespace guitest {

inline void sendMouse(QWidget *w, QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
                      Qt::MouseButtons buttons, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QMouseEvent e(type, QPointF(pos), w->mapToGlobal(QPointF(pos)), button, buttons, mods);
    QApplication::sendEvent(w, &e);
}

// A left-button drag on the view between two scene points, in `steps` moves.
inline void drag(QGraphicsView *view, const QPointF &fromScene, const QPointF &toScene, int steps = 6)
{
    QWidget *vp = view->viewport();
    const QPoint a = view->mapFromScene(fromScene), b = view->mapFromScene(toScene);
    sendMouse(vp, QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= steps; ++i)
        sendMouse(vp, QEvent::MouseMove, a + (b - a) * i / steps, Qt::NoButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, b, Qt::LeftButton, Qt::NoButton);
}

// A click on the view at a scene point (with Ctrl to add to the selection).
inline void click(QGraphicsView *view, const QPointF &scenePos, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget *vp = view->viewport();
    const QPoint p = view->mapFromScene(scenePos);
    sendMouse(vp, QEvent::MouseButtonPress, p, Qt::LeftButton, Qt::LeftButton, mods);
    sendMouse(vp, QEvent::MouseButtonRelease, p, Qt::LeftButton, Qt::NoButton, mods);
}

// Drops the palette's entry `kindTitle` onto the view at a scene point,
// through the events a real drag from the palette delivers.
inline bool dropFromPalette(sw::MainWindow &w, const QString &kindTitle, const QPointF &scenePos)
{
    QListWidget *list = w.paletteWidget()->list();
    const auto found = list->findItems(kindTitle, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    std::unique_ptr<QMimeData> mime(list->model()->mimeData({list->indexFromItem(found.constFirst())}));
    if (!mime || !mime->hasFormat(sw::CanvasEditor::kindMimeType()))
        return false;
    QWidget *vp = w.view()->viewport();
    const QPoint pos = w.view()->mapFromScene(scenePos);
    QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &drop);
    return enter.isAccepted() && move.isAccepted() && drop.isAccepted();
}

} // namespace guitest
