// The editor as a user drives it: the real main window, palette, canvas and
// properties panel, with QTest mouse and key events and real drag-and-drop
// events carrying the palette's MIME data.
#include "widgets/canvas/canvaseditor.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "app/documentcontroller.h"
#include "app/editactions.h"
#include "core/io/jsonformat.h"
#include "core/io/templates.h"
#include "app/mainwindow.h"
#include "core/model/designmodel.h"
#include "core/model/selection.h"
#include "widgets/items/nodeitem.h"
#include "widgets/panels/palettewidget.h"
#include "widgets/panels/propertiespanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace sw;

namespace {
void sendMouse(QWidget *w, QEvent::Type type, const QPoint &pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, QPointF(pos), w->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}
void drag(QGraphicsView *view, const QPointF &fromScene, const QPointF &toScene)
{
    QWidget *vp = view->viewport();
    const QPoint a = view->mapFromScene(fromScene), b = view->mapFromScene(toScene);
    sendMouse(vp, QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 5; ++i)
        sendMouse(vp, QEvent::MouseMove, a + (b - a) * i / 5, Qt::NoButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, b, Qt::LeftButton, Qt::NoButton);
}
// Drops the palette's MIME data for `kindTitle` onto the view at a scene point,
// through the same events a real drag delivers.
void dropFromPalette(MainWindow &w, const QString &kindTitle, const QPointF &scenePos)
{
    QListWidget *list = w.paletteWidget()->list();
    const auto found = list->findItems(kindTitle, Qt::MatchExactly);
    QVERIFY(!found.isEmpty());
    std::unique_ptr<QMimeData> mime(list->model()->mimeData({list->indexFromItem(found.constFirst())}));
    QVERIFY(mime && mime->hasFormat(CanvasEditor::kindMimeType()));
    QWidget *vp = w.view()->viewport();
    const QPoint pos = w.view()->mapFromScene(scenePos);
    QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &drop);
    QVERIFY(drop.isAccepted());
}
} // namespace

class TestEditor : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> w;
    QTemporaryDir tmp;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StackwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StackwrightTest"));
    }
    void init()
    {
        DocumentController::recoveryPath(); // (test mode location)
        QFile::remove(DocumentController::recoveryPath());
        w = std::make_unique<MainWindow>(nullptr, MainWindow::Features::EditorOnly);
        w->resize(1500, 950);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        w->startWith(QString(), defaultTemplateName());
        w->view()->resetZoom();
        w->view()->centerOn(QPointF(800, 300));
    }
    void cleanup()
    {
        w->undoStack()->setClean();
        w.reset();
    }

    void startsWithTheTemplate()
    {
        QCOMPARE(w->model()->design().name, QStringLiteral("www.foobar.com (scale up)"));
        QVERIFY(!w->isWindowModified());
        QVERIFY(w->windowTitle().contains(QStringLiteral("Untitled")));
    }

    void paletteDropConnectEditUndoRedo()
    {
        DesignModel *m = w->model();
        const Design original = m->design();
        // 1. Drop a web server from the palette onto the application server box.
        const QRectF app = w->scene()->nodeItem(QStringLiteral("app-1"))->sceneRectOfNode();
        dropFromPalette(*w, kindTitle(Kind::WebServer), QPointF(app.center().x(), app.bottom() - 25));
        QCOMPARE(m->design().nodes().size(), original.nodes().size() + 1);
        const Node *web = m->node(QStringLiteral("web-server"));
        QVERIFY(web);
        QCOMPARE(web->parent, QStringLiteral("app-1"));
        const Design afterDrop = m->design();
        QVERIFY(w->isWindowModified());

        // 2. Connect it to the app server by dragging from its handle.
        NodeItem *item = w->scene()->nodeItem(QStringLiteral("web-server"));
        NodeItem *gunicorn = w->scene()->nodeItem(QStringLiteral("gunicorn"));
        drag(w->view(), item->mapToScene(item->handlePos()), gunicorn->sceneRectOfNode().center());
        QCOMPARE(m->design().links().size(), original.links().size() + 1);
        const Link &link = m->design().links().back();
        QCOMPARE(link.from, QStringLiteral("web-server"));
        QCOMPARE(link.to, QStringLiteral("gunicorn"));
        QCOMPARE(link.protocol, Protocol::Http);
        QCOMPARE(link.effectivePort(), 8000);
        const Design afterLink = m->design();

        // 3. Change a property in the properties panel: software -> nginx.
        w->selection()->set({QStringLiteral("web-server")});
        auto *software = qobject_cast<QComboBox *>(w->properties()->editor(QStringLiteral("software")));
        QVERIFY(software);
        software->setFocus();
        QTest::keyClick(software, Qt::Key_Down);
        QCOMPARE(m->node(QStringLiteral("web-server"))->propString(QStringLiteral("software")), QStringLiteral("nginx"));
        const Design afterEdit = m->design();

        // Undo all three, redo them.
        QUndoStack *undo = w->undoStack();
        undo->undo();
        QCOMPARE(m->design(), afterLink);
        undo->undo();
        QCOMPARE(m->design(), afterDrop);
        undo->undo();
        QCOMPARE(m->design(), original);
        QVERIFY(!w->isWindowModified());
        undo->redo();
        QCOMPARE(m->design(), afterDrop);
        undo->redo();
        QCOMPARE(m->design(), afterLink);
        undo->redo();
        QCOMPARE(m->design(), afterEdit);
    }

    void badValueIsNamedAndRefused()
    {
        w->selection()->set({QStringLiteral("db-1")});
        auto *address = qobject_cast<QLineEdit *>(w->properties()->editor(QStringLiteral("address")));
        QVERIFY(address);
        address->setFocus();
        address->selectAll();
        QTest::keyClicks(address, QStringLiteral("10.0.3.999"));
        QVERIFY(w->properties()->message().contains(QStringLiteral("10.0.3.999")));
        QTest::keyClick(address, Qt::Key_Return);
        QCOMPARE(w->model()->node(QStringLiteral("db-1"))->propString(QStringLiteral("address")), QStringLiteral("10.0.3.41"));
        QVERIFY(w->properties()->message().contains(QStringLiteral("10.0.3.999")));
        // A good one is taken, as one undo step.
        address->selectAll();
        QTest::keyClicks(address, QStringLiteral("10.0.3.42"));
        QTest::keyClick(address, Qt::Key_Return);
        QCOMPARE(w->model()->node(QStringLiteral("db-1"))->propString(QStringLiteral("address")), QStringLiteral("10.0.3.42"));
        QCOMPARE(w->undoStack()->count(), 1);
    }

    void cutAndPasteAServerWithItsServices()
    {
        DesignModel *m = w->model();
        const Design original = m->design();
        w->selection()->set({QStringLiteral("app-1")});
        w->view()->setFocus();
        QTest::keySequence(w.get(), QKeySequence::Cut);
        QVERIFY(!m->node(QStringLiteral("app-1")));
        QVERIFY(!m->node(QStringLiteral("gunicorn")));
        QTest::keySequence(w.get(), QKeySequence::Paste);
        QVERIFY(m->node(QStringLiteral("app-1")));
        for (const QString &s : {QStringLiteral("gunicorn"), QStringLiteral("code"), QStringLiteral("fw-app-1"),
                                 QStringLiteral("mon-app-1")})
            QCOMPARE(m->node(s)->parent, QStringLiteral("app-1"));
        QCOMPARE(w->selection()->ids(), QStringList{QStringLiteral("app-1")});
        // Paste again: fresh ids, the services inside the new server.
        QTest::keySequence(w.get(), QKeySequence::Paste);
        QVERIFY(m->node(QStringLiteral("app-1-2")));
        QCOMPARE(m->node(QStringLiteral("gunicorn-2"))->parent, QStringLiteral("app-1-2"));
        QCOMPARE(m->design().children(QStringLiteral("app-1-2")).size(), 4);
        // Duplicate keeps references inside the copy.
        w->selection()->set({QStringLiteral("fw-app-1")});
        w->editActions()->duplicate();
        QCOMPARE(m->node(QStringLiteral("fw-app-1-3"))->parent, QStringLiteral("app-1"));
        QCOMPARE(m->node(QStringLiteral("fw-app-1-3"))->propList(QStringLiteral("allow")),
                 QStringList{QStringLiteral("8000/tcp from web-1")});
    }

    void saveReopenAndCompare_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("json") << QStringLiteral("design.json");
        QTest::newRow("native") << QStringLiteral("design.stackwright");
    }
    void saveReopenAndCompare()
    {
        QFETCH(QString, name);
        w->model()->setNodePos(QStringLiteral("sumo"), QPointF(950, 520));
        const Design saved = w->model()->design();
        const QString path = tmp.filePath(name);
        QString error;
        QVERIFY2(w->document()->saveTo(path, &error), qPrintable(error));
        QVERIFY(!w->isWindowModified());
        QVERIFY(w->windowTitle().contains(name));
        MainWindow other(nullptr, MainWindow::Features::EditorOnly);
        QVERIFY2(other.document()->openFile(path, &error), qPrintable(error));
        QCOMPARE(other.model()->design(), saved);
        QCOMPARE(other.document()->recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    }

    void savingASmallChangeWritesOnlyThatChange()
    {
        const QString path = tmp.filePath(QStringLiteral("incremental.stackwright"));
        QString error;
        QVERIFY2(w->document()->saveTo(path, &error), qPrintable(error));
        QVERIFY(!w->document()->lastNativeSave().incremental);
        w->model()->setNodePos(QStringLiteral("sumo"), QPointF(960, 530));
        QVERIFY2(w->document()->saveTo(path, &error), qPrintable(error));
        QVERIFY(w->document()->lastNativeSave().incremental);
        QCOMPARE(w->document()->lastNativeSave().rowsWritten, 1);
        MainWindow other(nullptr, MainWindow::Features::EditorOnly);
        QVERIFY2(other.document()->openFile(path, &error), qPrintable(error));
        QCOMPARE(other.model()->design(), w->model()->design());
    }

    void refusedFileLeavesTheDocumentUntouched()
    {
        w->model()->setNodePos(QStringLiteral("sumo"), QPointF(1000, 600));
        const Design before = w->model()->design();
        const QString path = tmp.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format":"stackwright-design","version":1,"name":"x","nodes":[{"id":"a","kind":"toaster"}],"links":[]})");
        f.close();
        QString error;
        QVERIFY(!w->document()->openFile(path, &error));
        QVERIFY2(error.contains(QStringLiteral("kind")), qPrintable(error));
        QCOMPARE(w->model()->design(), before);
        QVERIFY(w->document()->path().isEmpty());
    }

    void autosaveAndRecover()
    {
        w->document()->setAutosaveDelay(50);
        w->selection()->set({QStringLiteral("sumo")});
        w->scene()->editor()->nudgeSelection(QPointF(40, 0));
        QTRY_VERIFY(w->document()->hasRecovery());
        const Design changed = w->model()->design();
        // "Crash": a new window finds the recovery file.
        MainWindow next(nullptr, MainWindow::Features::EditorOnly);
        QVERIFY(next.document()->hasRecovery());
        QString error;
        QVERIFY2(next.document()->recover(&error), qPrintable(error));
        QCOMPARE(next.model()->design(), changed);
        QVERIFY(next.document()->isModified());
        // A clean save removes the recovery file.
        QVERIFY(next.document()->saveTo(tmp.filePath(QStringLiteral("recovered.json")), &error));
        QVERIFY(!next.document()->hasRecovery());
    }

    void arrowKeysMoveWithOneUndoStep()
    {
        w->selection()->set({QStringLiteral("web-1")});
        w->view()->setFocus();
        const QPointF start = w->model()->node(QStringLiteral("web-1"))->pos;
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(w->view(), Qt::Key_Down);
        QCOMPARE(w->model()->node(QStringLiteral("web-1"))->pos, start + QPointF(0, 40));
        QCOMPARE(w->undoStack()->count(), 1);
        QTest::keySequence(w.get(), QKeySequence::Undo);
        QCOMPARE(w->model()->node(QStringLiteral("web-1"))->pos, start);
    }

    void paletteSearchPlacesTheChosenKind()
    {
        QTest::keyClick(w.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(w->paletteWidget()->searchBox()->hasFocus());
        QTest::keyClicks(w->paletteWidget()->searchBox(), QStringLiteral("note"));
        QTest::keyClick(w->paletteWidget()->searchBox(), Qt::Key_Return);
        QVERIFY(w->model()->node(QStringLiteral("note")));
        QCOMPARE(w->selection()->ids(), QStringList{QStringLiteral("note")});
        // Delete it with the keyboard.
        w->view()->setFocus();
        QTest::keyClick(w->view(), Qt::Key_Delete);
        QVERIFY(!w->model()->node(QStringLiteral("note")));
    }

    // Without a desktop icon theme (offscreen here) every toolbar action still
    // shows a picture: our own fallback SVGs, not a blank or text-only button.
    void toolbarActionsHaveVisibleIcons()
    {
        auto *bar = w->findChild<QWidget *>(QStringLiteral("mainToolBar")); // (QWidget: no extra include)
        QVERIFY(bar);
        int checked = 0;
        for (QAction *a : bar->actions()) {
            if (a->objectName().isEmpty())
                continue; // separators and the find box
            ++checked;
            QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
            const QImage img = a->icon().pixmap(24, 24).toImage().convertToFormat(QImage::Format_ARGB32);
            QVERIFY2(!img.isNull(), qPrintable(a->objectName()));
            int opaque = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x)
                    opaque += qAlpha(img.pixel(x, y)) > 128;
            QVERIFY2(opaque > 24, qPrintable(a->objectName() + QStringLiteral(": blank icon")));
        }
        QVERIFY(checked >= 10);
    }
};

QTEST_MAIN(TestEditor)
#include "test_editor.moc"
