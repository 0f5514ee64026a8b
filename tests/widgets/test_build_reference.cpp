// Issue 12, "done means" #1: the reference design of www.foobar.com built
// from an empty document as a person builds it: boxes dragged from the
// palette, services dropped into servers, two load balancers made a cluster
// by dragging their servers onto it, a certificate dragged onto them, links
// drawn from handles, the required values typed into the properties panel;
// saved through File > Save As in both formats, reopened, compared with what
// was drawn; no two sibling boxes overlap. No model calls build anything.
#include "tests/widgets/guitesthelpers.h"

#include "app/documentcontroller.h"
#include "widgets/canvas/canvasscene.h"
#include "core/model/designmodel.h"
#include "core/model/selection.h"
#include "widgets/items/nodeitem.h"
#include "widgets/panels/propertiespanel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QStandardPaths>
#include <QAbstractButton>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

using namespace sw;
using namespace guitest;

class TestBuildReference : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> w;
    QTemporaryDir tmp;

    const Design &design() const { return w->model()->design(); }
    QRectF rectOf(const QString &id) const { return w->scene()->nodeItem(id)->sceneRectOfNode(); }
    QPointF headerOf(const QString &id) const { return rectOf(id).topLeft() + QPointF(60, 12); }
    // Drops a kind and returns the id of the node of that kind it made.
    QString drop(Kind kind, const QPointF &at)
    {
        QSet<QString> before;
        for (const Node &n : design().nodes())
            before.insert(n.id);
        if (!dropFromPalette(*w, kindTitle(kind), at))
            return {};
        for (const Node &n : design().nodes())
            if (!before.contains(n.id) && n.kind == kind)
                return n.id;
        return {};
    }
    QString serverOf(const QString &id) const { return design().node(id)->parent; }
    // Types into a text field of the properties panel and presses Return.
    void type(const QString &key, const QString &text)
    {
        auto *edit = qobject_cast<QLineEdit *>(w->properties()->editor(key));
        QVERIFY2(edit, qPrintable(key));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    // Picks an entry of a combo box of the properties panel with the keyboard.
    void choose(const QString &key, const QString &data)
    {
        auto *combo = qobject_cast<QComboBox *>(w->properties()->editor(key));
        QVERIFY2(combo, qPrintable(key));
        const int target = combo->findData(data);
        QVERIFY2(target >= 0, qPrintable(data));
        combo->setFocus();
        while (combo->currentIndex() != target) {
            const int before = combo->currentIndex();
            QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
            QVERIFY(combo->currentIndex() != before);
        }
    }
    void link(const QString &from, const QPointF &to)
    {
        NodeItem *item = w->scene()->nodeItem(from);
        drag(w->view(), item->mapToScene(item->handlePos()), to);
    }
    // File > Save As through its dialog: the name typed, the dialog accepted.
    void saveAs(const QString &path)
    {
        bool seen = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            QFileDialog *dialog = nullptr;
            for (QWidget *top : QApplication::topLevelWidgets()) {
                // On a busy machine the dialog may be accepted twice and ask
                // whether to replace the file the first accept named: yes.
                if (auto *box = qobject_cast<QMessageBox *>(top); box && box->isVisible()) {
                    if (QAbstractButton *yes = box->button(QMessageBox::Yes))
                        yes->click();
                    else
                        box->reject();
                    return;
                }
                if (auto *d = qobject_cast<QFileDialog *>(top); d && d->isVisible())
                    dialog = d;
            }
            if (!dialog || seen)
                return;
            seen = true;
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept(); // (QFileDialog::accept is protected)
        });
        poll.start();
        // File > Save As, as its menu entry fires it.
        w->action(QStringLiteral("actionSaveAs"))->trigger();
        poll.stop();
        QVERIFY(seen);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    }

private slots:
    void cleanup()
    {
        if (w)
            w->undoStack()->setClean(); // (a failed run must not stop at "save changes?")
        w.reset();
    }
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StackwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StackwrightReferenceTest"));
        // Qt's own file dialog (not a desktop portal's), so the test can fill it in.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        QFile::remove(DocumentController::recoveryPath());
    }

    void buildTheReferenceDesignFromEmpty()
    {
        w = std::make_unique<MainWindow>(nullptr, MainWindow::Features::EditorOnly);
        w->resize(1600, 1000);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        w->startWith(QString()); // as the first screen's "Empty design"
        QVERIFY(design().nodes().empty());
        w->view()->setSceneRect(-800, -800, 3600, 2600);
        QTest::keyClick(w->view(), Qt::Key_Minus, Qt::ControlModifier); // 80 %
        w->view()->centerOn(QPointF(720, 330));

        // Users, the DNS record, the certificate, the monitoring service.
        const QString users = drop(Kind::Internet, QPointF(120, 330));
        const QString dns = drop(Kind::Dns, QPointF(120, 120));
        QVERIFY(!users.isEmpty() && !dns.isEmpty());
        type(QStringLiteral("domain"), QStringLiteral("www.foobar.com"));
        const QString cert = drop(Kind::Certificate, QPointF(120, 600));
        QVERIFY(!cert.isEmpty());
        type(QStringLiteral("domain"), QStringLiteral("www.foobar.com"));
        const QString sumo = drop(Kind::MonitoringService, QPointF(940, 720));
        QVERIFY(!sumo.isEmpty());

        // The cluster, then two load balancers, each on a server of its own.
        const QString cluster = drop(Kind::Cluster, QPointF(460, 40));
        const QString lb1 = drop(Kind::LoadBalancer, QPointF(460, 230));
        const QString lb2 = drop(Kind::LoadBalancer, QPointF(460, 560));
        QVERIFY(!cluster.isEmpty() && !lb1.isEmpty() && !lb2.isEmpty());
        QVERIFY(!serverOf(lb1).isEmpty() && serverOf(lb1) != serverOf(lb2));
        // Web, application and database servers, each on its own server.
        const QString web = drop(Kind::WebServer, QPointF(780, 260));
        const QString app = drop(Kind::AppServer, QPointF(1040, 260));
        const QString db = drop(Kind::Database, QPointF(1300, 260));
        QVERIFY(!web.isEmpty() && !app.isEmpty() && !db.isEmpty());
        const QStringList servers{serverOf(lb1), serverOf(lb2), serverOf(web), serverOf(app), serverOf(db)};
        QCOMPARE(QSet<QString>(servers.cbegin(), servers.cend()).size(), 5);
        // The codebase beside the app; a firewall and a monitoring agent on every server.
        QVERIFY(!drop(Kind::Codebase, rectOf(serverOf(app)).center()).isEmpty());
        for (const QString &s : servers) {
            const QString fw = drop(Kind::Firewall, rectOf(s).center());
            QCOMPARE(design().node(fw)->parent, s);
            const QString agent = drop(Kind::MonitoringAgent, rectOf(s).center());
            QCOMPARE(design().node(agent)->parent, s);
            choose(QStringLiteral("reports_to"), sumo);
            QCOMPARE(design().node(agent)->propString(QStringLiteral("reports_to")), sumo);
        }

        // Each load balancer's server dragged onto the cluster's outline joins it.
        const QRectF empty = rectOf(cluster);
        drag(w->view(), headerOf(serverOf(lb1)),
             headerOf(serverOf(lb1)) + (QPointF(empty.left(), empty.bottom() - 10) - rectOf(serverOf(lb1)).topLeft()));
        QCOMPARE(design().node(cluster)->propList(QStringLiteral("members")), QStringList{lb1});
        const QRectF one = rectOf(cluster);
        drag(w->view(), headerOf(serverOf(lb2)),
             headerOf(serverOf(lb2)) + (QPointF(one.left() + 14, one.bottom() - 8) - rectOf(serverOf(lb2)).topLeft()));
        QCOMPARE(design().node(cluster)->propList(QStringLiteral("members")), QStringList({lb1, lb2}));

        // The certificate dragged onto each load balancer.
        for (const QString &lb : {lb1, lb2})
            drag(w->view(), rectOf(cert).center(), rectOf(lb).center());
        QCOMPARE(design().node(cert)->propList(QStringLiteral("installed_on")), QStringList({lb1, lb2}));

        // Links from the handles.
        const QRectF c = rectOf(cluster);
        link(users, rectOf(dns).center());
        link(users, c.topLeft() + QPointF(c.width() / 2, 10)); // the cluster's title band
        link(cluster, rectOf(web).center());
        link(web, rectOf(app).center());
        link(app, rectOf(db).center());
        struct Want {
            QString from, to;
            Protocol protocol;
        };
        const QVector<Want> wanted{{users, dns, Protocol::Dns},
                                   {users, cluster, Protocol::Https},
                                   {cluster, web, Protocol::Http},
                                   {web, app, Protocol::Http},
                                   {app, db, Protocol::Mysql}};
        QCOMPARE(int(design().links().size()), int(wanted.size()));
        for (int i = 0; i < wanted.size(); ++i) {
            const Link &l = design().links()[size_t(i)];
            QCOMPARE(l.from, wanted[i].from);
            QCOMPARE(l.to, wanted[i].to);
            QCOMPARE(l.protocol, wanted[i].protocol);
        }
        // The DNS record points at the cluster (chosen in the panel).
        click(w->view(), rectOf(dns).center());
        QCOMPARE(w->selection()->ids(), QStringList{dns});
        choose(QStringLiteral("target"), cluster);

        // What a person sees: every kind of the reference design is there.
        QCOMPARE(int(design().nodesOfKind(Kind::Server).size()), 5);
        QCOMPARE(int(design().nodesOfKind(Kind::Firewall).size()), 5);
        QCOMPARE(int(design().nodesOfKind(Kind::MonitoringAgent).size()), 5);
        QCOMPARE(int(design().nodesOfKind(Kind::Codebase).size()), 1);
        QCOMPARE(design().node(design().nodesOfKind(Kind::Codebase).front()->id)->parent, serverOf(app));

        // No two sibling boxes overlap (a cluster's outline wraps its members by design).
        const Design drawn = design();
        QHash<QString, QStringList> siblings;
        for (const Node &n : drawn.nodes())
            if (n.kind != Kind::Cluster)
                siblings[n.parent] << n.id;
        for (auto it = siblings.constBegin(); it != siblings.constEnd(); ++it)
            for (int i = 0; i < it.value().size(); ++i)
                for (int j = i + 1; j < it.value().size(); ++j)
                    QVERIFY2(!rectOf(it.value()[i]).intersects(rectOf(it.value()[j])),
                             qPrintable(it.value()[i] + QStringLiteral(" overlaps ") + it.value()[j]));

        // Saved through File > Save As in both formats, reopened, the same design.
        for (const QString &name : {QStringLiteral("foobar.stackwright"), QStringLiteral("foobar.json")}) {
            const QString path = tmp.filePath(name);
            saveAs(path);
            QVERIFY(!w->isWindowModified());
            MainWindow other(nullptr, MainWindow::Features::EditorOnly);
            other.startWith(path);
            QCOMPARE(other.document()->path(), QFileInfo(path).absoluteFilePath());
            QCOMPARE(other.model()->design(), drawn);
            other.undoStack()->setClean();
        }
        w->undoStack()->setClean();
    }
};

QTEST_MAIN(TestBuildReference)
#include "test_build_reference.moc"
