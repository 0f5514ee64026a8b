#include "core/io/jsonformat.h"
#include "core/io/templates.h"
#include "core/model/requestgraph.h"

#include <QtTest>

using namespace sw;

namespace {
Design parse(const char *json)
{
    Design d;
    QString err;
    if (!readJson(QByteArray(json), &d, &err))
        qFatal("%s", qPrintable(err));
    return d;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

// The example of design-format.md.
const char *kExample = R"({
  "format": "stackwright-design", "version": 1, "name": "example.org pair",
  "nodes": [
    {"id": "users", "kind": "internet", "label": "Users"},
    {"id": "www", "kind": "dns", "props": {"domain": "www.example.org", "target": "pair"}},
    {"id": "lb-a", "kind": "server", "x": 200, "y": 40, "props": {"hostname": "lb-a", "address": "192.0.2.11"}},
    {"id": "hap-a", "kind": "load-balancer", "parent": "lb-a", "x": 10, "y": 30, "props": {"tls": "terminate"}},
    {"id": "lb-b", "kind": "server", "x": 200, "y": 200, "props": {"hostname": "lb-b", "address": "192.0.2.12"}},
    {"id": "hap-b", "kind": "load-balancer", "parent": "lb-b", "x": 10, "y": 30, "props": {"tls": "terminate"}},
    {"id": "pair", "kind": "cluster", "props": {"members": ["hap-a", "hap-b"], "vip": "192.0.2.10"}},
    {"id": "cert", "kind": "certificate", "props": {"domain": "www.example.org", "installed_on": ["hap-a", "hap-b"]}},
    {"id": "box", "kind": "server", "props": {"hostname": "box-1", "os": "debian-12"}},
    {"id": "apache", "kind": "web-server", "parent": "box"},
    {"id": "gunicorn", "kind": "app-server", "parent": "box", "props": {"port": 8000}},
    {"id": "db", "kind": "database", "parent": "box", "props": {"engine": "mariadb"}}
  ],
  "links": [
    {"from": "users", "to": "www", "protocol": "dns"},
    {"from": "users", "to": "pair", "protocol": "https"},
    {"from": "pair", "to": "apache", "protocol": "http", "port": 80},
    {"from": "apache", "to": "gunicorn", "protocol": "http", "port": 8000},
    {"from": "gunicorn", "to": "db", "protocol": "mysql"}
  ]
})";
} // namespace

class TestRequestGraph : public QObject {
    Q_OBJECT
private slots:
    void specExample()
    {
        const RequestGraph g(parse(kExample));
        QVERIFY(g.reachable());
        QCOMPARE(g.singlePointsOfFailure(), QStringList{"box"});
        QCOMPARE(g.entries(), QStringList{"pair"});
        QVERIFY(g.reachable({"lb-a"}));
        QVERIFY(g.reachable({"lb-b"}));
        QVERIFY(!g.reachable({"lb-a", "lb-b"}));
    }

    void scaleUpTemplate()
    {
        Design d;
        QVERIFY(loadTemplate("scale-up", &d, nullptr));
        const RequestGraph g(d);
        QCOMPARE(sorted(g.singlePointsOfFailure()), sorted({"web-1", "app-1", "db-1"}));
    }

    void networkFirewallInThePathIsASpof()
    {
        const RequestGraph g(parse(R"({"format":"stackwright-design","version":1,"name":"fw",
          "nodes":[{"id":"u","kind":"internet"},{"id":"fw","kind":"firewall"},
                   {"id":"s1","kind":"server","props":{"hostname":"s1"}},
                   {"id":"w1","kind":"web-server","parent":"s1"},{"id":"d1","kind":"database","parent":"s1"},
                   {"id":"s2","kind":"server","props":{"hostname":"s2"}},
                   {"id":"w2","kind":"web-server","parent":"s2"},{"id":"d2","kind":"database","parent":"s2"}],
          "links":[{"from":"u","to":"fw","protocol":"https"},{"from":"fw","to":"w1","protocol":"http"},
                   {"from":"fw","to":"w2","protocol":"http"},{"from":"w1","to":"d1","protocol":"mysql"},
                   {"from":"w2","to":"d2","protocol":"mysql"}]})"));
        QCOMPARE(g.singlePointsOfFailure(), QStringList{"fw"});
    }

    void replicaAsSecondPathRemovesTheSpof()
    {
        const char *base = R"({"format":"stackwright-design","version":1,"name":"r",
          "nodes":[{"id":"u","kind":"internet"},
                   {"id":"s1","kind":"server","props":{"hostname":"s1"}},{"id":"app","kind":"app-server","parent":"s1"},
                   {"id":"s2","kind":"server","props":{"hostname":"s2"}},{"id":"pri","kind":"database","parent":"s2"},
                   {"id":"s3","kind":"server","props":{"hostname":"s3"}},
                   {"id":"rep","kind":"database","parent":"s3","props":{"role":"replica","replicates_from":"pri"}}],
          "links":[{"from":"u","to":"app","protocol":"https"},{"from":"app","to":"pri","protocol":"mysql"}%1]})";
        const RequestGraph one(parse(QString::fromLatin1(base).arg("").toLatin1()));
        QCOMPARE(sorted(one.singlePointsOfFailure()), sorted({"s1", "s2"}));
        const RequestGraph two(parse(QString::fromLatin1(base)
                                         .arg(R"(,{"from":"app","to":"rep","protocol":"mysql"})").toLatin1()));
        QCOMPARE(two.singlePointsOfFailure(), QStringList{"s1"});
    }

    void serverHoldingTwoParallelServicesIsASpof()
    {
        // web-a and web-b are parallel, but both live on s1.
        const RequestGraph g(parse(R"({"format":"stackwright-design","version":1,"name":"p",
          "nodes":[{"id":"u","kind":"internet"},
                   {"id":"s1","kind":"server","props":{"hostname":"s1"}},
                   {"id":"wa","kind":"web-server","parent":"s1"},{"id":"wb","kind":"web-server","parent":"s1"},
                   {"id":"s2","kind":"server","props":{"hostname":"s2"}},{"id":"d1","kind":"database","parent":"s2"},
                   {"id":"s3","kind":"server","props":{"hostname":"s3"}},{"id":"d2","kind":"database","parent":"s3"}],
          "links":[{"from":"u","to":"wa","protocol":"http"},{"from":"u","to":"wb","protocol":"http"},
                   {"from":"wa","to":"d1","protocol":"mysql"},{"from":"wb","to":"d2","protocol":"mysql"}]})"));
        QCOMPARE(g.singlePointsOfFailure(), QStringList{"s1"});
    }

    void linkToAServerEntersItsServices()
    {
        const RequestGraph g(parse(R"({"format":"stackwright-design","version":1,"name":"s",
          "nodes":[{"id":"u","kind":"internet"},{"id":"s1","kind":"server","props":{"hostname":"s1"}},
                   {"id":"d1","kind":"database","parent":"s1"}],
          "links":[{"from":"u","to":"s1","protocol":"tcp","port":3306}]})"));
        QVERIFY(g.reachable());
        QCOMPARE(g.singlePointsOfFailure(), QStringList{"s1"});
    }

    void indexAccessorsAgreeWithIds()
    {
        const Design d = parse(kExample);
        const RequestGraph g(d);
        for (const Node &n : d.nodes()) {
            QCOMPARE(g.verticesOfIndex(d.nodeIndex(n.id)), g.verticesOf(n.id));
            QCOMPARE(g.unitOfIndex(d.nodeIndex(n.id)), g.unitOf(n.id));
            for (int v : g.verticesOf(n.id))
                QCOMPARE(g.vertex(v).index, d.nodeIndex(n.id));
        }
        QCOMPARE(g.verticesOf(QStringLiteral("www")), QVector<int>()); // dns: not on the path
        QCOMPARE(g.unitOfIndex(-1), -1);
        QCOMPARE(g.singlePointsOfFailure(g.dominators()), g.singlePointsOfFailure());
        QVERIFY(g.singlePointsOfFailure(std::vector<int>()).isEmpty()); // wrong size: nothing
    }

    // EndIndex (shared by the request graph and the rule context) finds the
    // same indices as the design's own lookup, -1 for ids that name no node,
    // also on a design big enough for its table to collide.
    void endIndexAgreesWithTheDesign()
    {
        Design d = parse(kExample);
        for (int i = 0; i < 3000; ++i) {
            Node n;
            n.id = QStringLiteral("n%1").arg(i);
            n.kind = i % 3 ? Kind::WebServer : Kind::Server;
            if (i % 3)
                n.parent = QStringLiteral("n%1").arg(i - i % 3);
            d.insertNode(n);
            Link l;
            l.id = QStringLiteral("l%1").arg(i);
            l.from = QStringLiteral("n%1").arg(i * 7 % 3000);
            l.to = QStringLiteral("n%1").arg(i * 13 % 3001); // n3000: no such node
            d.insertLink(l);
        }
        Node orphan;
        orphan.id = QStringLiteral("orphan");
        orphan.kind = Kind::WebServer;
        orphan.parent = QStringLiteral("nowhere");
        d.insertNode(orphan);
        Link ghost;
        ghost.id = QStringLiteral("ghost");
        ghost.from = QStringLiteral("ghost-from");
        ghost.to = QStringLiteral("db");
        d.insertLink(ghost);

        const EndIndex ends(d);
        QCOMPARE(ends.parent.size(), d.nodes().size());
        QCOMPARE(ends.linkFrom.size(), d.links().size());
        QCOMPARE(ends.linkTo.size(), d.links().size());
        int unknown = 0;
        for (size_t i = 0; i < d.nodes().size(); ++i) {
            const QString &p = d.nodes()[i].parent;
            QCOMPARE(ends.parent[i], p.isEmpty() ? -1 : d.nodeIndex(p));
        }
        for (size_t li = 0; li < d.links().size(); ++li) {
            QCOMPARE(ends.linkFrom[li], d.nodeIndex(d.links()[li].from));
            QCOMPARE(ends.linkTo[li], d.nodeIndex(d.links()[li].to));
            unknown += (ends.linkFrom[li] < 0) + (ends.linkTo[li] < 0);
        }
        QCOMPARE(ends.parent[size_t(d.nodeIndex(QStringLiteral("orphan")))], -1);
        QCOMPARE(ends.parent[size_t(d.nodeIndex(QStringLiteral("hap-a")))], d.nodeIndex(QStringLiteral("lb-a")));
        QCOMPARE(unknown, 2); // "ghost-from" and the one link to n3000
    }

    void noPathMeansNoSpof()
    {
        const RequestGraph g(parse(R"({"format":"stackwright-design","version":1,"name":"n",
          "nodes":[{"id":"u","kind":"internet"},{"id":"s1","kind":"server","props":{"hostname":"s1"}},
                   {"id":"d1","kind":"database","parent":"s1"}],"links":[]})"));
        QVERIFY(!g.reachable());
        QVERIFY(g.singlePointsOfFailure().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRequestGraph)
#include "test_requestgraph.moc"
