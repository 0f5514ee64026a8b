// The main window: the canvas in the middle, the palette and properties docks,
// menus, toolbar, status bar; it owns the model, the undo stack, the selection
// and the overlay, and gives them to every feature through an EditorContext.
#pragma once

#include "widgets/canvas/editorcontext.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace sw {

class CanvasScene;
class CanvasView;
class DocumentController;
class EditActions;
class PaletteWidget;
class PropertiesPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Which features attachFeatures() adds: all of them (the program), or
    // none (the editor's own tests: the canvas, palette and properties only).
    enum class Features { All, EditorOnly };
    explicit MainWindow(QWidget *parent = nullptr, Features features = Features::All);
    ~MainWindow() override;

    DesignModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    Selection *selection() const { return m_selection; }
    Overlay *overlay() const { return m_overlay; }
    CanvasScene *scene() const { return m_scene; }
    CanvasView *view() const { return m_view; }
    PaletteWidget *paletteWidget() const { return m_palette; }
    PropertiesPanel *properties() const { return m_properties; }
    DocumentController *document() const { return m_document; }
    EditActions *editActions() const { return m_edit; }
    // An action by its object name ("actionSave", ...), for tests and features.
    QAction *action(const QString &name) const { return m_actions.value(name); }

    // Starts like the application does: a file, a template, a recovered
    // autosave, or an empty design. Unattended (--screenshot) nothing asks:
    // a file or template that cannot be opened is returned as false with
    // *error set, and an autosave waits for the next interactive start.
    enum class Start { Interactive, Unattended };
    bool startWith(const QString &path, const QString &templateName = {}, Start mode = Start::Interactive,
                   QString *error = nullptr);
    // The first screen: templates (with pictures), recent files, empty design.
    // Returns false when closed without a choice.
    bool showStartPage();
    void setPresentationMode(bool on);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QAction *makeAction(const QString &name, const QString &text, const QKeySequence &shortcut,
                        const QString &icon = {});
    void createActions();
    void createMenus();
    void createDocks();
    void arrangeDefaultDocks();
    void updateRecentMenu();
    void showZoom(double zoom);
    void updateStyle();
    void updateActions();
    void addKindAtCentre(Kind kind);

    DesignModel *m_model;
    QUndoStack *m_undo;
    Selection *m_selection;
    Overlay *m_overlay;
    CanvasScene *m_scene;
    CanvasView *m_view;
    PaletteWidget *m_palette = nullptr;
    PropertiesPanel *m_properties = nullptr;
    DocumentController *m_document;
    EditActions *m_edit;
    QHash<QString, QAction *> m_actions;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLineEdit *m_find = nullptr;
    bool m_presentation = false;
    EditorContext m_context;
};

} // namespace sw
