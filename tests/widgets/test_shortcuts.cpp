// Every action of the main window, with every feature attached, walked for
// its shortcuts: no key may be bound twice (View > Focus Canvas and Edit >
// Copy as Image once both took Ctrl+Shift+C, and one of them never fired).
#include "app/documentcontroller.h"
#include "app/mainwindow.h"
#include "core/io/templates.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QUndoStack>
#include <QStandardPaths>
#include <QtTest>

using namespace sw;

class TestShortcuts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StackwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StackwrightShortcutsTest"));
    }

    void noShortcutIsBoundTwice()
    {
        QFile::remove(DocumentController::recoveryPath());
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.startWith(QString(), defaultTemplateName());

        // Every action the window can fire: its own, its menus' (recursively), its children's.
        QSet<QAction *> actions;
        for (QAction *a : w.findChildren<QAction *>())
            actions.insert(a);
        std::function<void(QMenu *)> walk = [&](QMenu *m) {
            for (QAction *a : m->actions()) {
                actions.insert(a);
                if (a->menu())
                    walk(a->menu());
            }
        };
        for (QAction *a : w.menuBar()->actions())
            if (a->menu())
                walk(a->menu());
        QVERIFY2(actions.size() > 40, qPrintable(QStringLiteral("only %1 actions found").arg(actions.size())));

        QHash<QString, QStringList> owners; // portable key text -> actions and shortcuts using it
        int bound = 0;
        for (QAction *a : std::as_const(actions)) {
            if (a->shortcutContext() == Qt::WidgetShortcut || a->shortcutContext() == Qt::WidgetWithChildrenShortcut)
                continue; // only fires in its own widget
            const QString name = a->objectName().isEmpty() ? a->text() : a->objectName();
            for (const QKeySequence &k : a->shortcuts()) {
                if (k.isEmpty())
                    continue;
                owners[k.toString(QKeySequence::PortableText)] << name;
                ++bound;
            }
        }
        for (QShortcut *s : w.findChildren<QShortcut *>())
            if (s->isEnabled() && (s->context() == Qt::WindowShortcut || s->context() == Qt::ApplicationShortcut))
                for (const QKeySequence &k : s->keys())
                    owners[k.toString(QKeySequence::PortableText)] << s->objectName();
        QVERIFY2(bound > 20, qPrintable(QStringLiteral("only %1 shortcuts bound").arg(bound)));
        QStringList twice;
        for (auto it = owners.constBegin(); it != owners.constEnd(); ++it) {
            QStringList who = it.value();
            who.removeDuplicates();
            if (who.size() > 1) // (one action may list a key twice: Redo is Ctrl+Y both ways on some desktops)
                twice << QStringLiteral("%1: %2").arg(it.key(), who.join(QStringLiteral(", ")));
        }
        QVERIFY2(twice.isEmpty(), qPrintable(twice.join(QStringLiteral("; "))));
        // The keys of issue 12 went where they belong.
        QCOMPARE(w.action(QStringLiteral("actionFocusCanvas"))->shortcut(), QKeySequence(Qt::Key_F6));
        QVERIFY(owners.value(QStringLiteral("Ctrl+Shift+C")).size() == 1);
        QVERIFY(owners.contains(QStringLiteral("Ctrl+L")));
        w.undoStack()->setClean();
    }
};

QTEST_MAIN(TestShortcuts)
#include "test_shortcuts.moc"
