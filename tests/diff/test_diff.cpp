// The semantic diff (core/diff) over the built-in templates, in the order a
// student builds them up (simple-web-stack → distributed → secured-monitored
// → scale-up): the exact changes, findings and availability deltas; a design
// whose ids were all renamed still pairs with the original; the text form.
#include "core/diff/designdiff.h"
#include "core/diff/diffimpact.h"
#include "core/io/templates.h"
#include "core/diff/textform.h"

#include <QtTest>

using namespace sw;

namespace {

Design load(const QString &name)
{
    Design d;
    QString error;
    if (!loadTemplate(name, &d, &error))
        qFatal("%s", qPrintable(error));
    return d;
}

QStringList keys(const QVector<Change> &changes)
{
    QStringList l;
    for (const Change &c : changes)
        l << c.signature();
    return l;
}

QStringList keys(const QVector<FindingDelta> &f)
{
    QStringList l;
    for (const FindingDelta &x : f)
        l << x.key();
    return l;
}

// On a mismatch, prints the actual list so the difference is easy to read.
void compareLists(const QStringList &actual, const QStringList &expected, const char *what)
{
    if (actual != expected) {
        qWarning("%s: actual list:", what);
        for (const QString &s : actual)
            qWarning("    \"%s\",", qPrintable(s));
    }
    QCOMPARE(actual, expected);
}

// A copy of `d` with every node and link id given a prefix (references too).
Design withRenamedIds(const Design &d, const QString &prefix)
{
    Design out;
    out.name = d.name;
    out.profile = d.profile;
    out.extensions = d.extensions;
    auto ren = [&](const QString &id) { return id.isEmpty() ? id : prefix + id; };
    for (Node n : d.nodes()) {
        n.id = ren(n.id);
        n.parent = ren(n.parent);
        for (auto it = n.props.begin(); it != n.props.end(); ++it) {
            const PropertySpec *spec = kindInfo(n.kind).prop(it.key());
            if (spec && spec->type == PropType::PortRules) {
                QStringList l;
                for (const QString &s : it->toStringList()) {
                    PortRule r = *parsePortRule(s);
                    r.from = ren(r.from);
                    l << formatPortRule(r);
                }
                *it = l;
            } else if (spec && spec->type == PropType::NodeRef)
                *it = ren(it->toString());
            else if (spec && spec->type == PropType::NodeRefList) {
                QStringList l;
                for (const QString &s : it->toStringList())
                    l << ren(s);
                *it = l;
            }
        }
        out.insertNode(n);
    }
    for (Link l : d.links()) {
        l.id = ren(l.id);
        l.from = ren(l.from);
        l.to = ren(l.to);
        out.insertLink(l);
    }
    return out;
}

const QStringList EXPECTED_SIMPLE_DISTRIBUTED{
    "design name www.foobar.com (simple web stack)>www.foobar.com (distributed)",
    "design profile simple-web-stack>distributed",
    "property www target apache>haproxy",
    "node-added lb-1 server",
    "node-added haproxy load-balancer",
    "node-id web-1 box>web-1 hostname",
    "node-renamed web-1 Server>Server 1",
    "property web-1 address 203.0.113.10>10.0.1.21",
    "node-id apache-1 apache>apache-1 neighbourhood",
    "node-id gunicorn-1 gunicorn>gunicorn-1 neighbourhood",
    "node-id code-1 code>code-1 neighbourhood",
    "node-id mysql-primary mysql>mysql-primary neighbourhood",
    "node-renamed mysql-primary MySQL>MySQL primary",
    "node-added web-2 server",
    "node-added apache-2 web-server",
    "node-added gunicorn-2 app-server",
    "node-added code-2 codebase",
    "node-added mysql-replica database",
    "node-removed note note",
    "link-retargeted request to apache>haproxy",
    "link-added to-web-1 haproxy>apache-1 http",
    "link-added to-web-2 haproxy>apache-2 http",
    "link-id to-app-1 to-app>to-app-1",
    "link-added to-app-2 apache-2>gunicorn-2 http",
    "link-id writes-1 to-db>writes-1",
    "link-label writes-1 >reads and writes",
    "link-added writes-2 gunicorn-2>mysql-primary mysql",
    "link-added reads-2 gunicorn-2>mysql-replica mysql",
};
const QStringList EXPECTED_SIMPLE_DISTRIBUTED_APPEARED{
    "SPOF lb-1",
    "NO-HTTPS haproxy",
    "NO-FIREWALL lb-1",
    "NO-FIREWALL web-2",
    "NO-MONITORING lb-1",
    "NO-MONITORING web-2",
    "LB-NOT-CLUSTERED lb-1",
    "TIERS-NOT-SEPARATED web-2",
};
const QStringList EXPECTED_SIMPLE_DISTRIBUTED_DISAPPEARED{
    "SPOF box",
    "NO-HTTPS apache",
    "DB-SINGLE-WRITER box",
};
const QStringList EXPECTED_DISTRIBUTED_SECURED{
    "design name www.foobar.com (distributed)>www.foobar.com (secured and monitored)",
    "design profile distributed>secured-monitored",
    "node-added cert certificate",
    "node-renamed haproxy HAProxy>HAProxy (HTTPS)",
    "property haproxy tls none>terminate",
    "node-added fw-lb-1 firewall",
    "node-added mon-lb-1 monitoring-agent",
    "node-added fw-web-1 firewall",
    "node-added mon-web-1 monitoring-agent",
    "node-added fw-web-2 firewall",
    "node-added mon-web-2 monitoring-agent",
    "node-added sumo monitoring-service",
    "link-protocol request http>https",
    "link-port request 80>443",
};
const QStringList EXPECTED_DISTRIBUTED_SECURED_APPEARED{
    "TLS-ENDS-AT-LB lb-1",
};
const QStringList EXPECTED_DISTRIBUTED_SECURED_DISAPPEARED{
    "NO-HTTPS haproxy",
    "NO-FIREWALL lb-1",
    "NO-FIREWALL web-1",
    "NO-FIREWALL web-2",
    "NO-MONITORING lb-1",
    "NO-MONITORING web-1",
    "NO-MONITORING web-2",
};
const QStringList EXPECTED_SECURED_SCALEUP{
    "design name www.foobar.com (secured and monitored)>www.foobar.com (scale up)",
    "design profile secured-monitored>scale-up",
    "property www target haproxy>lb-cluster",
    "property cert installed_on haproxy>haproxy-1, haproxy-2",
    "node-renamed lb-1 Load balancer>Load balancer 1",
    "node-id haproxy-1 haproxy>haproxy-1 neighbourhood",
    "node-renamed haproxy-1 HAProxy (HTTPS)>HAProxy",
    "property fw-lb-1 allow 443/tcp>80/tcp, 443/tcp",
    "node-added lb-2 server",
    "node-added haproxy-2 load-balancer",
    "node-added fw-lb-2 firewall",
    "node-added mon-lb-2 monitoring-agent",
    "node-added lb-cluster cluster",
    "node-renamed web-1 Server 1>Web server",
    "node-id apache apache-1>apache neighbourhood",
    "property fw-web-1 allow 80/tcp from lb-1, 3306/tcp from web-2>80/tcp from lb-1, 80/tcp from lb-2",
    "node-added app-1 server",
    "node-id gunicorn gunicorn-1>gunicorn neighbourhood",
    "node-renamed gunicorn Gunicorn app>Python app (gunicorn)",
    "node-moved gunicorn web-1>app-1",
    "node-added code codebase",
    "node-added fw-app-1 firewall",
    "node-added mon-app-1 monitoring-agent",
    "node-added db-1 server",
    "node-id mysql mysql-primary>mysql neighbourhood",
    "node-renamed mysql MySQL primary>MySQL",
    "node-moved mysql web-1>db-1",
    "node-added fw-db-1 firewall",
    "node-added mon-db-1 monitoring-agent",
    "node-removed code-1 codebase",
    "node-removed web-2 server",
    "node-removed apache-2 web-server",
    "node-removed gunicorn-2 app-server",
    "node-removed code-2 codebase",
    "node-removed mysql-replica database",
    "node-removed fw-web-2 firewall",
    "node-removed mon-web-2 monitoring-agent",
    "link-retargeted request to haproxy>lb-cluster",
    "link-added to-web lb-cluster>apache http",
    "link-id to-app to-app-1>to-app",
    "link-id to-db writes-1>to-db",
    "link-label to-db reads and writes>",
    "link-removed to-web-1 haproxy>apache-1 http",
    "link-removed to-web-2 haproxy>apache-2 http",
    "link-removed to-app-2 apache-2>gunicorn-2 http",
    "link-removed writes-2 gunicorn-2>mysql-primary mysql",
    "link-removed reads-2 gunicorn-2>mysql-replica mysql",
};
const QStringList EXPECTED_SECURED_SCALEUP_APPEARED{
    "SPOF web-1",
    "SPOF app-1",
    "SPOF db-1",
    "DB-SINGLE-WRITER db-1",
    "TLS-ENDS-AT-LB lb-2",
};
const QStringList EXPECTED_SECURED_SCALEUP_DISAPPEARED{
    "SPOF lb-1",
    "LB-NOT-CLUSTERED lb-1",
    "TIERS-NOT-SEPARATED web-1",
    "TIERS-NOT-SEPARATED web-2",
};

} // namespace

class TestDiff : public QObject {
    Q_OBJECT
private slots:
    void sameDesignHasNoChanges()
    {
        const Design d = load(QStringLiteral("scale-up"));
        const DesignDiff diff = diffDesigns(d, d);
        QVERIFY(diff.isEmpty());
        QVERIFY(diff.layoutChanges.isEmpty());
        QCOMPARE(diff.nodeMatches.size(), int(d.nodes().size()));
        const DiffImpact im = diffImpact(d, d, diff);
        QVERIFY(im.isEmpty());
    }

    void simpleToDistributed()
    {
        const Design a = load(QStringLiteral("simple-web-stack")), b = load(QStringLiteral("distributed"));
        const DesignDiff d = diffDesigns(a, b);
        compareLists(keys(d.changes), EXPECTED_SIMPLE_DISTRIBUTED, "changes");
        const DiffImpact im = diffImpact(a, b, d);
        compareLists(keys(im.appeared), EXPECTED_SIMPLE_DISTRIBUTED_APPEARED, "appeared");
        compareLists(keys(im.disappeared), EXPECTED_SIMPLE_DISTRIBUTED_DISAPPEARED, "disappeared");
        QCOMPARE(im.spofGained, QStringList{"lb-1"});
        QCOMPARE(im.spofLost, QStringList{"box"});
        // One server (0.99) becomes a load balancer in front of a server (0.99 × 0.99).
        QCOMPARE(im.availabilityBefore, 0.99);
        // ... behind one load balancer (0.99), two servers in parallel (1 - 0.01²).
        QVERIFY(qAbs(im.availabilityAfter - 0.99 * (1 - 0.01 * 0.01)) < 1e-12);
        QVERIFY(im.ninesAfter < im.ninesBefore);
    }

    void distributedToSecured()
    {
        const Design a = load(QStringLiteral("distributed")), b = load(QStringLiteral("secured-monitored"));
        const DesignDiff d = diffDesigns(a, b);
        compareLists(keys(d.changes), EXPECTED_DISTRIBUTED_SECURED, "changes");
        const DiffImpact im = diffImpact(a, b, d);
        compareLists(keys(im.appeared), EXPECTED_DISTRIBUTED_SECURED_APPEARED, "appeared");
        compareLists(keys(im.disappeared), EXPECTED_DISTRIBUTED_SECURED_DISAPPEARED, "disappeared");
        QVERIFY(im.spofGained.isEmpty());
        QVERIFY(im.spofLost.isEmpty());
        QCOMPARE(im.availabilityAfter, im.availabilityBefore);   // host firewalls do not fail on their own
        QVERIFY(!im.availabilityChanged());
    }

    void securedToScaleUp()
    {
        const Design a = load(QStringLiteral("secured-monitored")), b = load(QStringLiteral("scale-up"));
        const DesignDiff d = diffDesigns(a, b);
        compareLists(keys(d.changes), EXPECTED_SECURED_SCALEUP, "changes");
        const DiffImpact im = diffImpact(a, b, d);
        compareLists(keys(im.appeared), EXPECTED_SECURED_SCALEUP_APPEARED, "appeared");
        compareLists(keys(im.disappeared), EXPECTED_SECURED_SCALEUP_DISAPPEARED, "disappeared");
        QCOMPARE(im.spofGained, (QStringList{"web-1", "app-1", "db-1"}));
        QCOMPARE(im.spofLost, QStringList{"lb-1"});
        QVERIFY(im.availabilityAfter < im.availabilityBefore);   // three servers in series now
        // The cluster is new: its members are part of the added node, not a members change.
        QVERIFY(!keys(d.changes).join('\n').contains("cluster-members"));
    }

    void clusterMembersAreReported()
    {
        const Design a = load(QStringLiteral("scale-up"));
        Design b = a;
        b.node("lb-cluster")->props.insert("members", QStringList{"haproxy-1"});
        const DesignDiff d = diffDesigns(a, b);
        compareLists(keys(d.changes), QStringList{"cluster-members lb-cluster +[] -[haproxy-2]"}, "changes");
    }

    void renamedIdsArePairedByTheMatcher()
    {
        const Design a = load(QStringLiteral("scale-up"));
        const Design b = withRenamedIds(a, QStringLiteral("x-"));
        const DesignDiff d = diffDesigns(a, b);
        QCOMPARE(d.nodeMatches.size(), int(a.nodes().size()));
        for (const NodeMatch &m : d.nodeMatches) {
            QCOMPARE(m.newId, "x-" + m.oldId);
            QVERIFY2(m.reason != MatchReason::Id, qPrintable(m.oldId));
        }
        // Only the ids changed: one id change per node and per link, nothing else.
        for (const Change &c : d.changes)
            QVERIFY2(c.type == ChangeType::NodeIdChanged || c.type == ChangeType::LinkIdChanged, qPrintable(c.signature()));
        QCOMPARE(d.changes.size(), int(a.nodes().size() + a.links().size()));
        QVERIFY(d.layoutChanges.isEmpty());
        // Labels differ too: the neighbourhood still pairs the nodes.
        Design c = b;
        for (const Node &n : b.nodes())
            c.node(n.id)->label = "renamed " + n.id;
        const DesignDiff d2 = diffDesigns(a, c);
        QCOMPARE(d2.nodeMatches.size(), int(a.nodes().size()));
        for (const NodeMatch &m : d2.nodeMatches)
            QCOMPARE(m.newId, "x-" + m.oldId);
        // The findings are the same ones, named through the match.
        const DiffImpact im = diffImpact(a, b, d);
        compareLists(keys(im.appeared), {}, "appeared");
        compareLists(keys(im.disappeared), {}, "disappeared");
        QVERIFY(im.spofGained.isEmpty() && im.spofLost.isEmpty());
        QCOMPARE(im.availabilityAfter, im.availabilityBefore);
    }

    void ambiguousNodesAreNotGuessed()
    {
        // Two identical new web servers in one server: neither is paired with the removed one.
        Design a, b;
        a.insertNode(Node{"s", Kind::Server, "S", {}, false, {}, {}});
        b.insertNode(Node{"s", Kind::Server, "S", {}, false, {}, {}});
        a.insertNode(Node{"w", Kind::WebServer, "Web", "s", false, {}, {}});
        b.insertNode(Node{"w1", Kind::WebServer, "Web", "s", false, {}, {}});
        b.insertNode(Node{"w2", Kind::WebServer, "Web", "s", false, {}, {}});
        const DesignDiff d = diffDesigns(a, b);
        compareLists(keys(d.changes), QStringList{"node-added w1 web-server", "node-added w2 web-server", "node-removed w web-server"},
                     "changes");
    }

    void layoutMovesAreKeptApart()
    {
        const Design a = load(QStringLiteral("distributed"));
        Design b = a;
        b.node("web-1")->pos += QPointF(40, 0);
        const DesignDiff d = diffDesigns(a, b);
        QVERIFY(d.isEmpty());
        compareLists(keys(d.layoutChanges), QStringList{"layout web-1 " + QString("%1,%2>%3,%2").arg(a.node("web-1")->pos.x()).arg(a.node("web-1")->pos.y()).arg(a.node("web-1")->pos.x() + 40)}, "layout");
    }

    void linkChanges()
    {
        const Design a = load(QStringLiteral("distributed"));
        Design b = a;
        b.link("to-web-2")->to = "apache-1";
        b.link("writes-1")->port = 3307;
        b.removeLink("reads-2");
        const DesignDiff d = diffDesigns(a, b);
        compareLists(keys(d.changes),
                     QStringList{"link-retargeted to-web-2 to apache-2>apache-1", "link-port writes-1 3306>3307",
                                 "link-removed reads-2 gunicorn-2>mysql-replica mysql"},
                     "changes");
    }

    void textFormIsStableAndSorted()
    {
        const Design a = load(QStringLiteral("scale-up"));
        // The same design with its nodes in another order gives the same text.
        Design b;
        b.name = a.name;
        b.profile = a.profile;
        b.extensions = a.extensions;
        for (auto it = a.nodes().rbegin(); it != a.nodes().rend(); ++it)
            b.insertNode(*it);
        for (auto it = a.links().rbegin(); it != a.links().rend(); ++it)
            b.insertLink(*it);
        const QString ta = designTextForm(a);
        QCOMPARE(designTextForm(b), ta);
        QStringList lines = ta.split('\n', Qt::SkipEmptyParts);
        QStringList sorted = lines;
        sorted.sort();
        QCOMPARE(lines, sorted);
        QVERIFY(lines.contains("node apache kind: web-server"));
        QVERIFY(lines.contains("node apache parent: web-1"));
        QVERIFY(lines.contains("link request: users -> lb-cluster https 443"));
        QVERIFY(lines.contains("node haproxy-1 prop software: \"haproxy\""));
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "test_diff.moc"
