// The built-in templates: each loads, is laid out (every node positioned, no
// overlaps), survives a JSON round trip, and is the design its stage of the
// spec document describes.
#include "core/io/jsonformat.h"
#include "core/io/templates.h"
#include "core/model/geometry.h"
#include "core/model/requestgraph.h"

#include <QtTest>

using namespace sw;

namespace {

Design load(const QString &name)
{
    Design d;
    QString error;
    if (!loadTemplate(name, &d, &error))
        qWarning("%s", qPrintable(error));
    return d;
}

QStringList kindsOn(const Design &d, const QString &server)
{
    QStringList out;
    for (const QString &c : d.children(server))
        out << kindName(d.node(c)->kind);
    return out;
}

const Node *firewallOf(const Design &d, const QString &server)
{
    for (const QString &c : d.children(server))
        if (d.node(c)->kind == Kind::Firewall)
            return d.node(c);
    return nullptr;
}

bool monitored(const Design &d, const QString &server)
{
    for (const QString &c : d.children(server)) {
        const Node *n = d.node(c);
        if (n->kind == Kind::MonitoringAgent) {
            const Node *target = d.node(n->propString("reports_to"));
            if (target && target->kind == Kind::MonitoringService)
                return true;
        }
    }
    return false;
}

// The firewall rules the links of a design need on each server:
// "PORT/tcp from SERVER" (or without "from" for links from internet).
QHash<QString, QSet<QString>> neededRules(const Design &d)
{
    QHash<QString, QSet<QString>> need;
    for (const Link &l : d.links()) {
        const Node *to = d.node(l.to);
        const Node *from = d.node(l.from);
        QStringList targets; // the servers the request enters
        if (isService(to->kind))
            targets << d.serverOf(l.to);
        else if (to->kind == Kind::Cluster)
            for (const QString &m : to->propList("members"))
                targets << d.serverOf(m);
        QStringList sources;
        if (from->kind == Kind::Internet)
            sources << QString();
        else if (from->kind == Kind::Cluster)
            for (const QString &m : from->propList("members"))
                sources << d.serverOf(m);
        else
            sources << d.serverOf(l.from);
        for (const QString &target : targets)
            for (const QString &s : sources) {
                if (s == target)
                    continue; // same host
                const QString rule = QString("%1/tcp").arg(l.effectivePort());
                need[target].insert(s.isEmpty() ? rule : rule + " from " + s);
            }
    }
    return need;
}

} // namespace

class TestTemplates : public QObject {
    Q_OBJECT
private slots:
    void namesInOrder()
    {
        const QStringList names = templateNames();
        QCOMPARE(names.mid(0, 5), QStringList({"simple-web-stack", "distributed", "secured-monitored", "scale-up",
                                               "redundant"}));
        Design d;
        QString error;
        QVERIFY(!loadTemplate("no-such-template", &d, &error));
        QVERIFY(error.contains("no-such-template"));
        QVERIFY(error.contains("scale-up"));
    }

    void everyTemplate_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : templateNames())
            QTest::newRow(qPrintable(n)) << n;
    }

    void everyTemplate()
    {
        QFETCH(QString, name);
        Design d;
        QString error;
        QVERIFY2(loadTemplate(name, &d, &error), qPrintable(error));
        QVERIFY(!d.nodes().empty());
        // Round trip through JSON.
        Design again;
        QVERIFY2(readJson(writeJson(d), &again, &error), qPrintable(error));
        QVERIFY(again == d);
        // Labels for people and positions for every node.
        for (const Node &n : d.nodes()) {
            QVERIFY2(n.hasPos, qPrintable(n.id));
            QVERIFY2(!n.label.isEmpty(), qPrintable(n.id));
        }
        // www.foobar.com points at the entry.
        const auto dns = d.nodesOfKind(Kind::Dns);
        QCOMPARE(dns.size(), 1);
        QCOMPARE(dns.first()->propString("domain"), QString("www.foobar.com"));
        const RequestGraph g(d);
        QCOMPARE(g.entries(), QStringList{dns.first()->propString("target")});
        QVERIFY(g.reachable());

        // No overlaps: top-level boxes apart, children apart inside a server.
        const DiagramGeometry geo(d);
        QStringList top;
        for (const Node &n : d.nodes())
            if (n.parent.isEmpty() && n.kind != Kind::Cluster)
                top << n.id;
        for (int i = 0; i < top.size(); ++i)
            for (int j = i + 1; j < top.size(); ++j)
                QVERIFY2(!geo.rect(top[i]).intersects(geo.rect(top[j])), qPrintable(top[i] + " / " + top[j]));
        for (const Node *s : d.nodesOfKind(Kind::Server)) {
            const QStringList kids = d.children(s->id);
            for (int i = 0; i < kids.size(); ++i) {
                QVERIFY(geo.rect(s->id).contains(geo.rect(kids[i])));
                for (int j = i + 1; j < kids.size(); ++j)
                    QVERIFY2(!geo.rect(kids[i]).intersects(geo.rect(kids[j])), qPrintable(kids[i] + " / " + kids[j]));
            }
        }
        // A cluster's box holds its members and nothing else.
        for (const Node *c : d.nodesOfKind(Kind::Cluster)) {
            QStringList inside;
            for (const QString &m : c->propList("members"))
                inside << d.serverOf(m);
            for (const QString &t : top)
                if (!inside.contains(t))
                    QVERIFY2(!geo.rect(c->id).intersects(geo.rect(t)), qPrintable(c->id + " / " + t));
        }
    }

    void simpleWebStack()
    {
        const Design d = load("simple-web-stack");
        QCOMPARE(d.profile, QString("simple-web-stack"));
        const auto servers = d.nodesOfKind(Kind::Server);
        QCOMPARE(servers.size(), 1);
        QCOMPARE(kindsOn(d, servers.first()->id), QStringList({"web-server", "app-server", "codebase", "database"}));
        QCOMPARE(d.node("apache")->propString("software"), QString("apache"));
        QCOMPARE(d.node("gunicorn")->propString("wsgi"), QString("gunicorn"));
        QCOMPARE(d.node("mysql")->propString("engine"), QString("mysql"));
        QCOMPARE(RequestGraph(d).singlePointsOfFailure(), QStringList{"box"});
    }

    void distributed()
    {
        const Design d = load("distributed");
        QCOMPARE(d.profile, QString("distributed"));
        const auto lbs = d.nodesOfKind(Kind::LoadBalancer);
        QCOMPARE(lbs.size(), 1);
        QCOMPARE(lbs.first()->propString("software"), QString("haproxy"));
        int withTiers = 0;
        for (const Node *s : d.nodesOfKind(Kind::Server)) {
            const QStringList k = kindsOn(d, s->id);
            if (k.contains("web-server") && k.contains("app-server") && k.contains("codebase"))
                ++withTiers;
        }
        QCOMPARE(withTiers, 2);
        const Node *replica = d.node("mysql-replica");
        QCOMPARE(replica->propString("role"), QString("replica"));
        QCOMPARE(replica->propString("replicates_from"), QString("mysql-primary"));
        QVERIFY(d.serverOf("mysql-primary") != d.serverOf("mysql-replica"));
    }

    void securedMonitored()
    {
        const Design d = load("secured-monitored");
        QCOMPARE(d.profile, QString("secured-monitored"));
        for (const Node *s : d.nodesOfKind(Kind::Server)) {
            QVERIFY2(firewallOf(d, s->id), qPrintable(s->id));
            QVERIFY2(monitored(d, s->id), qPrintable(s->id));
            QCOMPARE(d.node(s->id)->propString("hostname").isEmpty(), false);
        }
        QCOMPARE(d.node("haproxy")->propString("tls"), QString("terminate"));
        QCOMPARE(d.node("cert")->propList("installed_on"), QStringList{"haproxy"});
        QCOMPARE(d.link("request")->protocol, Protocol::Https);
        // The firewalls let through what the links need.
        const auto need = neededRules(d);
        for (auto it = need.begin(); it != need.end(); ++it)
            for (const QString &r : it.value())
                QVERIFY2(firewallOf(d, it.key())->propList("allow").contains(r), qPrintable(it.key() + ": " + r));
    }

    void redundantHasNoSinglePointOfFailure()
    {
        const Design d = load("redundant");
        const RequestGraph g(d);
        QVERIFY(g.reachable());
        QCOMPARE(g.singlePointsOfFailure(), QStringList());
        // Every server alone can fail.
        for (const Node *s : d.nodesOfKind(Kind::Server))
            QVERIFY2(g.reachable({s->id}), qPrintable(s->id));

        // Load balancer cluster of two on different servers, certificate on both.
        const auto clusters = d.nodesOfKind(Kind::Cluster);
        QCOMPARE(clusters.size(), 1);
        const QStringList members = clusters.first()->propList("members");
        QCOMPARE(members.size(), 2);
        QVERIFY(d.serverOf(members[0]) != d.serverOf(members[1]));
        QVERIFY(!clusters.first()->propString("vip").isEmpty());
        const QStringList certOn = d.node("cert")->propList("installed_on");
        for (const QString &m : members)
            QVERIFY(certOn.contains(m));
        // TLS does not end at the load balancers: the web servers get HTTPS.
        for (const Link &l : d.links())
            if (l.from == clusters.first()->id) {
                QCOMPARE(l.protocol, Protocol::Https);
                QCOMPARE(d.node(l.to)->propString("tls"), QString("on"));
                QVERIFY(certOn.contains(l.to));
            }
        // One tier per server; the same codebase on each app server.
        QSet<QString> repos;
        for (const Node *s : d.nodesOfKind(Kind::Server)) {
            const QStringList k = kindsOn(d, s->id);
            const int tiers = int(k.contains("web-server")) + int(k.contains("app-server")) + int(k.contains("database"))
                              + int(k.contains("load-balancer"));
            QCOMPARE(tiers, 1);
            if (k.contains("app-server")) {
                QVERIFY(k.contains("codebase"));
                for (const QString &c : d.children(s->id))
                    if (d.node(c)->kind == Kind::Codebase)
                        repos.insert(d.node(c)->propString("repository"));
            }
            QVERIFY2(monitored(d, s->id), qPrintable(s->id));
        }
        QCOMPARE(repos.size(), 1);
        // Primary and replica on separate servers; every app server reaches both.
        QCOMPARE(d.node("mysql-replica")->propString("replicates_from"), QString("mysql-primary"));
        QVERIFY(d.serverOf("mysql-primary") != d.serverOf("mysql-replica"));
        for (const Node *app : d.nodesOfKind(Kind::AppServer)) {
            QStringList targets;
            for (const Link &l : d.links())
                if (l.from == app->id)
                    targets << l.to;
            QVERIFY(targets.contains("mysql-primary"));
            QVERIFY(targets.contains("mysql-replica"));
        }
        // Host firewalls allow exactly what the links need.
        const auto need = neededRules(d);
        for (const Node *s : d.nodesOfKind(Kind::Server)) {
            const Node *fw = firewallOf(d, s->id);
            QVERIFY2(fw, qPrintable(s->id));
            const QStringList allow = fw->propList("allow");
            QCOMPARE(QSet<QString>(allow.begin(), allow.end()), need.value(s->id));
        }
    }

    void scaleUpIsTheSpecDesign()
    {
        const Design d = load("scale-up");
        QCOMPARE(d.profile, QString("scale-up"));
        QCOMPARE(d.nodesOfKind(Kind::Server).size(), 5); // two load balancers, web, app, database
        QCOMPARE(d.nodesOfKind(Kind::Codebase).size(), 1);
        QCOMPARE(d.nodesOfKind(Kind::Cluster).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "test_templates.moc"
