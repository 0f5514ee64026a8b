// The Help menu: the manual (the user part of README.md as pages), the
// keyboard shortcuts (made from the window's actions), "What's This?" for the
// panels, and About. attachHelpMenu() also gives the window its icon and keeps
// Quit the last item of the File menu.
#pragma once

#include <QDialog>
#include <QStringList>

class QMainWindow;
class QMenu;

namespace sw {

struct ManualPage {
    QString title;
    QString markdown;
};

class HelpMenu : public QObject {
    Q_OBJECT
public:
    // Adds the Help menu to `window`; fileMenu may be null.
    static QMenu *attach(QMainWindow *window, QMenu *fileMenu);

    // The manual's pages: the README's sections meant for users.
    static QVector<ManualPage> manualPages();
    // "Action<TAB>Shortcut" rows of every action of `window` with a shortcut.
    static QVector<QPair<QString, QString>> shortcuts(const QWidget *window);
    // Gives the known panels (docks by object name) their "What's This?" text.
    static void describePanels(QMainWindow *window);

    static void showManual(QWidget *parent);
    static void showShortcuts(QWidget *parent);
};

// The application icon (also installed in the hicolor theme).
QIcon applicationIcon();

} // namespace sw
