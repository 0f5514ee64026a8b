#include "exporters/pictures/arrange.h"
#include "exporters/pictures/graphvizlayout.h"
#include "exporters/pictures/layoutworker.h"
#include "tests/pictures/picturetesthelpers.h"

#include "core/model/designmodel.h"
#include "core/model/geometry.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace sw;
using namespace swtest;

namespace {

Design withoutPositions(Design d)
{
    for (const Node &n : d.nodes()) {
        Node *m = d.node(n.id);
        m->hasPos = false;
        m->pos = QPointF();
    }
    return d;
}

// Every child's rect inside its parent's; no two top-level boxes overlap;
// a cluster's outline holds no server that is not a member's.
void checkGeometry(const Design &d)
{
    const DiagramGeometry geo(d);
    for (const Node &n : d.nodes()) {
        QVERIFY2(n.hasPos, qPrintable(n.id));
        if (!n.parent.isEmpty()) {
            const QRectF pr = geo.rect(n.parent);
            QVERIFY2(pr.contains(geo.rect(n.id)), qPrintable(n.id + QStringLiteral(" outside ") + n.parent));
        }
    }
    QVector<const Node *> top;
    for (const Node &n : d.nodes())
        if (n.parent.isEmpty() && n.kind != Kind::Cluster)
            top.append(&n);
    for (int i = 0; i < top.size(); ++i)
        for (int j = i + 1; j < top.size(); ++j)
            QVERIFY2(!geo.rect(top[i]->id).intersects(geo.rect(top[j]->id)),
                     qPrintable(top[i]->id + QStringLiteral(" overlaps ") + top[j]->id));
    for (const Node *c : d.nodesOfKind(Kind::Cluster)) {
        QSet<QString> memberServers;
        for (const QString &m : c->propList(QStringLiteral("members")))
            memberServers.insert(d.serverOf(m).isEmpty() ? m : d.serverOf(m));
        for (const Node *s : d.nodesOfKind(Kind::Server))
            if (!memberServers.contains(s->id))
                QVERIFY2(!geo.rect(c->id).intersects(geo.rect(s->id)),
                         qPrintable(s->id + QStringLiteral(" inside cluster ") + c->id));
    }
}

} // namespace

class TestPicturesLayout : public QObject {
    Q_OBJECT
private slots:
    void fullLayout_data() { templateRows(); }
    void fullLayout()
    {
        QFETCH(QString, name);
        const Design d = withoutPositions(templateDesign(name));
        GraphvizLayout layout;
        const LayoutResult r = layout.compute(d, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.engine, QStringLiteral("dot"));
        QCOMPARE(r.positions.size(), int(d.nodes().size()));
        const Design placed = GraphvizLayout::applied(d, r);
        checkGeometry(placed);
        // Tiers run left to right: internet before the databases' servers.
        const DiagramGeometry geo(placed);
        for (const Node *i : placed.nodesOfKind(Kind::Internet))
            for (const Node *db : placed.nodesOfKind(Kind::Database))
                QVERIFY(geo.rect(i->id).center().x() < geo.rect(db->id).center().x());
    }

    // Issue 12: a design without links (boxes just dropped) was arranged as
    // one long column; now it is a column per tier, left to right.
    void withoutLinksAGridByTier()
    {
        Design d = withoutPositions(templateDesign(QStringLiteral("scale-up")));
        const std::vector<Link> links = d.links();
        for (const Link &l : links)
            d.removeLink(l.id);
        // No references either: nothing but the boxes.
        for (const Node &n : d.nodes())
            for (const char *key : {"target", "reports_to", "installed_on", "members"})
                d.node(n.id)->props.remove(QString::fromLatin1(key));
        for (const Node *c : d.nodesOfKind(Kind::Cluster))
            d.removeNode(c->id);
        GraphvizLayout layout;
        const LayoutResult r = layout.compute(d, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        const Design placed = GraphvizLayout::applied(d, r);
        checkGeometry(placed);
        const DiagramGeometry geo(placed);
        QSet<int> columns;
        for (const Node &n : placed.nodes())
            if (n.parent.isEmpty())
                columns.insert(qRound(geo.rect(n.id).center().x() / 50));
        QVERIFY2(columns.size() >= 4, qPrintable(QString::number(columns.size())));
        // Left to right by tier: users, load balancers, web, app, database.
        auto x = [&](const QString &id) { return geo.rect(id).center().x(); };
        QVERIFY(x(QStringLiteral("users")) < x(QStringLiteral("lb-1")));
        QVERIFY(x(QStringLiteral("lb-1")) < x(QStringLiteral("web-1")));
        QVERIFY(x(QStringLiteral("web-1")) < x(QStringLiteral("app-1")));
        QVERIFY(x(QStringLiteral("app-1")) < x(QStringLiteral("db-1")));
    }

    void sfdpKeepsContainment()
    {
        const Design d = withoutPositions(templateDesign(QStringLiteral("scale-up")));
        LayoutOptions o;
        o.engine = LayoutOptions::Engine::Sfdp;
        GraphvizLayout layout;
        const LayoutResult r = layout.compute(d, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.engine, QStringLiteral("sfdp"));
        checkGeometry(GraphvizLayout::applied(d, r));
    }

    void autoSwitchesToSfdpForBigGraphs()
    {
        const Design d = withoutPositions(templateDesign(QStringLiteral("scale-up")));
        LayoutOptions o;
        o.dotLimit = 3;
        GraphvizLayout layout;
        QCOMPARE(layout.compute(d, o).engine, QStringLiteral("sfdp"));
    }

    void incrementalPlacesOnlyNewNodes()
    {
        Design d = templateDesign(QStringLiteral("scale-up"));
        Node extra;
        extra.id = QStringLiteral("web-2");
        extra.kind = Kind::Server;
        extra.props.insert(QStringLiteral("hostname"), QStringLiteral("web-02"));
        d.insertNode(extra);
        Node apache;
        apache.id = QStringLiteral("apache-2");
        apache.kind = Kind::WebServer;
        apache.parent = QStringLiteral("web-2");
        d.insertNode(apache);
        Link l;
        l.id = QStringLiteral("to-web-2");
        l.from = QStringLiteral("lb-cluster");
        l.to = QStringLiteral("apache-2");
        d.insertLink(l);
        LayoutOptions o;
        o.mode = LayoutOptions::Mode::Incremental;
        GraphvizLayout layout;
        const LayoutResult r = layout.compute(d, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(QSet<QString>(r.positions.keyBegin(), r.positions.keyEnd()),
                 QSet<QString>({QStringLiteral("web-2"), QStringLiteral("apache-2")}));
        const Design placed = GraphvizLayout::applied(d, r);
        for (const Node &n : d.nodes())
            if (n.hasPos)
                QCOMPARE(placed.node(n.id)->pos, n.pos);
        checkGeometry(placed);
        // Nothing unplaced: nothing to do.
        const LayoutResult again = layout.compute(placed, o);
        QVERIFY(again.ok);
        QVERIFY(again.positions.isEmpty());
    }

    void arrangeIsOneUndoStep()
    {
        const Design original = templateDesign(QStringLiteral("scale-up"));
        DesignModel model;
        model.reset(original);
        QUndoStack stack;
        GraphvizLayout layout;
        const LayoutResult r = layout.compute(model.design(), {});
        QVERIFY(r.ok);
        auto cmd = makeArrangeCommand(&model, r, QStringLiteral("Arrange"));
        QVERIFY(cmd);
        stack.push(cmd.release());
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.text(0), QStringLiteral("Arrange"));
        QVERIFY(model.design() != original);
        checkGeometry(model.design());
        stack.undo();
        QCOMPARE(model.design(), original);
        stack.redo();
        QVERIFY(model.design() != original);
        // Arranging an arranged design changes nothing: no command.
        QVERIFY(!makeArrangeCommand(&model, layout.compute(model.design(), {}), QStringLiteral("Arrange")));
    }

    void progressCanCancel()
    {
        const Design d = withoutPositions(templateDesign(QStringLiteral("scale-up")));
        GraphvizLayout layout;
        QList<int> seen;
        const LayoutResult r = layout.compute(d, {}, [&](int pct, const QString &) {
            seen.append(pct);
            return pct < 10;
        });
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok || r.positions.isEmpty());
        QVERIFY(r.positions.isEmpty());
        QCOMPARE(seen.last(), 10);
    }

    void workerRunsAndCancels()
    {
        const Design d = withoutPositions(templateDesign(QStringLiteral("scale-up")));
        LayoutWorker worker;
        QSignalSpy finished(&worker, &LayoutWorker::finished);
        QSignalSpy cancelled(&worker, &LayoutWorker::cancelled);
        QSignalSpy progress(&worker, &LayoutWorker::progress);
        const int a = worker.submit(d, {});
        const int b = worker.submit(d, {});
        worker.cancel(b);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count() + cancelled.count(), 2, 60000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toInt(), a);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(cancelled.first().at(0).toInt(), b);
        const auto result = finished.first().at(1).value<LayoutResult>();
        QVERIFY(result.ok);
        QCOMPARE(result.positions.size(), int(d.nodes().size()));
        QVERIFY(progress.count() > 0);
        // Cancelled after it (probably) ran but before its result was
        // delivered: still discarded. Sleeping, unlike qWait, processes no
        // events, so the result cannot be delivered before cancel().
        const int c = worker.submit(d, {});
        QThread::msleep(50);
        worker.cancel(c);
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 2, 60000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(worker.pending(), 0);
    }
};

QTEST_MAIN(TestPicturesLayout)
#include "test_pictures_layout.moc"
