#include "io/jsonformat.h"
#include "io/templates.h"
#include "model/check.h"
#include "model/designmodel.h"
#include "model/geometry.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sw;

class TestDesign : public QObject {
    Q_OBJECT
private slots:
    void catalogHasEveryKind()
    {
        QCOMPARE(allKinds().size(), 15);
        for (const KindInfo &k : allKinds()) {
            QCOMPARE(kindFromName(k.name), std::optional<Kind>(k.kind));
            QVERIFY(!kindTitle(k.kind).isEmpty());
        }
        QVERIFY(!kindFromName(QStringLiteral("webserver")));
    }

    void defaultsComeFromTheCatalog()
    {
        Node n;
        n.kind = Kind::AppServer;
        QCOMPARE(n.propInt(QStringLiteral("port")), 8000);
        n.props.insert(QStringLiteral("port"), 9000);
        QCOMPARE(n.propInt(QStringLiteral("port")), 9000);
        n.kind = Kind::Server;
        QCOMPARE(n.propString(QStringLiteral("ssh_user")), QStringLiteral("root"));
    }

    void containment()
    {
        QVERIFY(canContain(Kind::Server, Kind::WebServer));
        QVERIFY(!canContain(Kind::Zone, Kind::WebServer));
        QVERIFY(canContain(Kind::Zone, Kind::Server));
        QVERIFY(canContain(Kind::Server, Kind::Firewall));
        QVERIFY(canContain(Kind::Zone, Kind::Firewall));
        QVERIFY(!canContain(Kind::Server, Kind::Server));
        QVERIFY(!mayHaveParent(Kind::Internet));
    }

    void valueChecks()
    {
        QVERIFY(isValidHostnameLabel(QStringLiteral("web-01")));
        QVERIFY(!isValidHostnameLabel(QStringLiteral("-web")));
        QVERIFY(!isValidHostnameLabel(QStringLiteral("web_01")));
        QVERIFY(isValidDomain(QStringLiteral("www.foobar.com")));
        QVERIFY(!isValidDomain(QStringLiteral("www..foobar.com")));
        QVERIFY(isValidAddress(QStringLiteral("10.0.0.1")));
        QVERIFY(isValidAddress(QStringLiteral("2001:db8::1")));
        QVERIFY(!isValidAddress(QStringLiteral("10.0.0.256")));
        const auto r = parsePortRule(QStringLiteral("3306/tcp from app-1"));
        QVERIFY(r);
        QCOMPARE(r->port, 3306);
        QCOMPARE(r->from, QStringLiteral("app-1"));
        QVERIFY(!parsePortRule(QStringLiteral("70000/tcp")));
        QVERIFY(!parsePortRule(QStringLiteral("80/icmp")));
        // A trailing newline is not part of any valid value.
        QVERIFY(isValidId(QStringLiteral("abc")));
        QVERIFY(!isValidId(QStringLiteral("abc\n")));
        QVERIFY(!isValidId(QStringLiteral("1abc")));
        QVERIFY(!isValidHostnameLabel(QStringLiteral("web\n")));
        QVERIFY(!parsePortRule(QStringLiteral("80/tcp\n")));
        QVERIFY(!isValidUrl(QStringLiteral("https://example.com/a\nb")));
        QVERIFY(isValidUrl(QStringLiteral("git@example.com:team/app.git")));
    }

    void designIndexSurvivesInsertAndRemove()
    {
        Design d;
        for (int i = 0; i < 5; ++i) {
            Node n;
            n.id = QStringLiteral("n%1").arg(i);
            d.insertNode(n);
        }
        Node mid;
        mid.id = QStringLiteral("mid");
        d.insertNode(mid, 2);
        QCOMPARE(d.nodeIndex(QStringLiteral("mid")), 2);
        QCOMPARE(d.nodeIndex(QStringLiteral("n4")), 5);
        QCOMPARE(d.removeNode(QStringLiteral("n1")), 1);
        QCOMPARE(d.nodeIndex(QStringLiteral("mid")), 1);
        QCOMPARE(d.node(QStringLiteral("n4"))->id, QStringLiteral("n4"));
        QVERIFY(!d.node(QStringLiteral("n1")));
        QCOMPARE(d.uniqueId(QStringLiteral("mid")), QStringLiteral("mid-2"));
    }

    void modelEmitsSignals()
    {
        DesignModel m;
        QSignalSpy added(&m, &DesignModel::nodeAdded);
        QSignalSpy moved(&m, &DesignModel::nodeMoved);
        QSignalSpy changed(&m, &DesignModel::changed);
        Node n;
        n.id = QStringLiteral("a");
        m.insertNode(n);
        m.setNodePos(QStringLiteral("a"), QPointF(10, 20));
        m.setNodePos(QStringLiteral("a"), QPointF(10, 20)); // no change, no signal
        QCOMPARE(added.count(), 1);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(changed.count(), 2);
    }

    void everyTemplateLoadsAndIsValid()
    {
        const QStringList names = templateNames();
        QVERIFY(names.contains(QStringLiteral("scale-up")));
        for (const QString &name : names) {
            Design d;
            QString err;
            QVERIFY2(loadTemplate(name, &d, &err), qPrintable(err));
            QVERIFY2(checkDesign(d).isEmpty(), qPrintable(checkDesign(d).join('\n')));
        }
    }

    void geometryHoldsChildrenInsideServers()
    {
        Design d;
        QVERIFY(loadTemplate(QStringLiteral("scale-up"), &d, nullptr));
        DiagramGeometry g(d);
        for (const Node &n : d.nodes()) {
            if (n.parent.isEmpty())
                continue;
            QVERIFY2(g.rect(n.parent).contains(g.rect(n.id)), qPrintable(n.id));
        }
        // The cluster is drawn around both load balancers' servers.
        QVERIFY(g.rect(QStringLiteral("lb-cluster")).contains(g.rect(QStringLiteral("lb-1"))));
        QVERIFY(g.rect(QStringLiteral("lb-cluster")).contains(g.rect(QStringLiteral("lb-2"))));
    }

    void placeUnpositionedGivesEveryNodeAPlace()
    {
        Design d;
        QVERIFY(loadTemplate(QStringLiteral("scale-up"), &d, nullptr));
        Design bare = d;
        for (const Node &n : d.nodes())
            bare.node(n.id)->hasPos = false;
        placeUnpositioned(bare);
        for (const Node &n : bare.nodes())
            QVERIFY2(n.hasPos, qPrintable(n.id));
        DiagramGeometry g(bare);
        // Top-level servers do not overlap.
        const auto servers = bare.nodesOfKind(Kind::Server);
        for (const Node *a : servers)
            for (const Node *b : servers)
                if (a != b)
                    QVERIFY2(!g.rect(a->id).intersects(g.rect(b->id)), qPrintable(a->id + QLatin1Char(' ') + b->id));
    }
};

QTEST_GUILESS_MAIN(TestDesign)
#include "test_design.moc"
