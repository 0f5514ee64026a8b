// The request-flow script visits the hops in order and shows the failover.
#include "core/io/templates.h"
#include "core/analysis/requestflow.h"

#include <QtTest>

using namespace sw;
using K = FlowHop::Kind;

namespace {
Design load(const QString &name)
{
    Design d;
    QString err;
    if (!loadTemplate(name, &d, &err))
        qFatal("%s", qPrintable(err));
    return d;
}

QVector<K> kinds(const QVector<FlowHop> &hops)
{
    QVector<K> k;
    for (const FlowHop &h : hops)
        k << h.kind;
    return k;
}
} // namespace

class TestRequestFlow : public QObject {
    Q_OBJECT
private slots:
    void scaleUpInOrder()
    {
        const Design d = load("scale-up");
        const QVector<FlowHop> hops = requestFlow(d, RequestGraph(d));
        QCOMPARE(kinds(hops), (QVector<K>{K::User, K::Dns, K::VirtualAddress, K::LoadBalancer, K::Web, K::App,
                                          K::Database, K::Response}));
        QCOMPARE(hops[0].nodes, QStringList{"users"});
        QCOMPARE(hops[1].nodes, QStringList{"www"});
        QCOMPARE(hops[1].links, QStringList{"resolve"});
        QVERIFY(hops[1].caption.contains("www.foobar.com"));
        QVERIFY(hops[1].caption.contains("10.0.0.10"));
        QCOMPARE(hops[2].nodes, QStringList{"lb-cluster"});
        QCOMPARE(hops[2].links, QStringList{"request"});
        QVERIFY(!hops[2].failover);
        QCOMPARE(hops[3].nodes, QStringList{"haproxy-1"});
        QVERIFY(hops[3].caption.contains("TLS"));
        QVERIFY(hops[3].caption.contains("round robin"));
        QCOMPARE(hops[4].nodes, QStringList{"apache"});
        QCOMPARE(hops[4].links, QStringList{"to-web"});
        QVERIFY(hops[4].caption.contains("reverse proxy"));
        QVERIFY(hops[4].caption.contains("8000"));
        QCOMPARE(hops[5].nodes, QStringList{"gunicorn"});
        QVERIFY(hops[5].caption.contains("SQL"));
        QCOMPARE(hops[6].nodes, QStringList{"mysql"});
        QCOMPARE(hops[6].links, QStringList{"to-db"});
        QVERIFY(hops[7].nodes.contains("mysql"));
        QVERIFY(hops[7].links.contains("to-app"));
        for (const FlowHop &h : hops)
            QVERIFY(!h.caption.isEmpty());
    }

    void failover()
    {
        const Design d = load("scale-up");
        const QVector<FlowHop> hops = requestFlow(d, RequestGraph(d), {"lb-1"});
        QCOMPARE(kinds(hops), (QVector<K>{K::User, K::Dns, K::VirtualAddress, K::LoadBalancer, K::Web, K::App,
                                          K::Database, K::Response}));
        QVERIFY(hops[2].failover);
        QCOMPARE(hops[2].nodes, (QStringList{"lb-cluster", "haproxy-2"}));
        QVERIFY(hops[2].caption.contains("VRRP"));
        QVERIFY(hops[2].caption.contains("lb-01"));
        QVERIFY(hops[2].caption.contains("lb-02"));
        QVERIFY(hops[2].caption.contains("10.0.0.10"));
        QCOMPARE(hops[3].nodes, QStringList{"haproxy-2"});
        // Failing the passive member changes nothing.
        const QVector<FlowHop> other = requestFlow(d, RequestGraph(d), {"lb-2"});
        QVERIFY(!other[2].failover);
        QCOMPARE(other[3].nodes, QStringList{"haproxy-1"});
    }

    void unreachable()
    {
        const Design d = load("scale-up");
        const QVector<FlowHop> hops = requestFlow(d, RequestGraph(d), {"db-1"});
        QCOMPARE(kinds(hops), (QVector<K>{K::User, K::Unreachable}));
    }

    void replication()
    {
        if (!templateNames().contains("distributed"))
            QSKIP("no distributed template yet");
        const Design d = load("distributed");
        const QVector<FlowHop> hops = requestFlow(d, RequestGraph(d));
        const QVector<K> k = kinds(hops);
        QVERIFY(k.contains(K::LoadBalancer));
        QVERIFY(k.contains(K::Replication));
        QCOMPARE(k.indexOf(K::Replication), k.indexOf(K::Database) + 1);
        QVERIFY(hops[k.indexOf(K::Replication)].nodes.contains("mysql-replica"));
        // The web server chosen first by round robin fails: the other one serves.
        const QVector<FlowHop> failed = requestFlow(d, RequestGraph(d), {"web-1"});
        QCOMPARE(failed[kinds(failed).indexOf(K::Web)].nodes, QStringList{"apache-2"});
        QCOMPARE(failed[kinds(failed).indexOf(K::Database)].nodes, QStringList{"mysql-replica"});
    }
};

QTEST_GUILESS_MAIN(TestRequestFlow)
#include "test_requestflow.moc"
