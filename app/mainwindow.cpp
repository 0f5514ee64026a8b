#include "app/mainwindow.h"

#include "widgets/canvas/canvaseditor.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "app/documentcontroller.h"
#include "app/editactions.h"
#include "app/editorfeatures.h"
#include "app/helpmenu.h"
#include "core/io/templates.h"
#include "app/languagemenu.h"
#include "widgets/canvas/minimap.h"
#include "widgets/panels/palettewidget.h"
#include "widgets/panels/propertiespanel.h"
#include "widgets/panels/startpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

namespace sw {

MainWindow::MainWindow(QWidget *parent, Features features)
    : QMainWindow(parent), m_model(new DesignModel(this)), m_undo(new QUndoStack(this)),
      m_selection(new Selection(this)), m_overlay(new Overlay(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_scene = new CanvasScene(m_model, m_undo, m_selection, m_overlay, this);
    m_view = new CanvasView(m_scene, this);
    setCentralWidget(m_view);
    m_document = new DocumentController(m_model, m_undo, m_selection, m_overlay, this);
    m_edit = new EditActions(m_model, m_undo, m_selection, this);

    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setAccessibleName(tr("Zoom level"));
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_view, &CanvasView::zoomChanged, this, &MainWindow::showZoom);
    connect(m_scene, &CanvasScene::statusMessage, this, [this](const QString &t) { statusBar()->showMessage(t, 6000); });
    connect(m_edit, &EditActions::statusMessage, this, [this](const QString &t) { statusBar()->showMessage(t, 6000); });

    createActions();
    createDocks();
    createMenus();
    updateStyle();

    connect(m_document, &DocumentController::titleChanged, this, [this] {
        setWindowTitle(m_document->windowTitle());
        setWindowModified(m_document->isModified());
    });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { setWindowModified(m_document->isModified()); });
    connect(m_model, &DesignModel::metaChanged, this, [this] { setWindowTitle(m_document->windowTitle()); });
    connect(m_document, &DocumentController::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(m_document, &DocumentController::documentOpened, this, [this] {
        m_view->zoomToFit();
        setWindowTitle(m_document->windowTitle());
        setWindowModified(m_document->isModified());
    });
    connect(m_selection, &Selection::changed, this, &MainWindow::updateActions);
    updateActions();
    updateRecentMenu();

    m_context.model = m_model;
    m_context.undo = m_undo;
    m_context.selection = m_selection;
    m_context.overlay = m_overlay;
    m_context.window = this;
    m_context.scene = m_scene;
    m_context.view = m_view;
    if (features == Features::All)
        attachFeatures(m_context);
    HelpMenu::attach(this, m_context.fileMenu); // also the window icon, and Quit last in File
    arrangeDefaultDocks();

    QSettings settings;
    resize(1400, 900);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_actions.value(QStringLiteral("actionSnap"))->setChecked(settings.value(QStringLiteral("view/snap"), true).toBool());
    m_actions.value(QStringLiteral("actionMinimap"))->setChecked(settings.value(QStringLiteral("view/minimap"), true).toBool());
    setWindowTitle(m_document->windowTitle());
}

MainWindow::~MainWindow() = default;

// The layout a first start shows (a saved window state replaces it): the
// findings under the canvas, full width, where their sentences fit; the
// analysis as a tab beside the properties.
void MainWindow::arrangeDefaultDocks()
{
    auto *findings = findChild<QDockWidget *>(QStringLiteral("findingsDock"));
    auto *analysis = findChild<QDockWidget *>(QStringLiteral("analysisDock"));
    auto *properties = findChild<QDockWidget *>(QStringLiteral("propertiesDock"));
    if (findings) {
        addDockWidget(Qt::BottomDockWidgetArea, findings);
        resizeDocks({findings}, {280}, Qt::Vertical);
    }
    if (analysis && properties) {
        tabifyDockWidget(properties, analysis);
        properties->raise();
    }
}

QAction *MainWindow::makeAction(const QString &name, const QString &text, const QKeySequence &shortcut,
                                const QString &icon)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    if (!icon.isEmpty()) // the desktop theme's icon if it has one, else our own
        a->setIcon(QIcon::fromTheme(icon, QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(icon))));
    a->setShortcutContext(Qt::WindowShortcut);
    m_actions.insert(name, a);
    addAction(a);
    return a;
}

void MainWindow::createActions()
{
    auto *fileNew = makeAction(QStringLiteral("actionNew"), tr("&New"), QKeySequence::New, QStringLiteral("document-new"));
    connect(fileNew, &QAction::triggered, this, [this] { if (m_document->maybeSave()) m_document->newEmpty(); });
    connect(makeAction(QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open, QStringLiteral("document-open")),
            &QAction::triggered, m_document, &DocumentController::open);
    connect(makeAction(QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save, QStringLiteral("document-save")),
            &QAction::triggered, m_document, &DocumentController::save);
    auto *saveAs = makeAction(QStringLiteral("actionSaveAs"), tr("Save &As…"), QKeySequence::SaveAs,
                              QStringLiteral("document-save-as"));
    connect(saveAs, &QAction::triggered, m_document, &DocumentController::saveAs);
    // Plain X11 desktops (and Xvfb) bind no key to the standard Save As.
    if (saveAs->shortcut().isEmpty())
        saveAs->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    connect(makeAction(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit, QStringLiteral("application-exit")),
            &QAction::triggered, this, &QWidget::close);

    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), QIcon(QStringLiteral(":/icons/actions/edit-undo.svg"))));
    m_actions.insert(undo->objectName(), undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"), QIcon(QStringLiteral(":/icons/actions/edit-redo.svg"))));
    m_actions.insert(redo->objectName(), redo);

    connect(makeAction(QStringLiteral("actionCut"), tr("Cu&t"), QKeySequence::Cut, QStringLiteral("edit-cut")),
            &QAction::triggered, m_edit, &EditActions::cut);
    connect(makeAction(QStringLiteral("actionCopy"), tr("&Copy"), QKeySequence::Copy, QStringLiteral("edit-copy")),
            &QAction::triggered, m_edit, &EditActions::copy);
    connect(makeAction(QStringLiteral("actionPaste"), tr("&Paste"), QKeySequence::Paste, QStringLiteral("edit-paste")),
            &QAction::triggered, m_edit, &EditActions::paste);
    connect(makeAction(QStringLiteral("actionDuplicate"), tr("D&uplicate"), QKeySequence(tr("Ctrl+D")),
                       QStringLiteral("edit-duplicate")),
            &QAction::triggered, m_edit, &EditActions::duplicate);
    connect(makeAction(QStringLiteral("actionDelete"), tr("&Delete"), QKeySequence::Delete, QStringLiteral("edit-delete")),
            &QAction::triggered, m_edit, &EditActions::deleteSelection);
    m_actions.value(QStringLiteral("actionDelete"))->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    connect(makeAction(QStringLiteral("actionSelectAll"), tr("Select &All"), QKeySequence::SelectAll,
                       QStringLiteral("edit-select-all")),
            &QAction::triggered, m_edit, &EditActions::selectAll);
    connect(makeAction(QStringLiteral("actionFind"), tr("&Find…"), QKeySequence::Find, QStringLiteral("edit-find")),
            &QAction::triggered, this, [this] { m_find->setFocus(Qt::ShortcutFocusReason); m_find->selectAll(); });
    connect(makeAction(QStringLiteral("actionAddNode"), tr("&Add Node…"), QKeySequence(tr("Ctrl+Shift+A")),
                       QStringLiteral("list-add")),
            &QAction::triggered, this, [this] {
                for (QDockWidget *d : findChildren<QDockWidget *>())
                    if (d->widget() == m_palette) {
                        d->show();
                        d->raise();
                    }
                m_palette->focusSearch();
            });

    connect(makeAction(QStringLiteral("actionLinkSelected"), tr("&Link Selected…"), QKeySequence(tr("Ctrl+L"))),
            &QAction::triggered, this, [this] { m_scene->editor()->linkSelected(); });
    connect(makeAction(QStringLiteral("actionMakeCluster"), tr("Make C&luster"), QKeySequence(tr("Ctrl+Shift+K"))),
            &QAction::triggered, this, [this] { m_scene->editor()->makeCluster(m_selection->ids()); });

    connect(makeAction(QStringLiteral("actionZoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn, QStringLiteral("zoom-in")),
            &QAction::triggered, m_view, &CanvasView::zoomIn);
    m_actions.value(QStringLiteral("actionZoomIn"))->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    connect(makeAction(QStringLiteral("actionZoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut, QStringLiteral("zoom-out")),
            &QAction::triggered, m_view, &CanvasView::zoomOut);
    connect(makeAction(QStringLiteral("actionZoomFit"), tr("Zoom to &Fit"), QKeySequence(tr("Ctrl+0")),
                       QStringLiteral("zoom-fit-best")),
            &QAction::triggered, m_view, &CanvasView::zoomToFit);
    connect(makeAction(QStringLiteral("actionZoomReset"), tr("Actual &Size"), QKeySequence(tr("Ctrl+1")),
                       QStringLiteral("zoom-original")),
            &QAction::triggered, m_view, &CanvasView::resetZoom);
    auto *snap = makeAction(QStringLiteral("actionSnap"), tr("Snap to &Grid"), QKeySequence(tr("Ctrl+G")),
                            QStringLiteral("view-grid"));
    snap->setCheckable(true);
    connect(snap, &QAction::toggled, this, [this](bool on) {
        m_scene->setSnapToGrid(on);
        m_scene->update();
        m_view->resetCachedContent();
        QSettings().setValue(QStringLiteral("view/snap"), on);
    });
    auto *minimap = makeAction(QStringLiteral("actionMinimap"), tr("&Minimap"), QKeySequence(tr("Ctrl+Shift+M")));
    minimap->setCheckable(true);
    minimap->setChecked(true);
    connect(minimap, &QAction::toggled, this, [this](bool on) {
        m_view->minimap()->setWanted(on);
        QSettings().setValue(QStringLiteral("view/minimap"), on);
    });
    auto *presentation = makeAction(QStringLiteral("actionHighContrast"), tr("&High-Contrast Look"),
                                    QKeySequence(tr("Ctrl+Shift+H")), QStringLiteral("contrast"));
    presentation->setCheckable(true);
    connect(presentation, &QAction::toggled, this, &MainWindow::setPresentationMode);
    // F6, not Ctrl+Shift+C: that is Edit > Copy as Image.
    auto *canvasFocus = makeAction(QStringLiteral("actionFocusCanvas"), tr("Focus &Canvas"), QKeySequence(Qt::Key_F6));
    connect(canvasFocus, &QAction::triggered, this, [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
}

void MainWindow::createDocks()
{
    m_palette = new PaletteWidget(this);
    auto *pdock = new QDockWidget(tr("Palette"), this);
    pdock->setObjectName(QStringLiteral("paletteDock"));
    pdock->setWidget(m_palette);
    addDockWidget(Qt::LeftDockWidgetArea, pdock);
    connect(m_palette, &PaletteWidget::kindActivated, this, &MainWindow::addKindAtCentre);

    m_properties = new PropertiesPanel(m_model, m_undo, m_selection, this);
    auto *prop = new QDockWidget(tr("Properties"), this);
    prop->setObjectName(QStringLiteral("propertiesDock"));
    prop->setWidget(m_properties);
    addDockWidget(Qt::RightDockWidgetArea, prop);
    resizeDocks({pdock, prop}, {200, 290}, Qt::Horizontal);
}

void MainWindow::createMenus()
{
    auto a = [this](const char *name) { return m_actions.value(QString::fromLatin1(name)); };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a("actionNew"));
    QMenu *templates = file->addMenu(tr("New from &Template"));
    for (const QString &name : templateNames())
        templates->addAction(name, this, [this, name] {
            if (!m_document->maybeSave())
                return;
            QString error;
            if (!m_document->newFromTemplate(name, &error))
                QMessageBox::warning(this, tr("Cannot open the template"), error);
        });
    file->addAction(a("actionOpen"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(a("actionSave"));
    file->addAction(a("actionSaveAs"));
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    file->addSeparator();
    file->addAction(a("actionQuit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (const char *n : {"actionUndo", "actionRedo", "", "actionCut", "actionCopy", "actionPaste", "actionDuplicate",
                          "actionDelete", "", "actionSelectAll", "actionFind", "", "actionAddNode", "actionLinkSelected",
                          "actionMakeCluster"}) {
        if (!*n)
            edit->addSeparator();
        else
            edit->addAction(a(n));
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (const char *n : {"actionZoomIn", "actionZoomOut", "actionZoomFit", "actionZoomReset", "", "actionSnap", "actionMinimap",
                          "actionHighContrast", "actionFocusCanvas"}) {
        if (!*n)
            view->addSeparator();
        else
            view->addAction(a(n));
    }
    view->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    if (LanguageSwitcher *language = LanguageSwitcher::instance()) { // View > Language
        view->addSeparator();
        view->addMenu(language->createMenu(this));
        connect(language, &LanguageSwitcher::languageChanged, this, [this](const QString &code) {
            setWindowTitle(m_document->windowTitle());
            updateRecentMenu();
            updateStyle();   // the canvas's looks (kind names, subtitles) again
            // The status line: the zoom again, and the switch said in the new
            // language in place of a message in the old one.
            showZoom(m_view->zoom());
            const QString name = QLocale(code).nativeLanguageName();
            statusBar()->showMessage(tr("Language: %1").arg(name.left(1).toUpper() + name.mid(1)), 6000);
        });
    }
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *n : {"actionNew", "actionOpen", "actionSave", "", "actionUndo", "actionRedo", "", "actionAddNode",
                          "actionDelete", "", "actionZoomOut", "actionZoomIn", "actionZoomFit"}) {
        if (!*n)
            bar->addSeparator();
        else
            bar->addAction(a(n));
    }
    bar->addSeparator();
    m_find = new QLineEdit(bar);
    m_find->setObjectName(QStringLiteral("findBox"));
    m_find->setPlaceholderText(tr("Find nodes (Ctrl+F)"));
    m_find->setAccessibleName(tr("Find nodes"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(220);
    bar->addWidget(m_find);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (m_edit->find(m_find->text()) > 0)
            m_view->showSelection();
    });

    m_context.fileMenu = file;
    m_context.exportMenu = exportMenu;
    m_context.editMenu = edit;
    m_context.viewMenu = view;
    m_context.toolsMenu = tools;
    m_context.toolBar = bar;
}

void MainWindow::showZoom(double zoom)
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100)));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_document->recentFiles();
    for (const QString &f : files)
        m_recentMenu->addAction(QFileInfo(f).fileName(), this, [this, f] {
            if (m_document->maybeSave())
                m_document->openPath(f);
        })->setToolTip(f);
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateActions()
{
    const bool any = !m_selection->ids().isEmpty();
    for (const char *n : {"actionCut", "actionCopy", "actionDuplicate", "actionDelete"})
        m_actions.value(QString::fromLatin1(n))->setEnabled(any);
    const int count = int(m_selection->ids().size());
    m_actions.value(QStringLiteral("actionLinkSelected"))->setEnabled(count == 2);
    m_actions.value(QStringLiteral("actionMakeCluster"))->setEnabled(count >= 2);
}

void MainWindow::addKindAtCentre(Kind kind)
{
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    m_scene->editor()->addNode(kind, centre);
    m_view->setFocus(Qt::OtherFocusReason);
}

void MainWindow::setPresentationMode(bool on)
{
    m_presentation = on;
    if (QAction *a = m_actions.value(QStringLiteral("actionHighContrast")); a && a->isChecked() != on)
        a->setChecked(on);
    updateStyle();
}

void MainWindow::updateStyle()
{
    m_scene->setStyle(Style::fromPalette(palette()).withHighContrast(m_presentation));
    m_view->resetCachedContent();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateStyle();
    QMainWindow::changeEvent(event);
}

bool MainWindow::startWith(const QString &path, const QString &templateName, Start mode, QString *error)
{
    QString why;
    bool ok = true;
    if (!path.isEmpty()) {
        ok = m_document->openFile(path, &why);
        if (!ok && mode == Start::Interactive)
            QMessageBox::warning(this, tr("Cannot open the design"), why);
    } else if (!templateName.isEmpty()) {
        ok = m_document->newFromTemplate(templateName, &why);
        if (!ok && mode == Start::Interactive)
            QMessageBox::warning(this, tr("Cannot open the template"), why);
    } else {
        // An empty design (the canvas says how to begin); main() offers the start page.
        m_document->newEmpty();
    }
    if (!ok)
        m_document->newEmpty();
    if (error)
        *error = why;
    if (mode == Start::Interactive)
        m_document->offerRecovery();
    return ok;
}

bool MainWindow::showStartPage()
{
    StartPage page(templateNames(), m_document->recentFiles(), this);
    page.resize(900, 700);
    if (page.exec() != QDialog::Accepted)
        return false;
    QString error;
    switch (page.choice()) {
    case StartPage::Choice::Template:
        if (!m_document->newFromTemplate(page.chosen(), &error))
            QMessageBox::warning(this, tr("Cannot open the template"), error);
        break;
    case StartPage::Choice::Recent: m_document->openPath(page.chosen()); break;
    case StartPage::Choice::Open: m_document->open(); break;
    case StartPage::Choice::Empty: m_document->newEmpty(); break;
    case StartPage::Choice::None: return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_document->maybeSave()) {
        event->ignore();
        return;
    }
    m_document->discardRecovery();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace sw
