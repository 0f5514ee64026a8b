// The JSON interchange format: every refusal issue 2 names has a document
// that triggers it and a check that the message names the field and the node
// or link; valid documents load and survive a save.
#include "core/io/jsonformat.h"
#include "core/model/check.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace sw;

namespace {

QJsonObject node(const QString &id, const QString &kind, const QJsonObject &props = {}, const QString &parent = {})
{
    QJsonObject o{{"id", id}, {"kind", kind}};
    if (!parent.isEmpty())
        o.insert("parent", parent);
    if (!props.isEmpty())
        o.insert("props", props);
    return o;
}

QJsonObject link(const QString &id, const QString &from, const QString &to, const QString &protocol = "http")
{
    QJsonObject o{{"from", from}, {"to", to}, {"protocol", protocol}};
    if (!id.isEmpty())
        o.insert("id", id);
    return o;
}

// A small valid design: users -> apache -> gunicorn on one server.
QJsonObject baseDoc()
{
    return QJsonObject{
        {"format", "stackwright-design"},
        {"version", 1},
        {"name", "test"},
        {"nodes", QJsonArray{node("users", "internet"), node("box", "server", {{"hostname", "box-1"}}),
                             node("apache", "web-server", {}, "box"),
                             node("gunicorn", "app-server", {{"port", 8000}}, "box")}},
        {"links", QJsonArray{link("l1", "users", "apache"), link("l2", "apache", "gunicorn")}},
    };
}

QJsonObject withNodes(QJsonObject doc, const QJsonArray &extra)
{
    QJsonArray nodes = doc.value("nodes").toArray();
    for (const QJsonValue &v : extra)
        nodes.append(v);
    doc.insert("nodes", nodes);
    return doc;
}

QJsonObject withLinks(QJsonObject doc, const QJsonArray &extra)
{
    QJsonArray links = doc.value("links").toArray();
    for (const QJsonValue &v : extra)
        links.append(v);
    doc.insert("links", links);
    return doc;
}

QByteArray bytes(const QJsonObject &o) { return QJsonDocument(o).toJson(); }

} // namespace

class TestJsonFormat : public QObject {
    Q_OBJECT
private slots:
    void baseDocumentLoads()
    {
        Design d;
        QString error;
        QVERIFY2(readJson(bytes(baseDoc()), &d, &error), qPrintable(error));
        QCOMPARE(int(d.nodes().size()), 4);
        QCOMPARE(int(d.links().size()), 2);
        QCOMPARE(d.node("gunicorn")->parent, QString("box"));
        QCOMPARE(d.link("l1")->effectivePort(), 80);
    }

    void specExampleLoads()
    {
        QFile f(QStringLiteral(SW_SOURCE_DIR "/docs/design-format.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(f.readAll());
        const auto m = QRegularExpression("```json\\n(.*?)```", QRegularExpression::DotMatchesEverythingOption).match(md);
        QVERIFY(m.hasMatch());
        Design d;
        QString error;
        QVERIFY2(readJson(m.captured(1).toUtf8(), &d, &error), qPrintable(error));
        QCOMPARE(d.name, QString("example.org pair"));
        QCOMPARE(int(d.nodes().size()), 12);
        QCOMPARE(int(d.links().size()), 5);
        QCOMPARE(d.node("hap-a")->propString("tls"), QString("terminate"));
        QCOMPARE(d.node("box")->hasPos, false);
        QCOMPARE(d.node("lb-a")->pos, QPointF(200, 40));
        // Links without an id get distinct generated ids.
        QSet<QString> ids;
        for (const Link &l : d.links())
            ids.insert(l.id);
        QCOMPARE(ids.size(), 5);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("unknown kind") << bytes(withNodes(baseDoc(), {node("w", "webserver")}))
                                      << QStringList{"node \"w\"", "\"kind\"", "webserver"};
        QTest::newRow("duplicate node id")
            << bytes(withNodes(baseDoc(), {node("box", "note")})) << QStringList{"node \"box\"", "\"id\"", "twice"};
        QTest::newRow("link id equal to a node id")
            << bytes(withLinks(baseDoc(), {link("users", "apache", "gunicorn")}))
            << QStringList{"link \"users\"", "\"id\"", "twice", "a node has it"};
        QTest::newRow("duplicate link id")
            << bytes(withLinks(baseDoc(), {link("l1", "apache", "gunicorn")}))
            << QStringList{"link \"l1\"", "twice", "another link"};
        QTest::newRow("link to a missing node")
            << bytes(withLinks(baseDoc(), {link("l3", "gunicorn", "ghost", "mysql")}))
            << QStringList{"link \"l3\"", "\"to\"", "\"ghost\""};
        QTest::newRow("link from a missing node, no id")
            << bytes(withLinks(baseDoc(), {link({}, "ghost", "apache")}))
            << QStringList{"link #3", "\"from\"", "\"ghost\""};
        QTest::newRow("link to itself")
            << bytes(withLinks(baseDoc(), {link("l3", "apache", "apache")})) << QStringList{"link \"l3\"", "\"to\""};
        QTest::newRow("service without a server")
            << bytes(withNodes(baseDoc(), {node("db", "database")}))
            << QStringList{"node \"db\"", "\"parent\"", "inside a server"};
        QTest::newRow("service inside a zone")
            << bytes(withNodes(baseDoc(), {node("z", "zone"), node("db", "database", {}, "z")}))
            << QStringList{"node \"db\"", "\"parent\"", "zone"};
        QTest::newRow("parent missing")
            << bytes(withNodes(baseDoc(), {node("db", "database", {}, "nowhere")}))
            << QStringList{"node \"db\"", "\"parent\"", "\"nowhere\""};
        QTest::newRow("cycle of parents (server in zone in server)")
            << bytes(withNodes(baseDoc(), {node("z", "zone", {}, "s"), node("s", "server", {{"hostname", "s"}}, "z")}))
            << QStringList{"node \"z\"", "\"parent\"", "cycle", "\"z\" inside \"s\" inside \"z\""};
        QTest::newRow("node is its own parent")
            << bytes(withNodes(baseDoc(), {node("s", "server", {{"hostname", "s"}}, "s")}))
            << QStringList{"node \"s\"", "\"parent\"", "cycle"};
        QTest::newRow("bad hostname")
            << bytes(withNodes(baseDoc(), {node("s", "server", {{"hostname", "web_01"}})}))
            << QStringList{"node \"s\"", "\"props.hostname\"", "web_01", "host name"};
        // (An absent hostname is a draft, not an error: see tests/editor/test_drafts.)
        QTest::newRow("cluster with an empty members list")
            << bytes(withNodes(baseDoc(), {node("c", "cluster", {{"members", QJsonArray()}})}))
            << QStringList{"node \"c\"", "\"props.members\"", "at least one member"};
        QJsonObject bigPort = link("l3", "apache", "gunicorn");
        bigPort.insert("port", 70000);
        QTest::newRow("link port out of range") << bytes(withLinks(baseDoc(), {bigPort}))
                                                << QStringList{"link \"l3\"", "\"port\"", "70000", "out of range"};
        QJsonObject zeroPort = link("l3", "apache", "gunicorn");
        zeroPort.insert("port", 0);
        QTest::newRow("link port zero")
            << bytes(withLinks(baseDoc(), {zeroPort})) << QStringList{"link \"l3\"", "\"port\"", "out of range"};
        QTest::newRow("props port out of range")
            << bytes(withNodes(baseDoc(), {node("app2", "app-server", {{"port", 0}}, "box")}))
            << QStringList{"node \"app2\"", "\"props.port\"", "out of range"};
        QTest::newRow("ssh port out of range")
            << bytes(withNodes(baseDoc(), {node("s", "server", {{"hostname", "s"}, {"ssh_port", 65536}})}))
            << QStringList{"node \"s\"", "\"props.ssh_port\"", "65536"};
        QJsonObject newer = baseDoc();
        newer.insert("version", 2);
        QTest::newRow("newer version") << bytes(newer) << QStringList{"\"version\"", "newer Stackwright"};
        QTest::newRow("broken JSON") << QByteArray("{\n  \"format\": \"stackwright-design\",\n  \"version\": 1\n  \"name\": \"x\"\n}")
                                     << QStringList{"broken JSON", "line 4", "column"};
        QJsonObject wrongFormat = baseDoc();
        wrongFormat.insert("format", "something-else");
        QTest::newRow("wrong format") << bytes(wrongFormat) << QStringList{"\"format\"", "something-else"};
        QJsonObject noName = baseDoc();
        noName.remove("name");
        QTest::newRow("name missing") << bytes(noName) << QStringList{"\"name\"", "missing"};
        QTest::newRow("bad choice")
            << bytes(withNodes(baseDoc(), {node("web2", "web-server", {{"tls", "maybe"}}, "box")}))
            << QStringList{"node \"web2\"", "\"props.tls\"", "maybe"};
        QTest::newRow("reference to a missing node")
            << bytes(withNodes(baseDoc(), {node("www", "dns", {{"domain", "www.foobar.com"}, {"target", "nobody"}})}))
            << QStringList{"node \"www\"", "\"props.target\"", "\"nobody\""};
        QTest::newRow("prop of a wrong type")
            << bytes(withNodes(baseDoc(), {node("n", "note", {{"text", QJsonObject{{"a", 1}}}})}))
            << QStringList{"node \"n\"", "\"props.text\""};
        QTest::newRow("bad id") << bytes(withNodes(baseDoc(), {node("9lives", "note")}))
                                << QStringList{"node #5", "\"id\"", "9lives"};
    }

    void refusals()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QStringList, expected);
        Design d;
        d.name = "untouched";
        QString error;
        QVERIFY(!readJson(doc, &d, &error));
        for (const QString &e : expected)
            QVERIFY2(error.contains(e), qPrintable(QString("expected \"%1\" in: %2").arg(e, error)));
        QCOMPARE(d.name, QString("untouched")); // the output is left alone
    }

    void brokenJsonColumnCountsCharacters()
    {
        // "é" is two bytes in UTF-8 but one column.
        const QByteArray doc = "{\"name\": \"\xC3\xA9\" \"x\"}";
        Design d;
        QString error;
        QVERIFY(!readJson(doc, &d, &error));
        QVERIFY2(error.contains("line 1, column 15"), qPrintable(error));
    }

    void cycleIsReportedOnceAndFirst()
    {
        const QJsonObject doc =
            withNodes(baseDoc(), {node("z", "zone", {}, "s"), node("s", "server", {{"hostname", "s"}}, "z")});
        Design d;
        QString error;
        QVERIFY(readJsonObject(doc, &d, &error) == false);
        QVERIFY2(error.startsWith("node \"z\", field \"parent\": the parents form a cycle"), qPrintable(error));
        // checkDesign on the same design: one cycle message only.
        Design raw;
        raw.name = "x";
        Node z;
        z.id = "z";
        z.kind = Kind::Zone;
        z.parent = "s";
        Node s;
        s.id = "s";
        s.kind = Kind::Server;
        s.parent = "z";
        s.props.insert("hostname", "s");
        raw.insertNode(z);
        raw.insertNode(s);
        const QStringList problems = checkDesign(raw);
        QCOMPARE(problems.filter("cycle").size(), 1);
        QVERIFY(problems.first().contains("cycle"));
    }

    void unknownPropsSurvive()
    {
        const QJsonObject doc = withNodes(
            baseDoc(), {node("s", "server",
                             {{"hostname", "s"}, {"rack", "B7"}, {"weight", 2.5}, {"count", 3}, {"spare", true},
                              {"tags", QJsonArray{"blue", "green"}}})});
        Design d;
        QString error;
        QVERIFY2(readJsonObject(doc, &d, &error), qPrintable(error));
        const Node *s = d.node("s");
        QCOMPARE(s->props.value("rack").toString(), QString("B7"));
        QCOMPARE(s->props.value("weight").toDouble(), 2.5);
        QCOMPARE(s->props.value("count").toInt(), 3);
        QCOMPARE(s->props.value("spare").toBool(), true);
        QCOMPARE(s->props.value("tags").toStringList(), QStringList({"blue", "green"}));

        const QByteArray saved = writeJson(d);
        const QJsonObject back = QJsonDocument::fromJson(saved).object();
        QJsonObject props;
        for (const QJsonValue &v : back.value("nodes").toArray())
            if (v.toObject().value("id") == "s")
                props = v.toObject().value("props").toObject();
        QCOMPARE(props.value("rack").toString(), QString("B7"));
        QCOMPARE(props.value("weight").toDouble(), 2.5);
        QCOMPARE(props.value("spare").toBool(), true);
        QCOMPARE(props.value("tags").toArray().size(), 2);
        Design again;
        QVERIFY2(readJson(saved, &again, &error), qPrintable(error));
        QVERIFY(again == d);
    }

    void roundTripKeepsEverything()
    {
        QJsonObject doc = withNodes(baseDoc(), {node("note-1", "note", {{"text", "Ünïcödé ✓"}})});
        doc.insert("profile", "simple-web-stack");
        doc.insert("suppressions", QJsonArray{QJsonObject{{"rule", "SPOF"}, {"reason", "a lab"}}});
        doc.insert("scenarios", QJsonArray{QJsonObject{{"name", "lb down"}, {"failed", QJsonArray{"box"}}}});
        QJsonArray nodes = doc.value("nodes").toArray();
        QJsonObject positioned = nodes[1].toObject();
        positioned.insert("x", -12.5);
        positioned.insert("y", 40);
        positioned.insert("label", "The box");
        nodes[1] = positioned;
        doc.insert("nodes", nodes);
        Design d;
        QString error;
        QVERIFY2(readJsonObject(doc, &d, &error), qPrintable(error));
        QCOMPARE(d.suppressions.size(), 1);
        QVERIFY(d.extensions.contains("scenarios"));
        Design again;
        QVERIFY2(readJson(writeJson(d), &again, &error), qPrintable(error));
        QVERIFY(again == d);
        QCOMPARE(again.node("box")->pos, QPointF(-12.5, 40));
        QCOMPARE(again.node("box")->label, QString("The box"));
        QCOMPARE(again.profile, QString("simple-web-stack"));
        // Compact and indented outputs read back the same.
        QVERIFY(readJson(writeJson(d, false), &again, &error));
        QVERIFY(again == d);
    }
};

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "test_jsonformat.moc"
