// Where new nodes go and what they are called (core/model/placement.h), and
// the defects of issue 12 it fixes: services dropped into a server piled up
// at one spot (item 2), quick fixes put "Server 2" over the original and gave
// two new servers one label (item 7), Duplicate copied a server's host name
// and address unchanged (item 9).
#include "core/commands/additemscommand.h"
#include "core/io/designfragment.h"
#include "core/io/jsonformat.h"
#include "core/io/templates.h"
#include "core/model/designmodel.h"
#include "core/model/geometry.h"
#include "core/model/placement.h"
#include "core/rules/quickfix.h"
#include "core/rules/validator.h"

#include <QUndoStack>
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

// A web server and an app server on one server each, a database.
const char *kPair = R"({"format":"stackwright-design","version":1,"name":"pair","nodes":[
  {"id":"users","kind":"internet","x":40,"y":40},
  {"id":"web","kind":"server","label":"Web server","x":300,"y":40,"props":{"hostname":"web-01","address":"10.0.0.11"}},
  {"id":"apache","kind":"web-server","parent":"web","x":10,"y":30},
  {"id":"app","kind":"server","label":"App server","x":300,"y":200,"props":{"hostname":"app-01","address":"10.0.0.21"}},
  {"id":"gunicorn","kind":"app-server","parent":"app","x":10,"y":30},
  {"id":"data","kind":"server","label":"Database server","x":300,"y":360,"props":{"hostname":"db-01","address":"10.0.0.31"}},
  {"id":"db","kind":"database","parent":"data","x":10,"y":30}],
 "links":[{"from":"users","to":"apache","protocol":"http"},{"from":"apache","to":"gunicorn","protocol":"http"},
          {"from":"gunicorn","to":"db","protocol":"mysql"}]})";

QStringList labelsOfKind(const Design &d, Kind k)
{
    QStringList out;
    for (const Node *n : d.nodesOfKind(k))
        out << n->displayLabel();
    return out;
}

} // namespace

class TestPlacement : public QObject {
    Q_OBJECT
private slots:
    // Item 2: three services dropped into a server without a position.
    // Before: every one at (10, 40), the server did not grow.
    void servicesDroppedIntoAServerStack()
    {
        Design d = parse(kPair);
        const QRectF before = DiagramGeometry(d).rect("app");
        QVector<QPointF> spots;
        for (Kind k : {Kind::Codebase, Kind::MonitoringAgent, Kind::Firewall}) {
            Node n = makeNode(d, k);
            n.parent = "app";
            n.pos = freeChildSpot(d, "app", k);
            spots << n.pos;
            d.insertNode(n);
        }
        QVERIFY(spots[0] != spots[1] && spots[1] != spots[2] && spots[0] != spots[2]);
        const DiagramGeometry geo(d);
        const QRectF server = geo.rect("app");
        QVERIFY(server.height() > before.height());
        QSet<QString> overlaps = overlappingSiblings(d);
        for (const QString &pair : std::as_const(overlaps))
            QVERIFY2(!pair.contains("codebase") && !pair.contains("monitoring") && !pair.contains("firewall"),
                     qPrintable(pair));
        for (const QString &c : d.children("app"))
            QVERIFY2(server.contains(geo.rect(c)), qPrintable(c));
    }

    void paletteNodesHaveUniqueMeaningfulNames()
    {
        Design d;
        d.name = "x";
        for (int i = 0; i < 3; ++i)
            d.insertNode(makeNode(d, Kind::Server));
        QCOMPARE(labelsOfKind(d, Kind::Server), (QStringList{"Server", "Server 2", "Server 3"}));
        QStringList hosts;
        for (const Node *s : d.nodesOfKind(Kind::Server))
            hosts << s->propString("hostname");
        QCOMPARE(hosts, (QStringList{"server-01", "server-02", "server-03"}));
        const Node web = makeServerFor(d, Kind::WebServer);
        QCOMPARE(web.label, QString("Web server"));
        QCOMPARE(web.propString("hostname"), QString("web-01"));
        d.insertNode(web);
        const Node web2 = makeServerFor(d, Kind::WebServer);
        QCOMPARE(web2.label, QString("Web server 2"));
        QCOMPARE(web2.propString("hostname"), QString("web-02"));
        QCOMPARE(makeServerFor(d, Kind::Database).label, QString("Database server"));
        QCOMPARE(makeServerFor(d, Kind::LoadBalancer).propString("hostname"), QString("lb-01"));
    }

    void numbering()
    {
        Design d = parse(kPair);
        QCOMPARE(numberedHostname(d, "web-01"), QString("web-02"));
        QCOMPARE(numberedHostname(d, "WEB-01"), QString("WEB-02")); // compared without case
        QCOMPARE(numberedHostname(d, "fresh"), QString("fresh"));
        QCOMPARE(numberedLabel(d, Kind::Server, "Web server"), QString("Web server 2"));
        QCOMPARE(numberedLabel(d, Kind::WebServer, "Web server"), QString("Web server")); // another kind
        QCOMPARE(freeAddress(d, "10.0.0.11"), QString("10.0.0.12"));
        QCOMPARE(freeAddress(d, "10.0.0.21", {"10.0.0.22"}), QString("10.0.0.20"));
    }

    // Item 9: Ctrl+D on a server. Before: same hostname and address, over the original.
    void duplicateNumbersAndPlaces()
    {
        DesignModel model;
        model.reset(parse(kPair));
        QUndoStack undo;
        const Design before = model.design();
        PastedItems items;
        QString error;
        QVERIFY(pasteFragment(copyFragment(before, {"web"}), before, QPointF(30, 30), &items, &error));
        QVector<Node> placed;
        undo.push(addPlacedItems(&model, items.nodes, items.links, "Duplicate", &placed).release());
        const Design &after = model.design();
        const Node *copy = after.node(items.topIds.value(0));
        QVERIFY(copy);
        QCOMPARE(copy->label, QString("Web server 2"));
        QCOMPARE(copy->propString("hostname"), QString("web-02"));
        QCOMPARE(copy->propString("address"), QString("10.0.0.12"));
        QVERIFY(overlappingSiblings(after).isEmpty());
        for (const Finding &f : Validator::validate(after).findings)
            QVERIFY2(f.rule != "DUPLICATE-ADDRESS", qPrintable(f.message));
        // Twice more: all distinct.
        for (int i = 0; i < 2; ++i) {
            const Design now = model.design();
            QVERIFY(pasteFragment(copyFragment(now, {"web"}), now, QPointF(30, 30), &items, &error));
            undo.push(addPlacedItems(&model, items.nodes, items.links, "Duplicate").release());
        }
        QCOMPARE(labelsOfKind(model.design(), Kind::Server),
                 (QStringList{"Web server", "App server", "Database server", "Web server 2", "Web server 3", "Web server 4"}));
        QVERIFY(overlappingSiblings(model.design()).isEmpty());
        undo.undo();
        undo.undo();
        undo.undo();
        QCOMPARE(model.design(), before);
    }

    // A child added to a server makes it grow over the server below: that
    // server moves down, in the same undo step.
    void growingContainerPushesItsSiblings()
    {
        Design d = parse(kPair);
        d.node("app")->pos = QPointF(300, 40 + 80 + 10); // just below "web"
        d.node("data")->pos = QPointF(300, 130 + 80 + 10);
        QVERIFY(overlappingSiblings(d).isEmpty());
        DesignModel model;
        model.reset(d);
        QUndoStack undo;
        Node agent = makeNode(d, Kind::MonitoringAgent);
        agent.parent = "web";
        agent.pos = QPointF(10, 30);
        undo.push(addPlacedItems(&model, {agent}, {}, "Add").release());
        QVERIFY2(overlappingSiblings(model.design()).isEmpty(),
                 qPrintable(QStringList(overlappingSiblings(model.design()).values()).join(' ')));
        QVERIFY(model.node("app")->pos.y() > 130);
        undo.undo();
        QCOMPARE(model.design(), d);
    }

    // Item 7: the app server's SPOF fix put "Server 2" over the original, and
    // two different new servers got the label "Server 2".
    void quickFixesPlaceAndNameWell()
    {
        DesignModel model;
        model.reset(parse(kPair));
        QUndoStack undo;
        for (const char *server : {"app", "web"}) {
            Finding f;
            f.rule = "SPOF";
            f.nodes = {server};
            auto fix = makeFix(&model, f);
            QVERIFY2(fix, server);
            undo.push(fix.release());
            QVERIFY2(overlappingSiblings(model.design()).isEmpty(),
                     qPrintable(QStringList(overlappingSiblings(model.design()).values()).join(' ')));
        }
        const QStringList labels = labelsOfKind(model.design(), Kind::Server);
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
        QVERIFY2(labels.contains("App server 2") && labels.contains("Web server 2"), qPrintable(labels.join(", ")));
        QStringList hosts;
        for (const Node *s : model.design().nodesOfKind(Kind::Server))
            hosts << s->propString("hostname");
        QVERIFY2(hosts.contains("app-02") && hosts.contains("web-02"), qPrintable(hosts.join(", ")));
        for (const Finding &f : Validator::validate(model.design()).findings)
            QVERIFY2(f.rule != "DUPLICATE-ADDRESS", qPrintable(f.message));
        // Monitoring for every server: agents do not pile up, servers do not overlap.
        Finding mon;
        mon.rule = "NO-MONITORING";
        mon.nodes = {"web"};
        auto fix = makeFix(&model, mon);
        QVERIFY(fix);
        undo.push(fix.release());
        QVERIFY2(overlappingSiblings(model.design()).isEmpty(),
                 qPrintable(QStringList(overlappingSiblings(model.design()).values()).join(' ')));
    }

    // Every fix of the reference design's findings leaves no overlap it did not find.
    void everyFixOnTheTemplatesKeepsBoxesApart()
    {
        for (const QString &name : templateNames()) {
            Design d;
            QString error;
            QVERIFY(loadTemplate(name, &d, &error));
            placeUnpositioned(d);
            for (const Finding &f : Validator::validate(d).findings) {
                DesignModel model;
                model.reset(d);
                const QSet<QString> before = overlappingSiblings(d);
                auto fix = makeFix(&model, f);
                if (!fix)
                    continue;
                fix->redo();
                QSet<QString> after = overlappingSiblings(model.design());
                QVERIFY2(after.subtract(before).isEmpty(),
                         qPrintable(name + " " + f.rule + ": " + QStringList(after.values()).join(' ')));
                fix->undo();
                QCOMPARE(model.design(), d);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPlacement)
#include "test_placement.moc"
