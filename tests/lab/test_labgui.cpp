// Tools > Run as Lab through the real main window (every feature attached),
// for real (root; CI runs as root): the scale-up template comes up, every
// server reaches "up" on the canvas, the active load balancer is failed from
// the canvas's context menu, the virtual address moves and real requests
// from the request-flow panel keep being served, unmarking it in what-if
// heals it in the lab, and closing the design leaves nothing behind.
#include "app/documentcontroller.h"
#include "app/mainwindow.h"
#include "core/model/geometry.h"
#include "tests/lab/labchecks.h"
#include "widgets/analysis/analysisfeature.h"
#include "widgets/analysis/analysispanel.h"
#include "widgets/analysis/analysisstate.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/lab/labfeature.h"
#include "widgets/lab/labflowlayer.h"
#include "widgets/lab/lablayer.h"
#include "widgets/lab/labprogressview.h"
#include "widgets/lab/labrequestspanel.h"
#include "widgets/lab/labsession.h"

#include <QApplication>
#include <QAction>
#include <QContextMenuEvent>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>
#include <unistd.h>

using namespace sw;

namespace {

QStringList serverIds(const Design &d)
{
    QStringList out;
    for (const Node *n : d.nodesOfKind(Kind::Server))
        out << n->id;
    return out;
}

// With SW_LABGUI_SHOTS=FOLDER (run under Xvfb with QT_QPA_PLATFORM=xcb):
// the screen as it is, to FOLDER/NAME.png.
void shot(const QString &name)
{
    const QString dir = qEnvironmentVariable("SW_LABGUI_SHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(400);
    QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), dir + QLatin1Char('/') + name + QStringLiteral(".png")});
}

QString describe(const LabView &v)
{
    QStringList parts;
    for (auto it = v.states.cbegin(); it != v.states.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key(), labStateName(*it));
    parts.sort();
    return parts.join(QLatin1Char(' ')) + QStringLiteral(" vip=") + QStringList(v.vipHolders.begin(), v.vipHolders.end()).join(QLatin1Char(','));
}

} // namespace

class TestLabGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StackwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StackwrightLabGuiTest"));
        if (geteuid() != 0)
            QSKIP("the lab needs root (CI runs as root)");
        if (QDir(QStringLiteral("/run/stackwright-lab")).exists())
            QSKIP("a lab is already running on this machine: stackwright-cli lab down");
    }

    void scaleUpThroughTheWindow()
    {
        QElapsedTimer clock;
        clock.start();
        QFile::remove(DocumentController::recoveryPath());
        MainWindow w;
        w.resize(1500, 950);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString error;
        QVERIFY2(w.document()->newFromTemplate(QStringLiteral("scale-up"), &error), qPrintable(error));
        auto *lab = w.findChild<LabFeature *>();
        auto *analysis = w.findChild<AnalysisFeature *>();
        QVERIFY(lab && analysis);
        const Design design = w.model()->design();
        const QStringList servers = serverIds(design);
        QCOMPARE(servers.size(), 5);

        // Tools > Run as Lab.
        QVERIFY(lab->runAction()->isEnabled());
        m_started = true;
        lab->runAction()->trigger();
        QCOMPARE(lab->session()->phase(), LabSession::Phase::Starting);
        QVERIFY2(lab->progressView()->blockerText().isEmpty(), qPrintable(lab->progressView()->blockerText()));

        // Every server "up" on the canvas (the lab layer), and the lab up.
        auto allUp = [&] {
            const LabView v = lab->layer()->labView();
            for (const QString &id : servers)
                if (v.state(id) != LabState::Up)
                    return false;
            return lab->layer()->isShown() && lab->session()->phase() == LabSession::Phase::Running && !v.vipHolders.isEmpty();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(allUp(), qPrintable(describe(lab->layer()->labView()) + QLatin1Char(' ') + lab->progressView()->messageText()), 240000);
        qInfo("lab up on the canvas after %.1f s", clock.elapsed() / 1000.0);
        const QSet<QString> namespaces = labchecks::labNamespaces();
        QVERIFY(!namespaces.isEmpty());
        QCOMPARE(lab->progressView()->serverStateText(QStringLiteral("web-01")), labStateName(LabState::Up));
        QCOMPARE(lab->layer()->labView().state(QStringLiteral("haproxy-1")), LabState::Up);   // a service
        const QSet<QString> holders = lab->layer()->labView().vipHolders;
        QCOMPARE(holders.size(), 1);
        const QString active = *holders.begin();
        const QString standby = active == QStringLiteral("lb-1") ? QStringLiteral("lb-2") : QStringLiteral("lb-1");

        // Right-click the active load balancer on the canvas: "Fail ... in the Lab".
        const QPointF centre = DiagramGeometry(design).rect(active).center() + QPointF(0, 5);
        w.view()->centerOn(centre);
        const QPoint viewPos = w.view()->mapFromScene(centre);
        QCOMPARE(lab->serverAt(w.view()->mapToScene(viewPos)), active);
        bool chosen = false;
        QString menuText;
        QTimer::singleShot(200, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *a : menu->actions())
                if (a->objectName() == QStringLiteral("labFail")) {
                    menuText = a->text();
                    chosen = true;
                    menu->close();
                    a->trigger();
                }
            if (!chosen)
                menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, viewPos, w.view()->viewport()->mapToGlobal(viewPos));
        QApplication::sendEvent(w.view()->viewport(), &event);
        QVERIFY2(chosen, "the context menu offered no \"Fail ... in the Lab\"");
        QVERIFY2(menuText.contains(QStringLiteral("lb-0")), qPrintable(menuText));
        clock.restart();

        // The virtual address moves to the standby, the failed one is marked
        // on the canvas, and what-if shows the same failure.
        QTRY_VERIFY2_WITH_TIMEOUT(lab->layer()->labView().vipHolders == QSet<QString>{standby}
                                      && lab->layer()->labView().state(active) == LabState::Failed,
                                  qPrintable(describe(lab->layer()->labView())), 30000);
        qInfo("VIP holder changed on the canvas %.1f s after the click", clock.elapsed() / 1000.0);
        QVERIFY(analysis->state()->whatIfMode());
        QCOMPARE(analysis->state()->marked(), QStringList{active});
        QCOMPARE(lab->layer()->labView().state(standby), LabState::Up);
        w.action(QStringLiteral("actionZoomFit"))->trigger();
        shot(QStringLiteral("canvas-lab-one-server-failed"));

        // Real requests from the request-flow panel: all served, through the standby.
        analysis->dock()->show();
        analysis->dock()->raise();   // tabbed with Properties: bring it to the front
        analysis->panel()->showTab(AnalysisPanel::FlowTab);
        lab->requestsPanel()->countBox()->setValue(20);
        QTRY_VERIFY(lab->requestsPanel()->sendButton()->isEnabled());
        QTest::mouseClick(lab->requestsPanel()->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(lab->requestsPanel()->stats().sent == 20, 60000);
        QVERIFY2(lab->requestsPanel()->stats().served == 20, qPrintable(lab->requestsPanel()->numbersText()));
        QCOMPARE(lab->flowLayer()->pathCount(), 20);
        QVERIFY(lab->flowLayer()->isPlaying());
        if (!qEnvironmentVariableIsEmpty("SW_LABGUI_SHOTS")) {
            QTest::qWait(1500);
            shot(QStringLiteral("request-flow-animating"));
            QTRY_VERIFY_WITH_TIMEOUT(!lab->flowLayer()->isPlaying(), 30000);
            shot(QStringLiteral("request-flow-after-20-requests"));
        }

        // Unmarked in what-if: healed in the lab (its script runs again).
        clock.restart();
        QVERIFY(analysis->state()->setMarked({}));
        QTRY_VERIFY2_WITH_TIMEOUT(lab->layer()->labView().state(active) == LabState::Up && lab->session()->failedServers().isEmpty(),
                                  qPrintable(describe(lab->layer()->labView())), 120000);
        qInfo("healed from what-if in %.1f s", clock.elapsed() / 1000.0);

        // Closing the design stops the lab: nothing left.
        clock.restart();
        w.document()->newEmpty();
        QTRY_VERIFY_WITH_TIMEOUT(lab->session()->phase() == LabSession::Phase::Idle, 60000);
        qInfo("lab down after the design was closed in %.1f s", clock.elapsed() / 1000.0);
        QVERIFY(!lab->layer()->isShown());
        const QStringList left = labchecks::leftovers(namespaces);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase()
    {
        // Whatever happened above: no lab stays behind.
        if (m_started && QDir(QStringLiteral("/run/stackwright-lab")).exists()) {
            lab::LabEngine engine;
            QString error;
            engine.down(&error);
        }
    }

private:
    bool m_started = false;   // this test started a lab (so it may take one down)
};

QTEST_MAIN(TestLabGui)
#include "test_labgui.moc"
