// What every editor feature (canvas, panels, dialogs) shares: the model, the
// undo stack, the selection and the overlay. The main window owns them; a
// feature receives this and adds its docks, menus and actions.
#pragma once

#include "core/model/designmodel.h"
#include "core/model/overlay.h"
#include "core/model/selection.h"

#include <QPointer>

class QMainWindow;
class QUndoStack;
class QMenu;
class QToolBar;
class QGraphicsScene;
class QGraphicsView;

namespace sw {

struct EditorContext {
    DesignModel *model = nullptr;
    QUndoStack *undo = nullptr;
    Selection *selection = nullptr;
    Overlay *overlay = nullptr;
    QMainWindow *window = nullptr;
    QGraphicsScene *scene = nullptr;   // the canvas scene (observes the model)
    QGraphicsView *view = nullptr;     // the canvas view
    // Well-known menus a feature may add to (may be null in tests).
    QMenu *fileMenu = nullptr;
    QMenu *exportMenu = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *toolsMenu = nullptr;
    QToolBar *toolBar = nullptr;
};

} // namespace sw
