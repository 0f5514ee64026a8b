#include "core/io/jsonformat.h"
#include "core/io/templates.h"
#include "core/model/check.h"
#include "core/model/designmodel.h"
#include "core/model/geometry.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sw;

class TestDesign : public QObject {
    Q_OBJECT
private slots:
    void catalogHasEveryKind()
    {
        QCOMPARE(allKinds().size(), kKindCount); // the fifteen kinds of the format and the cache
        QCOMPARE(kKindCount, 16);
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

    void idMapsFindEveryIdOfEveryLength()
    {
        // The id -> index maps hash the UTF-16 units 8 bytes at a time: ids of
        // every length up to 64 (every tail size), ids that differ only in
        // their last unit, and equal ids built apart must all be found.
        Design d;
        QStringList ids;
        for (int len = 1; len <= 64; ++len)
            for (QChar last : {QLatin1Char('a'), QLatin1Char('b'), QLatin1Char('9')})
                ids << QString(len - 1, QLatin1Char('x')) + last;
        for (int i = 0; i < 2000; ++i)
            ids << QStringLiteral("srv%1").arg(i);
        ids.removeDuplicates();
        for (const QString &id : std::as_const(ids)) {
            Node n;
            n.id = id;
            d.insertNode(n);
        }
        Link l;
        l.id = QStringLiteral("xa-link");
        l.from = ids.first();
        l.to = ids.last();
        d.insertLink(l);
        for (int i = 0; i < ids.size(); ++i) {
            const QString copy = QString::fromUtf8(ids[i].toUtf8()); // equal text, other storage
            QCOMPARE(d.nodeIndex(copy), i);
            QVERIFY(d.hasId(copy));
            QCOMPARE(d.linkIndex(copy), -1);
        }
        QVERIFY(!d.hasId(QStringLiteral("srv2000")));
        QVERIFY(!d.hasId(QString(65, QLatin1Char('x'))));
        QVERIFY(!d.hasId(QString()));
        QCOMPARE(d.linkIndex(QStringLiteral("xa-link")), 0);
        QVERIFY(d.hasId(QStringLiteral("xa-link")));
        const Design before = d; // a copy keeps its own maps
        QCOMPARE(d.removeNode(QStringLiteral("srv0")), int(ids.indexOf(QStringLiteral("srv0"))));
        QCOMPARE(d.nodeIndex(QStringLiteral("srv1")), int(ids.indexOf(QStringLiteral("srv1"))) - 1);
        QCOMPARE(before.nodeIndex(QStringLiteral("srv0")), int(ids.indexOf(QStringLiteral("srv0"))));
        QCOMPARE(before.nodeIndex(QStringLiteral("srv1")), int(ids.indexOf(QStringLiteral("srv1"))));
        QCOMPARE(IdHash()(QStringLiteral("web1")), IdHash()(QString::fromLatin1("web1")));
    }

    void lookupsFollowEveryChange()
    {
        // The by-parent, by-kind and by-link-end indexes are built on the
        // first query and must follow inserts, removals, in-place edits and copies.
        Design d;
        auto add = [&](const char *id, Kind k, const char *parent, int index = -1) {
            Node n;
            n.id = QLatin1String(id);
            n.kind = k;
            n.parent = QLatin1String(parent);
            d.insertNode(n, index);
        };
        add("s1", Kind::Server, "");
        add("s2", Kind::Server, "");
        add("web", Kind::WebServer, "s1");
        add("fw", Kind::Firewall, "s1");
        QCOMPARE(d.children(QStringLiteral("s1")), (QStringList{QStringLiteral("web"), QStringLiteral("fw")}));
        QCOMPARE(d.nodesOfKind(Kind::Server).size(), 2);
        add("app", Kind::AppServer, "s1", 2); // before "web" in document order
        QCOMPARE(d.children(QStringLiteral("s1")),
                 (QStringList{QStringLiteral("app"), QStringLiteral("web"), QStringLiteral("fw")}));
        QCOMPARE(d.children(QString()), (QStringList{QStringLiteral("s1"), QStringLiteral("s2")}));
        d.node(QStringLiteral("web"))->parent = QStringLiteral("s2");
        QCOMPARE(d.children(QStringLiteral("s2")), QStringList{QStringLiteral("web")});
        QCOMPARE(d.subtree(QStringLiteral("s1")),
                 (QStringList{QStringLiteral("s1"), QStringLiteral("app"), QStringLiteral("fw")}));
        d.node(QStringLiteral("fw"))->kind = Kind::MonitoringAgent;
        QVERIFY(d.nodesOfKind(Kind::Firewall).isEmpty());
        QCOMPARE(d.nodesOfKind(Kind::MonitoringAgent).first()->id, QStringLiteral("fw"));
        const Design copy = d; // shares the built indexes
        d.removeNode(QStringLiteral("app"));
        QCOMPARE(d.children(QStringLiteral("s1")), QStringList{QStringLiteral("fw")});
        QCOMPARE(copy.children(QStringLiteral("s1")), (QStringList{QStringLiteral("app"), QStringLiteral("fw")}));

        Link l;
        l.id = QStringLiteral("l1");
        l.from = QStringLiteral("web");
        l.to = QStringLiteral("fw");
        d.insertLink(l);
        l.id = QStringLiteral("l2");
        l.from = QStringLiteral("fw");
        l.to = QStringLiteral("web");
        d.insertLink(l, 0);
        QCOMPARE(d.linksOf(QStringLiteral("web")), (QStringList{QStringLiteral("l2"), QStringLiteral("l1")}));
        QCOMPARE(d.linksFrom(QStringLiteral("web")).size(), 1);
        QCOMPARE(d.linksTo(QStringLiteral("web")).first()->id, QStringLiteral("l2"));
        d.link(QStringLiteral("l1"))->to = QStringLiteral("s2");
        QVERIFY(d.linksTo(QStringLiteral("fw")).isEmpty());
        QCOMPARE(d.linksTo(QStringLiteral("s2")).first()->id, QStringLiteral("l1"));
        d.removeLink(QStringLiteral("l2"));
        QCOMPARE(d.linksOf(QStringLiteral("web")), QStringList{QStringLiteral("l1")});
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
