// The canvas's stacking rules (core/model/stacking.h) without a scene: which
// box takes a dropped node, where it lands among the box's children, how a
// box grows around them, a cluster's outline, what is drawn above what.
#include "core/model/geometry.h"
#include "core/model/stacking.h"

#include <QtTest>

using namespace sw;
using namespace sw::Stacking;

namespace {
Box box(const char *id, Kind kind, const QRectF &r, int depth, int order)
{
    Box b;
    b.id = QString::fromLatin1(id);
    b.kind = kind;
    b.sceneRect = r;
    b.depth = depth;
    b.order = order;
    return b;
}
} // namespace

class TestStacking : public QObject {
    Q_OBJECT
private slots:
    void layersPutZonesUnderServersUnderServices()
    {
        QVERIFY(layer(Kind::Zone) < layer(Kind::Cluster));
        QVERIFY(layer(Kind::Cluster) < layer(Kind::Server));
        QVERIFY(layer(Kind::Server) < layer(Kind::WebServer));
        QCOMPARE(layer(Kind::WebServer), layer(Kind::Firewall));
        QCOMPARE(layer(Kind::Note), layer(Kind::Internet));
    }

    void theInnermostBoxTakesTheDrop()
    {
        // A zone with a server inside it: a web server dropped on the server
        // goes into the server; beside it, a server dropped goes into the zone.
        const QVector<Box> boxes{box("dmz", Kind::Zone, QRectF(0, 0, 600, 400), 0, 0),
                                 box("web", Kind::Server, QRectF(40, 60, 200, 120), 1, 1)};
        QCOMPARE(containerAt(boxes, QPointF(100, 100), Kind::WebServer), 1);
        QCOMPARE(containerAt(boxes, QPointF(400, 300), Kind::Server), 0);
        // A web server outside every server: no box may hold it (a zone holds servers only).
        QCOMPARE(containerAt(boxes, QPointF(400, 300), Kind::WebServer), -1);
        // Nothing there at all.
        QCOMPARE(containerAt(boxes, QPointF(900, 900), Kind::Server), -1);
    }

    void theBoxOnTopWinsBetweenEquals()
    {
        // Two overlapping servers at one depth: the later one is drawn on top and takes the drop.
        QVector<Box> boxes{box("a", Kind::Server, QRectF(0, 0, 200, 120), 0, 5),
                           box("b", Kind::Server, QRectF(100, 0, 200, 120), 0, 9)};
        QCOMPARE(containerAt(boxes, QPointF(150, 60), Kind::Database), 1);
        std::swap(boxes[0].order, boxes[1].order);
        QCOMPARE(containerAt(boxes, QPointF(150, 60), Kind::Database), 0);
        // Only `a` holds the point: `a`, whatever the order.
        QCOMPARE(containerAt(boxes, QPointF(50, 60), Kind::Database), 0);
    }

    void aDraggedBoxIsNotItsOwnTarget()
    {
        QVector<Box> boxes{box("zone", Kind::Zone, QRectF(0, 0, 600, 400), 0, 0),
                           box("srv", Kind::Server, QRectF(40, 60, 200, 120), 1, 1)};
        boxes[1].excluded = true; // the server being dragged
        QCOMPARE(containerAt(boxes, QPointF(100, 100), Kind::Server), 0);
    }

    void servicesStackInAColumn()
    {
        const QSizeF leaf = Geo::leafSize(Kind::WebServer);
        // An empty server: where it was dropped, kept under the title band.
        QCOMPARE(freeSpotIn(Kind::Server, {}, Kind::WebServer, QPointF(0, 0)), QPointF(Geo::kPadding, Geo::kHeader));
        QCOMPARE(freeSpotIn(Kind::Server, {}, Kind::WebServer, QPointF(30, 50)), QPointF(30, 50));
        // Onto a service already there: the next free place in the column.
        const QVector<QRectF> one{QRectF(QPointF(Geo::kPadding, Geo::kHeader), leaf)};
        const QPointF second = freeSpotIn(Kind::Server, one, Kind::AppServer, QPointF(Geo::kPadding, Geo::kHeader));
        QCOMPARE(second.x(), Geo::kPadding);
        QVERIFY2(second.y() >= Geo::kHeader + leaf.height(), qPrintable(QString::number(second.y())));
        QVERIFY(!QRectF(second, Geo::leafSize(Kind::AppServer)).intersects(one[0]));
        // A third lands below both, not on either.
        const QVector<QRectF> two{one[0], QRectF(second, leaf)};
        const QPointF third = freeSpotIn(Kind::Server, two, Kind::Database, QPointF(Geo::kPadding, Geo::kHeader));
        QVERIFY(third.y() > second.y());
        for (const QRectF &r : two)
            QVERIFY(!QRectF(third, Geo::leafSize(Kind::Database)).intersects(r));
    }

    void zonesHaveColumnsSideBySide()
    {
        const QSizeF leaf = Geo::leafSize(Kind::Server);
        const QVector<QRectF> one{QRectF(QPointF(Geo::kZonePadding, Geo::kHeader), leaf)};
        const QPointF p = freeSpotIn(Kind::Zone, one, Kind::Server, QPointF(Geo::kZonePadding, Geo::kHeader));
        QCOMPARE(p.y(), Geo::kHeader); // beside it, on the first row
        QVERIFY(p.x() > one[0].right());
    }

    void boxesGrowAroundTheirChildren()
    {
        QCOMPARE(containerSize(Kind::Server, {}), Geo::minimumContainerSize(Kind::Server));
        const QRectF far(300, 200, 120, 40);
        QCOMPARE(containerSize(Kind::Server, {far}), QSizeF(far.right() + Geo::kPadding, far.bottom() + Geo::kPadding));
        QCOMPARE(containerSize(Kind::Zone, {far}), QSizeF(far.right() + Geo::kZonePadding, far.bottom() + Geo::kZonePadding));
        // A small child near the corner: the minimum still holds.
        QCOMPARE(containerSize(Kind::Server, {QRectF(10, 30, 5, 5)}), Geo::minimumContainerSize(Kind::Server));
    }

    void clustersDrawAroundTheirMembers()
    {
        const QRectF a(100, 100, 200, 100), b(400, 100, 200, 100);
        const QRectF r = clusterRect({a, b}, QPointF(0, 0));
        QVERIFY(r.contains(a) && r.contains(b));
        QCOMPARE(r.left(), a.left() - Geo::kClusterMargin);
        QCOMPARE(r.right(), b.right() + Geo::kClusterMargin);
        QVERIFY(r.top() < a.top() - Geo::kClusterMargin); // room for the title
        // Without members drawn: its own size where it stands.
        QCOMPARE(clusterRect({}, QPointF(7, 9)), QRectF(QPointF(7, 9), Geo::leafSize(Kind::Cluster)));
    }
};

QTEST_GUILESS_MAIN(TestStacking)
#include "test_stacking.moc"
