// Keyboard and screen reader: on the scale-up template, Tab walks from the
// users' entry along the links to the database; at each step the canvas's
// accessible interface reports the node as its focused child, with a name
// (label, kind) and a description (container, findings). The findings list
// gives each finding's why and fix as accessible description, and every
// focusable widget of the window has an accessible name.
#include "widgets/accessibility/accessibilityfeature.h"
#include "widgets/accessibility/canvasaccessible.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/findings/findingsfeature.h"
#include "widgets/accessibility/graphwalker.h"
#include "core/io/templates.h"

#include <QAccessible>
#include <QMainWindow>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace sw;

namespace {
QList<QAccessibleInterface *> g_focused;
void recordFocus(QAccessibleEvent *event)
{
    if (event->type() == QAccessible::Focus && event->accessibleInterface())
        g_focused << event->accessibleInterface();
}
} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
    QMainWindow *m_window = nullptr;
    CanvasView *m_view = nullptr;
    DesignModel *m_model = nullptr;

    QAccessibleInterface *canvas() const { return QAccessible::queryAccessibleInterface(m_view); }

private slots:
    void init()
    {
        m_window = new QMainWindow;
        m_model = new DesignModel(m_window);
        auto *undo = new QUndoStack(m_window);
        auto *selection = new Selection(m_window);
        auto *overlay = new Overlay(m_window);
        auto *scene = new CanvasScene(m_model, undo, selection, overlay, m_window);
        m_view = new CanvasView(scene, m_window);
        m_window->setCentralWidget(m_view);
        EditorContext ctx;
        ctx.model = m_model;
        ctx.undo = undo;
        ctx.selection = selection;
        ctx.overlay = overlay;
        ctx.window = m_window;
        ctx.scene = scene;
        ctx.view = m_view;
        attachFindings(ctx);
        attachAccessibility(ctx);
        Design d;
        QString error;
        QVERIFY2(loadTemplate(QStringLiteral("scale-up"), &d, &error), qPrintable(error));
        m_model->reset(d);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_view->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(m_view->hasFocus());
        g_focused.clear();
        QAccessible::setActive(true);
        QAccessible::installUpdateHandler(recordFocus);
    }
    void cleanup()
    {
        QAccessible::installUpdateHandler(nullptr);
        delete m_window;
        m_window = nullptr;
    }

    void canvasExposesNodesAndLinks()
    {
        QAccessibleInterface *c = canvas();
        QVERIFY(c);
        QCOMPARE(c->role(), QAccessible::Canvas);
        QCOMPARE(c->childCount(), int(m_model->design().nodes().size() + m_model->design().links().size()));
        QStringList names;
        for (int i = 0; i < c->childCount(); ++i) {
            QAccessibleInterface *child = c->child(i);
            QVERIFY(child && child->isValid());
            QCOMPARE(c->indexOfChild(child), i);
            QCOMPARE(child->parent(), c);
            names << child->text(QAccessible::Name);
        }
        QVERIFY2(names.contains(QStringLiteral("MySQL, Database")), qPrintable(names.join(QLatin1String(" | "))));
        QVERIFY2(names.contains(QStringLiteral("Link from Python app (gunicorn) to MySQL, %1 port 3306").arg(protocolName(Protocol::Mysql))),
                 qPrintable(names.join(QLatin1String(" | "))));
        QVERIFY(!c->text(QAccessible::Description).isEmpty());
    }

    void tabWalksFromTheUsersToTheDatabase()
    {
        QHash<QString, QPointF> before;
        for (const Node &n : m_model->design().nodes())
            before.insert(n.id, n.pos);
        auto *walker = m_view->findChild<GraphWalker *>();
        QVERIFY(walker);
        QSignalSpy walked(walker, &GraphWalker::walkedTo);
        QStringList names, descriptions;
        for (int step = 0; step < 5; ++step) {
            QTest::keyClick(m_view, Qt::Key_Tab);
            QVERIFY2(m_view->hasFocus(), qPrintable(QString::number(step)));
            QAccessibleInterface *focus = canvas()->focusChild();
            QVERIFY2(focus, qPrintable(QString::number(step)));
            QVERIFY(focus->state().focused);
            // Announced: the walker sends a Focus event for the node (delivered to a screen
            // reader where the platform has an accessibility bridge; offscreen has none).
            QCOMPARE(walked.size(), step + 1);
            QCOMPARE(canvas()->child(canvas()->indexOfChild(focus)), focus);
            names << focus->text(QAccessible::Name);
            descriptions << focus->text(QAccessible::Description);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Users, Internet"), QStringLiteral("Load balancer cluster, Cluster"),
                                     QStringLiteral("Apache, Web server"),
                                     QStringLiteral("Python app (gunicorn), Application server"),
                                     QStringLiteral("MySQL, Database")}));
        QVERIFY2(descriptions[2].startsWith(QStringLiteral("Inside Web server (Server).")), qPrintable(descriptions[2]));
        QVERIFY2(descriptions[4].contains(QStringLiteral("Inside Database server (Server).")), qPrintable(descriptions[4]));
        // The database's findings are read with it (one database, no replica).
        QVERIFY2(descriptions[4].contains(QStringLiteral("Warning: ")) || descriptions[4].contains(QStringLiteral("Error: ")),
                 qPrintable(descriptions[4]));
        QVERIFY2(descriptions[4].contains(QStringLiteral("MySQL")), qPrintable(descriptions[4]));

        // The database is the end: Tab leaves the walk, Shift+Tab goes back.
        QVERIFY(!walker->forward());
        QTest::keyClick(m_view, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(canvas()->focusChild()->text(QAccessible::Name), QStringLiteral("Python app (gunicorn), Application server"));
        QTest::keyClick(m_view, Qt::Key_Left, Qt::AltModifier);
        QTest::keyClick(m_view, Qt::Key_Left, Qt::AltModifier);
        QTest::keyClick(m_view, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(canvas()->focusChild()->text(QAccessible::Name), QStringLiteral("Users, Internet"));
        // Alt+Right then Alt+Down: the other link from the users (the DNS record).
        QTest::keyClick(m_view, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(canvas()->focusChild()->text(QAccessible::Name), QStringLiteral("Load balancer cluster, Cluster"));
        QTest::keyClick(m_view, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(canvas()->focusChild()->text(QAccessible::Name), QStringLiteral("www.foobar.com, DNS record"));
        // The walk did not move any node (plain arrows move, Alt+arrows walk).
        for (const Node &n : m_model->design().nodes())
            QCOMPARE(n.pos, before.value(n.id));
    }

    void findingsReadTheirWhyAndFix()
    {
        auto *tree = m_window->findChild<QTreeWidget *>(QStringLiteral("findingsTree"));
        QVERIFY(tree);
        QTRY_VERIFY(tree->topLevelItemCount() > 0);
        QTreeWidgetItem *item = tree->topLevelItem(0)->child(0);
        QVERIFY(item);
        tree->setCurrentItem(item);
        const QString description = item->data(0, Qt::AccessibleDescriptionRole).toString();
        QVERIFY2(description.startsWith(QStringLiteral("Why: ")) && description.contains(QStringLiteral(" Fix: ")),
                 qPrintable(description));
        QVERIFY(tree->accessibleDescription().contains(QStringLiteral("Why: ")));
        QVERIFY(!tree->accessibleName().isEmpty());
    }

    void everyFocusableWidgetHasAName()
    {
        QStringList unnamed;
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            if (w->focusPolicy() == Qt::NoFocus || w->focusProxy() || !w->isVisibleTo(m_window))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 %2 in %3 %4")
                               .arg(QLatin1String(w->metaObject()->className()), w->objectName(),
                                    QLatin1String(w->parentWidget()->metaObject()->className()),
                                    w->parentWidget()->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
