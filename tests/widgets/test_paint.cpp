// swlook: every kind has its icon, and a design painted with paintDesign()
// shows its nodes (kind colours) and links where the geometry puts them.
#include "look/designpainter.h"
#include "core/io/templates.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace sw;

class TestPaint : public QObject {
    Q_OBJECT
private slots:
    void everyKindHasAnIcon()
    {
        for (const KindInfo &k : allKinds()) {
            QVERIFY2(QFile::exists(NodePainter::iconPath(k.kind)), qPrintable(k.name));
            const QPixmap pm = NodePainter::kindIcon(k.kind).pixmap(32, 32);
            QVERIFY(!pm.isNull());
            // The tile is drawn in the kind's colour.
            const QColor c = pm.toImage().pixelColor(16, 3);
            const QColor want = Style::kindColor(k.kind);
            QVERIFY2(std::abs(c.red() - want.red()) < 8 && std::abs(c.blue() - want.blue()) < 8, qPrintable(k.name));
        }
    }

    void paintsTheScaleUpTemplate()
    {
        Design d;
        QString error;
        QVERIFY2(loadTemplate(QStringLiteral("scale-up"), &d, &error), qPrintable(error));
        DiagramGeometry geo(d);
        const QRectF b = geo.bounds().adjusted(-20, -20, 20, 20);
        QImage img(b.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.translate(-b.topLeft());
        Overlay overlay;
        overlay.setBadges({{QStringLiteral("db-1"), Severity::Error}});
        DesignPaintOptions opt;
        opt.overlay = &overlay;
        paintDesign(&p, d, geo, NodePainter(Style::light()), opt);
        p.end();
        if (qEnvironmentVariableIsSet("SW_SAVE_PICTURES"))
            img.save(QStringLiteral("/tmp/paint-scaleup.png"));
        // The background is painted, and the database's icon tile has its colour.
        QCOMPARE(img.pixelColor(2, 2), Style::light().background);
        const QRectF mysql = geo.rect(QStringLiteral("mysql")).translated(-b.topLeft());
        const QColor tile = img.pixelColor(int(mysql.left() + 6 + 14), int(mysql.center().y() - 11));
        QCOMPARE(tile.name(), Style::kindColor(Kind::Database).name());
        // The error badge on db-1's top-right corner.
        const QRectF db = geo.rect(QStringLiteral("db-1")).translated(-b.topLeft());
        const QColor badge = img.pixelColor(int(db.right() - 2 - 5), int(db.top() + 2 + 4));
        QCOMPARE(badge.name(), Style::severityColor(Severity::Error).name());
    }

    void linkTextNamesProtocolAndPort()
    {
        Link l;
        l.protocol = Protocol::Https;
        QCOMPARE(NodePainter::linkText(l), QStringLiteral("https 443"));
        l.protocol = Protocol::Mysql;
        l.port = 3307;
        QCOMPARE(NodePainter::linkText(l), QStringLiteral("mysql 3307"));
    }
};

QTEST_MAIN(TestPaint)
#include "test_paint.moc"
