// The lab UI's logic without a lab (runs anywhere): live states from a lab
// status, the path of a real request from what the probe reports, the
// numbers of a batch, the packages check, and Run as Lab refusing a design
// the lab cannot run before anything starts.
#include "core/io/templates.h"
#include "deploy/lab/labpreflight.h"
#include "widgets/lab/labpaths.h"
#include "widgets/lab/labfeature.h"
#include "widgets/lab/labprogressview.h"
#include "widgets/lab/labsession.h"
#include "widgets/lab/labstates.h"

#include <QDir>
#include <QtTest>
#include <unistd.h>

using namespace sw;

namespace {

Design scaleUp()
{
    Design d;
    QString error;
    if (!loadTemplate(QStringLiteral("scale-up"), &d, &error))
        qFatal("%s", qPrintable(error));
    return d;
}

lab::NodeStatus server(const QString &name, const QString &id, const QStringList &up, const QStringList &down = {})
{
    lab::NodeStatus n;
    n.name = name;
    n.nodeId = id;
    n.role = QStringLiteral("server");
    n.present = true;
    for (const QString &u : up)
        n.units << lab::UnitStatus{u, true, false};
    for (const QString &u : down)
        n.units << lab::UnitStatus{u, false, false};
    n.units << lab::UnitStatus{QStringLiteral("collector"), false, true};
    return n;
}

} // namespace

class TestLabUi : public QObject {
    Q_OBJECT

private slots:
    void statesFromStatus()
    {
        const Design d = scaleUp();
        lab::LabStatus s;
        s.running = true;
        s.nodes << server(QStringLiteral("lb-01"), QStringLiteral("lb-1"), {QStringLiteral("haproxy"), QStringLiteral("keepalived")})
                << server(QStringLiteral("lb-02"), QStringLiteral("lb-2"), {QStringLiteral("keepalived")}, {QStringLiteral("haproxy")})
                << server(QStringLiteral("web-01"), QStringLiteral("web-1"), {QStringLiteral("apache2")});
        s.nodes[2].failed = true;
        s.vipHolders << QStringLiteral("lb-01");
        LabTrack t;
        LabView v = labView(d, s, t, {QStringLiteral("10.0.0.10")});
        QCOMPARE(v.state(QStringLiteral("lb-1")), LabState::Up);
        QCOMPARE(v.state(QStringLiteral("haproxy-1")), LabState::Up);
        QCOMPARE(v.state(QStringLiteral("mon-lb-1")), LabState::Absent);     // no collector in the lab
        QCOMPARE(v.state(QStringLiteral("lb-2")), LabState::Failed);         // a daemon is down
        QCOMPARE(v.state(QStringLiteral("haproxy-2")), LabState::Failed);
        QCOMPARE(v.state(QStringLiteral("web-1")), LabState::Failed);        // `lab fail`
        QCOMPARE(v.state(QStringLiteral("apache")), LabState::Failed);
        QCOMPARE(v.vipHolders, QSet<QString>{QStringLiteral("lb-1")});
        QCOMPARE(v.vipText, QStringLiteral("10.0.0.10"));
        // While coming up, a daemon not yet running is "starting"; after down, all "stopped".
        t.bringingUp = true;
        QCOMPARE(labView(d, s, t, {}).state(QStringLiteral("lb-2")), LabState::Starting);
        t.provisioning.insert(QStringLiteral("lb-01"));
        QCOMPARE(labView(d, s, t, {}).state(QStringLiteral("lb-1")), LabState::Starting);
        LabTrack down;
        down.stopped = true;
        v = labView(d, s, down, {});
        QCOMPARE(v.state(QStringLiteral("lb-1")), LabState::Stopped);
        QCOMPARE(v.state(QStringLiteral("haproxy-1")), LabState::Stopped);
        QVERIFY(v.vipHolders.isEmpty());
    }

    void pathOfARequest()
    {
        const Design d = scaleUp();
        lab::LabPlan plan;
        QString error;
        if (lab::hostOs().isEmpty())
            QSKIP("the lab plans only on Debian 12 or Ubuntu");
        QVERIFY2(lab::planLab(d, &plan, &error), qPrintable(error));
        lab::ProbeResult ok;
        ok.status = 200;
        ok.seconds = 0.012;
        ok.loadBalancer = QStringLiteral("lb-02");
        ok.webServer = QStringLiteral("web-01");
        ok.appServer = QStringLiteral("app-01");
        ok.database = QStringLiteral("db-01");
        RequestPath p = requestPath(d, plan, ok);
        QVERIFY(p.served);
        QCOMPARE(p.nodes, (QStringList{QStringLiteral("users"), QStringLiteral("www"), QStringLiteral("haproxy-2"),
                                       QStringLiteral("apache"), QStringLiteral("gunicorn"), QStringLiteral("mysql")}));
        QCOMPARE(p.route, QStringLiteral("lb-02 → web-01 → app-01 → db-01"));

        lab::ProbeResult refused;
        refused.error = QStringLiteral("ConnectionRefusedError: [Errno 111] Connection refused");
        p = requestPath(d, plan, refused);
        QVERIFY(!p.served);
        QCOMPARE(p.failedAt, QStringLiteral("lb-cluster"));   // the virtual address answered nothing
        QCOMPARE(p.nodes.last(), QStringLiteral("lb-cluster"));
        QVERIFY2(p.failure.contains(QStringLiteral("10.0.0.10")) && p.failure.contains(QStringLiteral("refused")), qPrintable(p.failure));

        lab::ProbeResult noWeb;
        noWeb.status = 503;
        noWeb.loadBalancer = QStringLiteral("lb-01");
        p = requestPath(d, plan, noWeb);
        QCOMPARE(p.failedAt, QStringLiteral("haproxy-1"));
        QVERIFY2(p.failure.contains(QStringLiteral("503")) && p.failure.contains(QStringLiteral("lb-01")), qPrintable(p.failure));
    }

    void numbers()
    {
        QVector<lab::ProbeResult> r(5);
        const double secs[] = {0.03, 0.01, 0.02, 0.5, 0.04};
        for (int i = 0; i < 5; ++i) {
            r[i].seconds = secs[i];
            r[i].status = i == 3 ? 0 : 200;
        }
        RequestStats s = requestStats(r);
        QCOMPARE(s.sent, 5);
        QCOMPARE(s.served, 4);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.medianSeconds, 0.03);
        r.removeLast();
        QCOMPARE(requestStats(r).medianSeconds, 0.025);
        QCOMPARE(requestStats({}).sent, 0);
    }

    void packagesChecked()
    {
        QCOMPARE(lab::missingPackages({QStringLiteral("bash"), QStringLiteral("stackwright-no-such-package")}),
                 QStringList{QStringLiteral("stackwright-no-such-package")});
        if (lab::hostOs().isEmpty())
            QSKIP("the lab plans only on Debian 12 or Ubuntu");
        QStringList packages;
        QString error;
        QVERIFY2(lab::labPackages(scaleUp(), &packages, &error), qPrintable(error));
        for (const char *p : {"haproxy", "keepalived", "apache2", "mariadb-server", "python3-gunicorn", "iproute2"})
            QVERIFY2(packages.contains(QLatin1String(p)), p);
        QVERIFY(!packages.contains(QStringLiteral("rsyslog")));   // the lab profile skips it
    }

    void preflightNamesWhatStopsIt()
    {
        if (lab::hostOs().isEmpty())
            QSKIP("the lab plans only on Debian 12 or Ubuntu");
        Design d = scaleUp();
        d.node(QStringLiteral("web-1"))->props.remove(QStringLiteral("address"));
        const lab::Preflight pf = lab::preflight(d);
        QVERIFY(!pf.ok);
        if (geteuid() != 0)
            QVERIFY2(pf.why.contains(QStringLiteral("root")) && pf.command.contains(QStringLiteral("sudo")), qPrintable(pf.why));
        else if (pf.missing.isEmpty())
            QVERIFY2(pf.why.contains(QStringLiteral("web-1")) && pf.why.contains(QStringLiteral("address")), qPrintable(pf.why));
        else
            QVERIFY2(pf.command.startsWith(QStringLiteral("apt-get install ")), qPrintable(pf.command));
    }

    // Run as Lab on a design the lab cannot run: the reason is shown in the
    // Lab panel, and nothing starts (no session, no state folder).
    void runRefusedBeforeAnythingStarts()
    {
        if (QDir(QStringLiteral("/run/stackwright-lab")).exists())
            QSKIP("a lab is running on this machine");
        Design d = scaleUp();
        d.node(QStringLiteral("web-1"))->props.remove(QStringLiteral("address"));
        DesignModel model;
        model.reset(d);
        EditorContext ctx;
        ctx.model = &model;
        LabFeature feature(ctx);
        QVERIFY(!feature.runLab());
        QCOMPARE(feature.session()->phase(), LabSession::Phase::Idle);
        QVERIFY(!QDir(QStringLiteral("/run/stackwright-lab")).exists());
        const QString shown = feature.progressView()->blockerText();
        QVERIFY2(shown.contains(QStringLiteral("cannot run here")), qPrintable(shown));
        if (geteuid() != 0)
            QVERIFY2(shown.contains(QStringLiteral("sudo")), qPrintable(shown));
    }
};

QTEST_MAIN(TestLabUi)
#include "test_labui.moc"
