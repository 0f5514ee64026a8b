// The kind catalog is the one place a kind is described: every kind has every
// field filled, its icon loads and draws its tile in the kind's colour, white
// glyphs read on that colour, and what the catalog says is what the code that
// used to decide it with switches does (containment, layers, sizes, tiers,
// the request path, suggested link protocols).
#include "core/model/geometry.h"
#include "core/model/kinds.h"
#include "core/model/propertykeys.h"
#include "core/model/requestgraph.h"
#include "look/nodepainter.h"
#include "look/style.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QtTest>

using namespace sw;

namespace {

// Listing every kind by hand: a new kind makes the compiler (-Wswitch) point
// here, and this test fails until the catalog has its entry.
const char *expectedName(Kind k)
{
    switch (k) {
    case Kind::Internet: return "internet";
    case Kind::Dns: return "dns";
    case Kind::Certificate: return "certificate";
    case Kind::Server: return "server";
    case Kind::LoadBalancer: return "load-balancer";
    case Kind::WebServer: return "web-server";
    case Kind::AppServer: return "app-server";
    case Kind::Codebase: return "codebase";
    case Kind::Database: return "database";
    case Kind::MonitoringAgent: return "monitoring-agent";
    case Kind::Firewall: return "firewall";
    case Kind::MonitoringService: return "monitoring-service";
    case Kind::Cluster: return "cluster";
    case Kind::Zone: return "zone";
    case Kind::Note: return "note";
    case Kind::Cache: return "cache";
    }
    return nullptr;
}

} // namespace

class TestKindCatalog : public QObject {
    Q_OBJECT
private slots:
    void everyKindHasEveryField()
    {
        QCOMPARE(int(allKinds().size()), kKindCount);
        for (int i = 0; i < kKindCount; ++i) {
            const KindInfo &k = allKinds()[i];
            const QString what = k.name;
            QCOMPARE(int(k.kind), i);
            QCOMPARE(k.name, QString::fromLatin1(expectedName(k.kind)));
            QVERIFY2(k.title && *k.title && !kindTitle(k.kind).isEmpty(), qPrintable(what));
            QVERIFY2(k.description && *k.description, qPrintable(what));
            QVERIFY2(k.color != 0 && k.color <= 0xffffff, qPrintable(what));
            QVERIFY2(k.width >= 100 && k.height >= 40, qPrintable(what));
            QVERIFY2(k.layer >= 0 && k.layer <= 3, qPrintable(what));
            QVERIFY2(k.column >= (k.role == KindRole::Service ? -1 : 0) && k.column <= 6, qPrintable(what));
            QVERIFY2(!k.linkProtocols.isEmpty(), qPrintable(what));
            for (const QString &key : k.subtitle)
                QVERIFY2(k.prop(key), qPrintable(what + QStringLiteral(": subtitle key ") + key));
            if (!k.portKey.isEmpty()) {
                QVERIFY2(k.prop(k.portKey) && k.prop(k.portKey)->type == PropType::Int, qPrintable(what));
            }
            for (const PropertySpec &p : k.props) {
                QVERIFY2(!p.key.isEmpty() && p.label && p.description, qPrintable(what + QLatin1Char(' ') + p.key));
            }
            // Containers are what may hold something; the parents of a kind are containers.
            for (Kind parent : k.placedIn)
                QVERIFY2(kindInfo(parent).container, qPrintable(what));
            QCOMPARE(mayHaveParent(k.kind), !k.placedIn.isEmpty());
            QCOMPARE(Geo::isContainer(k.kind), k.container);
            // A service lives in a server, stands on the path or aside of it, and has a tier.
            if (k.role == KindRole::Service) {
                QCOMPARE(k.placedIn, QVector<Kind>{Kind::Server});
                QVERIFY2(k.path != PathRole::Off && k.path != PathRole::Source, qPrintable(what));
            }
        }
        QSet<int> containers;
        for (const KindInfo &k : allKinds())
            if (k.container)
                containers.insert(int(k.kind));
        QCOMPARE(containers, (QSet<int>{int(Kind::Server), int(Kind::Zone)}));
        QVERIFY(!kindFromName(QStringLiteral("redis")));
    }

    void iconsLoadAndContrast()
    {
        for (const KindInfo &k : allKinds()) {
            const QString path = NodePainter::iconPath(k.kind);
            QVERIFY2(path.endsWith(k.name + QStringLiteral(".svg")), qPrintable(path));
            QSvgRenderer svg(path);
            QVERIFY2(svg.isValid(), qPrintable(path));
            QImage img(32, 32, QImage::Format_ARGB32_Premultiplied);
            img.fill(Qt::transparent);
            QPainter p(&img);
            svg.render(&p);
            p.end();
            // The tile is drawn in the catalog's colour; white glyphs read on it (3:1 for graphics).
            const QColor tile = Style::kindColor(k.kind);
            QCOMPARE(tile.rgb() & 0xffffff, QRgb(k.color));
            QCOMPARE(img.pixelColor(3, 16).name(), tile.name());
            bool glyph = false;
            for (int y = 6; y < 26 && !glyph; ++y)
                for (int x = 6; x < 26 && !glyph; ++x)
                    glyph = img.pixelColor(x, y) == QColor(Qt::white);
            QVERIFY2(glyph, qPrintable(path + QStringLiteral(": no white glyph")));
            QVERIFY2(Style::contrastRatio(Qt::white, tile) >= 3.0, qPrintable(k.name));
        }
    }

    void theCacheIsAServiceAsideOfThePath()
    {
        const KindInfo &c = kindInfo(Kind::Cache);
        QCOMPARE(c.name, QStringLiteral("cache"));
        QVERIFY(isService(Kind::Cache));
        QVERIFY(canContain(Kind::Server, Kind::Cache));
        QVERIFY(!canContain(Kind::Zone, Kind::Cache));
        QCOMPARE(c.path, PathRole::Aside);
        QCOMPARE(c.tier, KindTier::Data);
        QVERIFY(!c.failureUnit);
        QCOMPARE(c.prop(keys::engine)->choices, (QStringList{QStringLiteral("redis"), QStringLiteral("memcached")}));
        QCOMPARE(c.prop(keys::engine)->defaultValue.toString(), QStringLiteral("redis"));
        QCOMPARE(c.prop(keys::port)->defaultValue.toInt(), 6379);
        Node n;
        n.kind = Kind::Cache;
        QCOMPARE(NodePainter::subtitleOf(n), QStringLiteral("redis · port 6379"));
    }

    void catalogAnswersWhatTheSwitchesDecided()
    {
        // Values the code decided before the catalog held them (geometry.cpp,
        // nodeitem.cpp, linkrules.cpp, requestgraph.cpp, kinds.cpp).
        QCOMPARE(Geo::leafSize(Kind::Internet), QSizeF(120, 70));
        QCOMPARE(Geo::leafSize(Kind::Dns), QSizeF(170, 50));
        QCOMPARE(Geo::leafSize(Kind::Server), QSizeF(200, 80));
        QCOMPARE(Geo::leafSize(Kind::Zone), QSizeF(320, 200));
        QCOMPARE(Geo::leafSize(Kind::WebServer), QSizeF(180, 40));
        QCOMPARE(Geo::minimumContainerSize(Kind::Zone), QSizeF(320, 200));
        QCOMPARE(kindInfo(Kind::Zone).layer, 0);
        QCOMPARE(kindInfo(Kind::Cluster).layer, 1);
        QCOMPARE(kindInfo(Kind::Server).layer, 2);
        QCOMPARE(kindInfo(Kind::Database).layer, 3);
        QVERIFY(canContain(Kind::Server, Kind::Firewall));
        QVERIFY(canContain(Kind::Zone, Kind::Firewall));
        QVERIFY(canContain(Kind::Zone, Kind::Note));
        QVERIFY(!canContain(Kind::Server, Kind::Server));
        QVERIFY(!mayHaveParent(Kind::Internet));
        QCOMPARE(pathRole(Kind::Database), PathRole::Sink);
        QCOMPARE(pathRole(Kind::Internet), PathRole::Source);
        QCOMPARE(pathRole(Kind::Note), PathRole::Off);
        QCOMPARE(kindInfo(Kind::AppServer).portKey, keys::port);
        QCOMPARE(kindInfo(Kind::LoadBalancer).userLinkProtocols, (QVector<Protocol>{Protocol::Https, Protocol::Http}));
    }
};

QTEST_MAIN(TestKindCatalog)
#include "test_kind_catalog.moc"
