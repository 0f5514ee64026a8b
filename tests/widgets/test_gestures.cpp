// The gestures of issue 12, each as a person makes it: real main window,
// mouse and key events on the canvas, the properties panel's fields.
#include "tests/widgets/guitesthelpers.h"

#include "app/documentcontroller.h"
#include "widgets/canvas/canvasscene.h"
#include "core/io/templates.h"
#include "core/model/designmodel.h"
#include "core/model/geometry.h"
#include "core/model/selection.h"
#include "widgets/items/nodeitem.h"
#include "widgets/panels/propertiespanel.h"
#include "widgets/panels/startpage.h"

#include <QLabel>
#include <QPaintEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QUndoStack>
#include <QWidgetAction>

using namespace sw;
using namespace guitest;

// Collects the regions a widget is asked to repaint.
class PaintRecorder : public QObject {
public:
    QRegion region;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            region += static_cast<QPaintEvent *>(e)->region();
        return QObject::eventFilter(o, e);
    }
};

class TestGestures : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> w;

    void start(const QString &templateName)
    {
        QFile::remove(DocumentController::recoveryPath());
        if (w)
            w->undoStack()->setClean();
        w.reset();
        w = std::make_unique<MainWindow>(nullptr, MainWindow::Features::EditorOnly);
        w->resize(1500, 950);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        w->startWith(QString(), templateName);
        w->view()->resetZoom();
        w->view()->setSceneRect(-600, -600, 3600, 2400);
        w->view()->centerOn(QPointF(700, 350));
    }
    QStringList members(const QString &cluster) const
    {
        return w->model()->node(cluster)->propList(QStringLiteral("members"));
    }
    QRectF rectOf(const QString &id) const { return w->scene()->nodeItem(id)->sceneRectOfNode(); }
    // A point on a server's title band (grabs the server, not a service).
    QPointF headerOf(const QString &id) const { return rectOf(id).topLeft() + QPointF(60, 12); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StackwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StackwrightGesturesTest"));
    }
    void cleanup()
    {
        if (w)
            w->undoStack()->setClean();
        w.reset();
    }

    // Item 2: services dropped at one spot of a server stack inside it, and
    // the server grows to hold them.
    void servicesDroppedIntoAServerStackInsideIt()
    {
        start(QString());
        QVERIFY(w->model()->design().nodes().empty());
        QVERIFY(dropFromPalette(*w, kindTitle(Kind::Server), QPointF(300, 200)));
        const QString server = w->model()->design().nodes().front().id;
        const QPointF spot = rectOf(server).center();
        for (Kind k : {Kind::WebServer, Kind::MonitoringAgent, Kind::Firewall, Kind::AppServer})
            QVERIFY(dropFromPalette(*w, kindTitle(k), spot));
        const QStringList children = w->model()->design().children(server);
        QCOMPARE(children.size(), 4);
        const QRectF box = rectOf(server);
        for (int i = 0; i < children.size(); ++i) {
            const QRectF a = rectOf(children[i]);
            QVERIFY2(box.contains(a), qPrintable(children[i]));
            for (int j = i + 1; j < children.size(); ++j)
                QVERIFY2(!a.intersects(rectOf(children[j])), qPrintable(children[i] + QStringLiteral(" on ") + children[j]));
        }
        // Dragging one onto another inside the server: it does not land on it.
        const QRectF first = rectOf(children[0]);
        drag(w->view(), rectOf(children[3]).center(), first.center() + QPointF(0, 6));
        QVERIFY(!rectOf(children[3]).intersects(first));
    }

    // Item 2: a server that grows to hold what is dropped into it pushes the
    // box below it aside, in the same undo step.
    void aGrowingServerPushesItsNeighbourAside()
    {
        start(QString());
        QVERIFY(dropFromPalette(*w, kindTitle(Kind::Server), QPointF(300, 200)));
        const QString upper = w->model()->design().nodes().front().id;
        const QRectF first = rectOf(upper);
        QVERIFY(dropFromPalette(*w, kindTitle(Kind::Server), QPointF(first.center().x(), first.bottom() + 60)));
        QString lower;
        for (const Node &n : w->model()->design().nodes())
            if (n.id != upper)
                lower = n.id;
        QVERIFY(!rectOf(upper).intersects(rectOf(lower)));
        for (Kind k : {Kind::WebServer, Kind::MonitoringAgent, Kind::Firewall, Kind::AppServer})
            QVERIFY(dropFromPalette(*w, kindTitle(k), rectOf(upper).center()));
        QCOMPARE(int(w->model()->design().children(upper).size()), 4);
        QVERIFY(rectOf(upper).height() > first.height());
        QVERIFY2(!rectOf(upper).intersects(rectOf(lower)), "the grown server covers the one below it");
        w->scene()->undoStack()->undo();
        QCOMPARE(int(w->model()->design().children(upper).size()), 3);
        QVERIFY(!rectOf(upper).intersects(rectOf(lower)));
    }

    // Item 7: a service dropped on empty canvas gets a server named after its
    // job ("Web server", web-01; the next one "Web server 2", web-02), not "Server".
    void servicesOnEmptyCanvasGetNamedServers()
    {
        start(QString());
        QVERIFY(dropFromPalette(*w, kindTitle(Kind::WebServer), QPointF(300, 200)));
        QVERIFY(dropFromPalette(*w, kindTitle(Kind::WebServer), QPointF(300, 500)));
        QVERIFY(dropFromPalette(*w, kindTitle(Kind::Database), QPointF(700, 200)));
        QStringList servers;
        for (const Node *n : w->model()->design().nodesOfKind(Kind::Server))
            servers << QStringLiteral("%1 %2").arg(n->label, n->propString(QStringLiteral("hostname")));
        servers.sort();
        QCOMPARE(servers, (QStringList{"Database server db-01", "Web server 2 web-02", "Web server web-01"}));
    }

    // Item 2: the question asked when a service leaves every server is shown whole.
    void theWhereQuestionIsNotCut()
    {
        const QString q = QStringLiteral("Where does Monitoring agent (monitoring-agent-12) go?");
        const auto menu = CanvasEditor::questionMenu(q, {QStringLiteral("Onto a new server here"), QStringLiteral("Back")});
        auto *label = menu->findChild<QLabel *>(QStringLiteral("question"));
        QVERIFY(label);
        QCOMPARE(label->text(), q);
        menu->ensurePolished();
        QVERIFY(menu->sizeHint().width() >= label->fontMetrics().horizontalAdvance(q));
    }

    // Item 3: File > New leaves nothing of the old design painted.
    void newRepaintsWhereTheLinksWere()
    {
        start(defaultTemplateName());
        QVector<QPointF> middles;
        for (const Link &l : w->model()->design().links())
            middles << (rectOf(l.from).center() + rectOf(l.to).center()) / 2;
        QVERIFY(middles.size() >= 5);
        // What the canvas repaints after New, as the window system is asked to.
        PaintRecorder painted;
        w->view()->viewport()->installEventFilter(&painted);
        QTest::qWait(50);
        painted.region = QRegion();
        QTest::keyClick(w->view(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(w->model()->design().nodes().empty());
        QTest::qWait(100);
        for (const QPointF &m : middles) {
            const QPoint at = w->view()->mapFromScene(m);
            if (!w->view()->viewport()->rect().contains(at))
                continue;
            QVERIFY2(painted.region.contains(at), qPrintable(QStringLiteral("(%1, %2) not repainted").arg(m.x()).arg(m.y())));
        }
    }

    // Item 4: a load balancer's server dragged out of its cluster leaves it,
    // dragged onto it joins it; one undo step each.
    void clustersByDragging()
    {
        start(defaultTemplateName());
        const QString cluster = QStringLiteral("lb-cluster");
        QCOMPARE(members(cluster), QStringList({QStringLiteral("haproxy-1"), QStringLiteral("haproxy-2")}));
        const int steps = w->undoStack()->count();
        drag(w->view(), headerOf(QStringLiteral("lb-2")), headerOf(QStringLiteral("lb-2")) + QPointF(0, 700));
        QCOMPARE(members(cluster), QStringList({QStringLiteral("haproxy-1")}));
        QCOMPARE(w->undoStack()->count(), steps + 1);
        w->undoStack()->undo();
        QCOMPARE(members(cluster).size(), 2);
        w->undoStack()->redo();
        QCOMPARE(members(cluster), QStringList({QStringLiteral("haproxy-1")}));
        // Back onto the cluster: a member again.
        const QRectF around = rectOf(cluster);
        const QRectF lb2 = rectOf(QStringLiteral("lb-2"));
        const QPointF target(around.left() + 14, around.bottom() - 8); // its top-left: on the cluster's edge
        drag(w->view(), headerOf(QStringLiteral("lb-2")), headerOf(QStringLiteral("lb-2")) + (target - lb2.topLeft()));
        QCOMPARE(members(cluster), QStringList({QStringLiteral("haproxy-1"), QStringLiteral("haproxy-2")}));

        // "Make cluster" from the keyboard: two load balancers selected, Ctrl+Shift+K.
        start(QString());
        QVERIFY(dropFromPalette(*w, kindTitle(Kind::LoadBalancer), QPointF(200, 150)));
        QVERIFY(dropFromPalette(*w, kindTitle(Kind::LoadBalancer), QPointF(200, 450)));
        QStringList lbs;
        for (const Node *n : w->model()->design().nodesOfKind(Kind::LoadBalancer))
            lbs << n->id;
        QCOMPARE(lbs.size(), 2);
        click(w->view(), rectOf(lbs[0]).center());
        click(w->view(), rectOf(lbs[1]).center(), Qt::ControlModifier);
        QCOMPARE(w->selection()->ids().size(), 2);
        QTest::keyClick(w->view(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        const auto clusters = w->model()->design().nodesOfKind(Kind::Cluster);
        QCOMPARE(clusters.size(), 1);
        QStringList got = clusters.front()->propList(QStringLiteral("members"));
        got.sort();
        lbs.sort();
        QCOMPARE(got, lbs);
        // The panel names the members readably, not as ids.
        auto *names = w->properties()->findChild<QLabel *>(QStringLiteral("refNames_members"));
        QVERIFY(names);
        QVERIFY2(names->text().contains(QStringLiteral("Load balancer on ")), qPrintable(names->text()));
    }

    // Item 11: a certificate dragged onto a service is installed there.
    void certificateDraggedOntoAService()
    {
        start(defaultTemplateName());
        const QPointF certPos = w->model()->node(QStringLiteral("cert"))->pos;
        const int steps = w->undoStack()->count();
        drag(w->view(), rectOf(QStringLiteral("cert")).center(), rectOf(QStringLiteral("apache")).center());
        const QStringList on = w->model()->node(QStringLiteral("cert"))->propList(QStringLiteral("installed_on"));
        QVERIFY2(on.contains(QStringLiteral("apache")), qPrintable(on.join(QLatin1Char(','))));
        QCOMPARE(w->model()->node(QStringLiteral("cert"))->pos, certPos);
        QCOMPARE(w->undoStack()->count(), steps + 1);
        w->undoStack()->undo();
        QVERIFY(!w->model()->node(QStringLiteral("cert"))->propList(QStringLiteral("installed_on")).contains(QStringLiteral("apache")));
    }

    // Item 5: below 100 % the handle is still big enough to see and to hit.
    void linkHandlesWorkZoomedOut()
    {
        start(defaultTemplateName());
        QTest::keyClick(w->view(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(w->view(), Qt::Key_Minus, Qt::ControlModifier);
        const double zoom = w->view()->zoom();
        QVERIFY(zoom < 0.7 && zoom > 0.55);
        NodeItem *users = w->scene()->nodeItem(QStringLiteral("users"));
        QVERIFY(users->handleRadius() * zoom >= 5.5); // on screen
        const int links = int(w->model()->design().links().size());
        // Pressed 7 screen pixels off the handle's centre.
        const QPointF handle = users->mapToScene(users->handlePos());
        drag(w->view(), handle + QPointF(0, 7 / zoom), rectOf(QStringLiteral("sumo")).center());
        QCOMPARE(int(w->model()->design().links().size()), links + 1);
        QCOMPARE(w->model()->design().links().back().from, QStringLiteral("users"));
        QCOMPARE(w->model()->design().links().back().to, QStringLiteral("sumo"));
    }

    // Item 5: the keyboard way to link: select two nodes, Ctrl+L, pick the
    // direction and protocol.
    void linkSelectedFromTheKeyboard()
    {
        start(defaultTemplateName());
        QStringList asked;
        w->scene()->editor()->setChooser([&](const QString &, const QStringList &options) {
            asked = options;
            for (int i = 0; i < options.size(); ++i)
                if (options[i].startsWith(QStringLiteral("Apache → MySQL")) && options[i].endsWith(QStringLiteral("tcp")))
                    return i;
            return -1;
        });
        click(w->view(), rectOf(QStringLiteral("apache")).center());
        click(w->view(), rectOf(QStringLiteral("mysql")).center(), Qt::ControlModifier);
        QVERIFY(w->action(QStringLiteral("actionLinkSelected"))->isEnabled());
        const int links = int(w->model()->design().links().size());
        QTest::keyClick(w->view(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY2(asked.size() >= 4, qPrintable(asked.join(QLatin1Char('|'))));
        QCOMPARE(int(w->model()->design().links().size()), links + 1);
        const Link &l = w->model()->design().links().back();
        QCOMPARE(l.from, QStringLiteral("apache"));
        QCOMPARE(l.to, QStringLiteral("mysql"));
        QCOMPARE(l.protocol, Protocol::Tcp);
    }

    // Item 8: a refused value is explained next to its field.
    void refusedValuesAreExplainedBesideTheField()
    {
        start(defaultTemplateName());
        click(w->view(), headerOf(QStringLiteral("db-1")));
        QCOMPARE(w->selection()->ids(), QStringList({QStringLiteral("db-1")}));
        auto *address = qobject_cast<QLineEdit *>(w->properties()->editor(QStringLiteral("address")));
        QVERIFY(address);
        address->setFocus();
        address->selectAll();
        QTest::keyClicks(address, QStringLiteral("10.0.0.300"));
        const QString words = w->properties()->fieldError(QStringLiteral("address"));
        QVERIFY2(words.contains(QStringLiteral("10.0.0.300")) && words.contains(QStringLiteral("0 to 255")), qPrintable(words));
        auto *label = w->properties()->findChild<QLabel *>(QStringLiteral("fieldError_address"));
        QVERIFY(label && label->isVisible());
        // Right under the field.
        auto gap = [&] {
            return label->mapTo(w->properties(), QPoint(0, 0)).y() - address->mapTo(w->properties(), QPoint(0, address->height())).y();
        };
        QTRY_VERIFY2(gap() >= 0 && gap() < 30, qPrintable(QString::number(gap())));
        QTest::keyClick(address, Qt::Key_Return);
        QCOMPARE(w->model()->node(QStringLiteral("db-1"))->propString(QStringLiteral("address")), QStringLiteral("10.0.3.41"));
        // A bad host name says what a host name may hold.
        auto *host = qobject_cast<QLineEdit *>(w->properties()->editor(QStringLiteral("hostname")));
        host->setFocus();
        host->selectAll();
        QTest::keyClicks(host, QStringLiteral("lb_01 bad"));
        QVERIFY(w->properties()->fieldError(QStringLiteral("hostname")).contains(QStringLiteral("letters, digits and hyphens")));
    }

    // Item 12: the first screen and the empty canvas's words.
    void firstScreenAndEmptyCanvas()
    {
        start(QString());
        QVERIFY(w->model()->design().nodes().empty());
        QVERIFY(!w->windowTitle().contains(QStringLiteral("foobar")));
        // The empty canvas says how to begin: words painted in its middle.
        const QImage shot = w->view()->viewport()->grab().toImage();
        const QColor bg = shot.pixelColor(5, 5);
        int ink = 0;
        for (int y = shot.height() / 2 - 60; y < shot.height() / 2 + 60; ++y)
            for (int x = 0; x < shot.width(); x += 2)
                ink += shot.pixelColor(x, y) != bg;
        QVERIFY2(ink > 300, qPrintable(QString::number(ink)));
        QVERIFY(CanvasView::emptyHint().contains(QStringLiteral("palette")));

        StartPage page(templateNames(), {QStringLiteral("/tmp/some/design.stackwright")});
        QCOMPARE(page.templateList()->count(), int(templateNames().size()));
        for (int i = 0; i < page.templateList()->count(); ++i)
            QVERIFY(!page.templateList()->item(i)->icon().isNull());
        QCOMPARE(page.recentList()->count(), 1);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.templateList()->setFocus();
        page.templateList()->setCurrentRow(int(templateNames().indexOf(defaultTemplateName())));
        QTest::keyClick(page.templateList(), Qt::Key_Return);
        QCOMPARE(page.choice(), StartPage::Choice::Template);
        QCOMPARE(page.chosen(), defaultTemplateName());
        StartPage again(templateNames(), {});
        again.show();
        QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("emptyDesign")), Qt::LeftButton);
        QCOMPARE(again.choice(), StartPage::Choice::Empty);
    }
};

QTEST_MAIN(TestGestures)
#include "test_gestures.moc"
