#include "core/commands/additemscommand.h"
#include "core/commands/designmetacommand.h"
#include "core/commands/editlinkcommand.h"
#include "core/commands/macro.h"
#include "core/commands/movenodescommand.h"
#include "core/commands/removeitemscommand.h"
#include "core/commands/reparentcommand.h"
#include "core/commands/setpropertycommand.h"
#include "core/io/templates.h"
#include "core/model/check.h"

#include <QUndoStack>
#include <QtTest>

using namespace sw;

class TestCommands : public QObject {
    Q_OBJECT
    DesignModel model;
    QUndoStack stack;
    Design original;

private slots:
    void init()
    {
        stack.clear();
        QVERIFY(loadTemplate(QStringLiteral("scale-up"), &original, nullptr));
        model.reset(original);
    }

    void addThenUndo()
    {
        Node n;
        n.id = QStringLiteral("extra");
        n.kind = Kind::Note;
        Link l;
        l.id = QStringLiteral("extra-link");
        l.from = QStringLiteral("users");
        l.to = QStringLiteral("www");
        l.protocol = Protocol::Dns;
        stack.push(new AddItemsCommand(&model, {n}, {l}, QStringLiteral("add")));
        QVERIFY(model.node(QStringLiteral("extra")));
        QVERIFY(model.link(QStringLiteral("extra-link")));
        stack.undo();
        QCOMPARE(model.design(), original);
        stack.redo();
        QVERIFY(model.node(QStringLiteral("extra")));
    }

    void removeServerTakesServicesLinksAndReferences()
    {
        stack.push(new RemoveItemsCommand(&model, {QStringLiteral("lb-1")}, QStringLiteral("delete")));
        const Design &d = model.design();
        QVERIFY(!d.node(QStringLiteral("lb-1")));
        QVERIFY(!d.node(QStringLiteral("haproxy-1")));
        QCOMPARE(d.node(QStringLiteral("lb-cluster"))->propList(QStringLiteral("members")),
                 QStringList{QStringLiteral("haproxy-2")});
        QCOMPARE(d.node(QStringLiteral("cert"))->propList(QStringLiteral("installed_on")),
                 QStringList{QStringLiteral("haproxy-2")});
        QCOMPARE(d.node(QStringLiteral("fw-web-1"))->propList(QStringLiteral("allow")),
                 QStringList{QStringLiteral("80/tcp from lb-2")});
        QVERIFY2(checkDesign(d).isEmpty(), qPrintable(checkDesign(d).join('\n')));
        stack.undo();
        QCOMPARE(model.design(), original);
    }

    void removeDatabaseTakesItsLinks()
    {
        stack.push(new RemoveItemsCommand(&model, {QStringLiteral("mysql")}, QStringLiteral("delete")));
        QVERIFY(!model.link(QStringLiteral("to-db")));
        stack.undo();
        QCOMPARE(model.design(), original);
    }

    void dragStepsMergeIntoOneCommand()
    {
        const QString id = QStringLiteral("web-1");
        for (int i = 1; i <= 5; ++i)
            stack.push(new MoveNodesCommand(&model, {{id, QPointF(600 + i * 10, 190)}}, 7));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(model.node(id)->pos, QPointF(650, 190));
        stack.push(new MoveNodesCommand(&model, {{id, QPointF(0, 0)}}, 8)); // another drag
        QCOMPARE(stack.count(), 2);
        stack.undo();
        stack.undo();
        QCOMPARE(model.design(), original);
    }

    void propertyLabelReparentLinkAndMeta()
    {
        stack.push(new SetPropertyCommand(&model, QStringLiteral("gunicorn"), QStringLiteral("port"), 9000));
        stack.push(new SetPropertyCommand(&model, QStringLiteral("gunicorn"), SetPropertyCommand::labelKey(),
                                          QStringLiteral("App")));
        stack.push(new ReparentCommand(&model, QStringLiteral("code"), QStringLiteral("web-1"), QPointF(10, 174)));
        Link l = *model.link(QStringLiteral("to-app"));
        l.port = 8080;
        stack.push(new EditLinkCommand(&model, l));
        stack.push(new DesignMetaCommand(&model, DesignMetaCommand::Name, QStringLiteral("renamed")));
        stack.push(new DesignMetaCommand(&model, DesignMetaCommand::Suppressions,
                                         DesignMetaCommand::fromSuppressions({{QStringLiteral("SPOF"), QStringLiteral("lab")}})));
        const Design &d = model.design();
        QCOMPARE(d.node(QStringLiteral("gunicorn"))->propInt(QStringLiteral("port")), 9000);
        QCOMPARE(d.node(QStringLiteral("gunicorn"))->label, QStringLiteral("App"));
        QCOMPARE(d.node(QStringLiteral("code"))->parent, QStringLiteral("web-1"));
        QCOMPARE(d.link(QStringLiteral("to-app"))->port, 8080);
        QCOMPARE(d.name, QStringLiteral("renamed"));
        QCOMPARE(d.suppressions.size(), 1);
        while (stack.canUndo())
            stack.undo();
        QCOMPARE(model.design(), original);
    }

    void undoRestoresLayMeOut()
    {
        Design d = original;
        d.node(QStringLiteral("code"))->hasPos = false;
        model.reset(d);
        stack.push(new MoveNodesCommand(&model, {{QStringLiteral("code"), QPointF(5, 5)}}));
        stack.push(new ReparentCommand(&model, QStringLiteral("code"), QStringLiteral("web-1"), QPointF(10, 174)));
        QVERIFY(model.node(QStringLiteral("code"))->hasPos);
        stack.undo();
        stack.undo();
        QCOMPARE(model.design(), d);
        QVERIFY(!model.node(QStringLiteral("code"))->hasPos);
    }

    void emptyMacroIsNotPushed()
    {
        QVERIFY(!pushMacro(&stack, std::make_unique<QUndoCommand>(QStringLiteral("nothing"))));
        QCOMPARE(stack.count(), 0);
        auto macro = std::make_unique<QUndoCommand>(QStringLiteral("two"));
        new SetPropertyCommand(&model, QStringLiteral("gunicorn"), QStringLiteral("port"), 9001, macro.get());
        new SetPropertyCommand(&model, QStringLiteral("mysql"), QStringLiteral("engine"), QStringLiteral("mariadb"), macro.get());
        QVERIFY(pushMacro(&stack, std::move(macro)));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(model.node(QStringLiteral("mysql"))->propString(QStringLiteral("engine")), QStringLiteral("mariadb"));
        stack.undo();
        QCOMPARE(model.design(), original);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "test_commands.moc"
