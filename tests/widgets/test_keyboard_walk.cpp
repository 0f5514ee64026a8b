// Issue 19, keyboard alone and a screen reader: the real main window on the
// scale-up template. F6 puts the focus on the canvas; Tab walks from the
// users' entry along the links to the database, and at each step the node is
// read through the accessible interface (found from the window's, as a screen
// reader does): its name and its findings. Then a link is made with keys only:
// Shift+Space keeps Apache, Tab walks on to MySQL, Ctrl+L asks how to link the
// two and the keyboard picks "Apache → MySQL" in the menu. Every step is said
// on the status line and to assistive technology.
#include "app/documentcontroller.h"
#include "app/mainwindow.h"
#include "widgets/accessibility/graphwalker.h"
#include "widgets/canvas/canvasview.h"
#include "core/model/designmodel.h"
#include "core/model/selection.h"

#include <QAccessible>
#include <QApplication>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace sw;

namespace {
QAccessibleInterface *findRole(QAccessibleInterface *at, QAccessible::Role role)
{
    if (!at)
        return nullptr;
    if (at->role() == role)
        return at;
    for (int i = 0; i < at->childCount(); ++i)
        if (QAccessibleInterface *found = findRole(at->child(i), role))
            return found;
    return nullptr;
}
} // namespace

class TestKeyboardWalk : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> w;

    QAccessibleInterface *canvas() const
    {
        return findRole(QAccessible::queryAccessibleInterface(w.get()), QAccessible::Canvas);
    }
    QString focusedName() const
    {
        QAccessibleInterface *c = canvas();
        QAccessibleInterface *f = c ? c->focusChild() : nullptr;
        return f ? f->text(QAccessible::Name) : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StackwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StackwrightKeyboardWalkTest"));
    }
    void init()
    {
        QFile::remove(DocumentController::recoveryPath());
        w = std::make_unique<MainWindow>();
        w->resize(1500, 950);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        w->startWith(QString(), QStringLiteral("scale-up"));
        QVERIFY(w->selection()->ids().isEmpty());
        QTest::keyClick(w.get(), Qt::Key_F6);   // View > Focus Canvas
        QTRY_VERIFY(w->view()->hasFocus());
    }
    void cleanup()
    {
        w->undoStack()->setClean();
        w.reset();
    }

    void walksToTheDatabaseReadingNamesAndFindings()
    {
        QAccessibleInterface *c = canvas();
        QVERIFY2(c, "the window exposes no canvas to assistive technology");
        QCOMPARE(c->object(), w->view());
        // Announced: the walker sends a Focus event for each node reached (delivered to a
        // screen reader where the platform has an accessibility bridge; offscreen has none,
        // so the walker's signal stands for it).
        auto *walker = w->view()->findChild<GraphWalker *>();
        QVERIFY(walker);
        QSignalSpy walked(walker, &GraphWalker::walkedTo);
        QStringList names, descriptions;
        for (int step = 0; step < 5; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QAccessibleInterface *f = canvas()->focusChild();
            QVERIFY2(f, qPrintable(QString::number(step)));
            QVERIFY(f->state().focused);
            names << f->text(QAccessible::Name);
            descriptions << f->text(QAccessible::Description);
            QCOMPARE(walked.size(), step + 1);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Users, Internet"), QStringLiteral("Load balancer cluster, Cluster"),
                                     QStringLiteral("Apache, Web server"),
                                     QStringLiteral("Python app (gunicorn), Application server"),
                                     QStringLiteral("MySQL, Database")}));
        // Each node is read with its findings (or "No findings."): the single
        // database server's ones with MySQL.
        for (const QString &d : std::as_const(descriptions))
            QVERIFY2(d.contains(QStringLiteral("No findings.")) || d.contains(QStringLiteral("Warning: "))
                         || d.contains(QStringLiteral("Error: ")),
                     qPrintable(d));
        QVERIFY2(descriptions[4].contains(QStringLiteral("Inside Database server (Server).")), qPrintable(descriptions[4]));
        QVERIFY2(!descriptions[4].contains(QStringLiteral("No findings.")), qPrintable(descriptions[4]));
        QVERIFY(w->view()->hasFocus());
    }

    void linksTwoNodesWithTheKeyboard()
    {
        auto *walker = w->view()->findChild<GraphWalker *>();
        QVERIFY(walker);
        QSignalSpy said(walker, &GraphWalker::announced);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(w->view(), Qt::Key_Tab);
        QCOMPARE(focusedName(), QStringLiteral("Apache, Web server"));
        // Shift+Space keeps Apache: said on the status line and to screen readers.
        QTest::keyClick(w->view(), Qt::Key_Space, Qt::ShiftModifier);
        QCOMPARE(walker->kept(), QStringLiteral("apache"));
        QVERIFY2(w->statusBar()->currentMessage().startsWith(QStringLiteral("Apache, Web server kept")),
                 qPrintable(w->statusBar()->currentMessage()));
        QVERIFY(canvas()->text(QAccessible::Description).startsWith(walker->lastAnnouncement()));
        // Said once (a DescriptionChanged and an Alert event on the canvas where a bridge listens).
        QCOMPARE(said.size(), 1);
        QAccessibleInterface *apache = canvas()->focusChild();
        QVERIFY(apache->state().checked);
        QVERIFY(apache->text(QAccessible::Description).startsWith(QStringLiteral("Kept as the start of a link.")));

        // On to MySQL: both selected, the focus on MySQL.
        QTest::keyClick(w->view(), Qt::Key_Tab);
        QTest::keyClick(w->view(), Qt::Key_Tab);
        QCOMPARE(focusedName(), QStringLiteral("MySQL, Database"));
        QCOMPARE(w->selection()->ids(), (QStringList{QStringLiteral("apache"), QStringLiteral("mysql")}));
        QVERIFY(canvas()->focusChild()->state().focused);
        QVERIFY(!canvas()->focusChild()->state().checked);

        // Ctrl+L: the menu of directions and protocols, answered with arrows and Return.
        const int links = int(w->model()->design().links().size());
        QString chosen;
        bool sawMenu = false;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            sawMenu = true;
            for (int i = 0; i < 12; ++i) {
                QTest::keyClick(menu, Qt::Key_Down);
                if (menu->activeAction() && menu->activeAction()->text().startsWith(QStringLiteral("Apache → MySQL")))
                    break;
            }
            chosen = menu->activeAction() ? menu->activeAction()->text() : QString();
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QTest::keyClick(w->view(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(sawMenu);
        QVERIFY2(chosen.startsWith(QStringLiteral("Apache → MySQL over ")), qPrintable(chosen));
        QCOMPARE(int(w->model()->design().links().size()), links + 1);
        const Link &l = w->model()->design().links().back();
        QCOMPARE(l.from, QStringLiteral("apache"));
        QCOMPARE(l.to, QStringLiteral("mysql"));
        QCOMPARE(QStringLiteral("Apache → MySQL over ") + protocolName(l.protocol), chosen);
        // Said, and the walk stays on MySQL with nothing kept.
        QVERIFY2(walker->lastAnnouncement().startsWith(QStringLiteral("Created: Link from Apache to MySQL")),
                 qPrintable(walker->lastAnnouncement()));
        // (the status line then shows the editor's own words for the new link)
        QVERIFY2(w->statusBar()->currentMessage().startsWith(QStringLiteral("Connected Apache to MySQL")),
                 qPrintable(w->statusBar()->currentMessage()));
        QVERIFY(walker->kept().isEmpty());
        QCOMPARE(w->selection()->ids(), QStringList{QStringLiteral("mysql")});
        QCOMPARE(focusedName(), QStringLiteral("MySQL, Database"));
        // One undo step takes the link away.
        w->undoStack()->undo();
        QCOMPARE(int(w->model()->design().links().size()), links);
    }

    // Any node, linked or not, is reached with Alt+Page Down; Escape lets a kept node go.
    void reachesEveryNodeAndLetsGo()
    {
        auto *walker = w->view()->findChild<GraphWalker *>();
        QStringList seen;
        const int n = int(w->model()->design().nodes().size());
        for (int i = 0; i < n; ++i) {
            QTest::keyClick(w->view(), Qt::Key_PageDown, Qt::AltModifier);
            seen << walker->current();
        }
        QStringList all;
        for (const Node &node : w->model()->design().nodes())
            all << node.id;
        QCOMPARE(seen, all);
        QTest::keyClick(w->view(), Qt::Key_PageUp, Qt::AltModifier);
        QCOMPARE(walker->current(), all.at(n - 2));
        QTest::keyClick(w->view(), Qt::Key_Space, Qt::ShiftModifier);
        QCOMPARE(walker->kept(), all.at(n - 2));
        QTest::keyClick(w->view(), Qt::Key_Escape);
        QVERIFY(walker->kept().isEmpty());
        QVERIFY2(walker->lastAnnouncement().endsWith(QStringLiteral("no longer kept.")), qPrintable(walker->lastAnnouncement()));
        QCOMPARE(w->selection()->ids(), QStringList{all.at(n - 2)});
    }
};

QTEST_MAIN(TestKeyboardWalk)
#include "test_keyboard_walk.moc"
