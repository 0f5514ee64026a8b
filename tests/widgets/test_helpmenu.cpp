// The Help menu on the real main window: manual pages from the README's user
// part, the shortcuts made from the actions, What's This on the panels, the
// About dialog's versions; the window icon; Quit the last item of File even
// after a feature added items to it.
#include "app/aboutdialog.h"
#include "app/helpmenu.h"
#include "app/mainwindow.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QtTest>
#include <QWhatsThis>

using namespace sw;

namespace {
QMenu *menuNamed(QMainWindow &w, const QString &title)
{
    for (QAction *a : w.menuBar()->actions())
        if (a->menu() && a->text().remove('&') == title)
            return a->menu();
    return nullptr;
}
} // namespace

class TestHelpMenu : public QObject {
    Q_OBJECT
private slots:
    void mainWindowHasHelpIconAndQuitLast()
    {
        MainWindow w(nullptr, MainWindow::Features::EditorOnly);
        QVERIFY(!w.windowIcon().isNull());
        QMenu *file = menuNamed(w, "File");
        QVERIFY(file);
        QCOMPARE(file->actions().constLast()->objectName(), QString("actionQuit"));
        QMenu *help = menuNamed(w, "Help");
        QVERIFY(help);
        QStringList names;
        for (QAction *a : help->actions())
            names << a->objectName();
        for (const char *n : {"actionManual", "actionShortcuts", "actionWhatsThis", "actionAbout"})
            QVERIFY2(names.contains(n), qPrintable(names.join(',')));
        // The last menu of the bar.
        QCOMPARE(w.menuBar()->actions().constLast()->menu(), help);
        for (const char *dock : {"paletteDock", "propertiesDock"}) {
            auto *d = w.findChild<QDockWidget *>(dock);
            QVERIFY2(d, dock);
            QVERIFY2(!d->whatsThis().isEmpty(), dock);
        }
        QVERIFY(!w.centralWidget()->whatsThis().isEmpty());
    }

    void quitMovesAfterFeatureItems()
    {
        QMainWindow w;
        QMenu *file = w.menuBar()->addMenu("File");
        auto *quit = new QAction("&Quit", &w);
        quit->setObjectName("actionQuit");
        file->addAction(quit);
        file->addAction("Print…"); // a feature's item, added after Quit
        HelpMenu::attach(&w, file);
        QCOMPARE(file->actions().constLast(), quit);
        QCOMPARE(file->actions().at(file->actions().size() - 2)->isSeparator(), true);
    }

    void manualIsTheReadmeUserPart()
    {
        const QVector<ManualPage> pages = HelpMenu::manualPages();
        QStringList titles;
        for (const ManualPage &p : pages)
            titles << p.title;
        QCOMPARE(titles.value(0), QString("Overview"));
        for (const char *t : {"The editor", "Command line", "Deploy bundles"})
            QVERIFY2(titles.contains(t), qPrintable(titles.join(',')));
        QVERIFY(!titles.contains("Code layout"));
        QVERIFY(!titles.contains("Tests and benchmarks"));
        const auto editor = std::find_if(pages.begin(), pages.end(), [](const ManualPage &p) { return p.title == "The editor"; });
        QVERIFY(editor->markdown.contains("Properties panel"));
    }

    void shortcutsComeFromTheActions()
    {
        MainWindow w(nullptr, MainWindow::Features::EditorOnly);
        const auto rows = HelpMenu::shortcuts(&w);
        auto keyOf = [&rows](const QString &name) {
            for (const auto &r : rows)
                if (r.first == name)
                    return r.second;
            return QString();
        };
        QCOMPARE(keyOf("Quit"), QKeySequence(QKeySequence::Quit).toString(QKeySequence::NativeText));
        QCOMPARE(keyOf("Undo"), QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
        QCOMPARE(keyOf("Manual"), QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText));
        // A new shortcut shows up without a list kept by hand.
        auto *extra = new QAction("Frobnicate", &w);
        extra->setShortcut(QKeySequence("Ctrl+Alt+F"));
        w.addAction(extra);
        QCOMPARE(HelpMenu::shortcuts(&w).size(), rows.size() + 1);
    }

    void aboutNamesVersionLicenceAndLibraries()
    {
        QCOMPARE(AboutDialog::version(), QString(SW_PROJECT_VERSION));
        QVERIFY(!AboutDialog::licence().isEmpty());
        const auto libs = AboutDialog::libraries();
        QStringList names;
        for (const auto &[n, v] : libs) {
            names << n;
            QVERIFY2(!v.isEmpty() && v.at(0).isDigit(), qPrintable(n + ": " + v));
        }
        QCOMPARE(names, (QStringList{"Qt", "Graphviz", "libssh", "SQLite"}));
        QCOMPARE(libs[0].second, QString(qVersion()));
        AboutDialog dialog;
        auto *text = dialog.findChild<QLabel *>("aboutText");
        QVERIFY(text);
        QVERIFY(text->text().contains(SW_PROJECT_VERSION));
        QVERIFY(text->text().contains(AboutDialog::licence()));
        QVERIFY(text->text().contains("SQLite"));
    }
};

QTEST_MAIN(TestHelpMenu)
#include "test_helpmenu.moc"
