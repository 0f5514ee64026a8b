// The far-away links written straight into a picture (HairlineRaster) look
// like Qt's own one-pixel lines, and the raster steps aside wherever it could
// not draw the same thing (clip, opacity, rotation, translucent colour).
#include "exporters/pictures/hairlines.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace sw;

namespace {

QImage blank()
{
    QImage img(200, 160, QImage::Format_RGB32);
    img.fill(Qt::white);
    return img;
}

int inked(const QImage &img)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            n += img.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    return n;
}

// Pixels inked in `a` with no inked pixel of `b` within one pixel.
int farFrom(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) == qRgb(255, 255, 255))
                continue;
            bool near = false;
            for (int dy = -1; dy <= 1 && !near; ++dy)
                for (int dx = -1; dx <= 1 && !near; ++dx) {
                    const QPoint q(x + dx, y + dy);
                    near = b.rect().contains(q) && b.pixel(q) == a.pixel(x, y);
                }
            n += near ? 0 : 1;
        }
    return n;
}

} // namespace

class TestPicturesHairlines : public QObject {
    Q_OBJECT
private slots:
    void matchesQtLines_data()
    {
        QTest::addColumn<QPointF>("a");
        QTest::addColumn<QPointF>("b");
        QTest::newRow("vertical") << QPointF(20, 5) << QPointF(20, 60);
        QTest::newRow("horizontal") << QPointF(3, 40) << QPointF(90, 40);
        QTest::newRow("down right") << QPointF(10, 10) << QPointF(70, 50);
        QTest::newRow("up right") << QPointF(10, 70) << QPointF(90, 12);
        QTest::newRow("steep left") << QPointF(60, 2) << QPointF(41, 75);
        QTest::newRow("past the edges") << QPointF(-40, -30) << QPointF(130, 120);
    }
    void matchesQtLines()
    {
        QFETCH(QPointF, a);
        QFETCH(QPointF, b);
        const QColor color(31, 111, 208);
        QImage mine = blank(), qt = blank();
        {
            QPainter p(&mine);
            p.scale(1.5, 1.25);
            const HairlineRaster raster(&p);
            QVERIFY(raster.ready());
            QVERIFY(raster.draw(a, b, color));
        }
        {
            QPainter p(&qt);
            p.scale(1.5, 1.25);
            p.setPen(QPen(color, 0));
            p.drawLine(a, b);
        }
        const int n = inked(qt);
        QVERIFY(n > 20);
        // The same line: about as many pixels, each beside one of Qt's.
        QVERIFY2(std::abs(inked(mine) - n) <= 2, qPrintable(QStringLiteral("%1 vs %2").arg(inked(mine)).arg(n)));
        QCOMPARE(farFrom(mine, qt), 0);
        QCOMPARE(farFrom(qt, mine), 0);
    }

    void stepsAsideWhereItWouldDiffer()
    {
        QImage img = blank();
        QPainter p(&img);
        QVERIFY(HairlineRaster(&p).ready());
        QVERIFY(!HairlineRaster(&p).draw(QPointF(0, 0), QPointF(50, 50), QColor(0, 0, 255, 128)));
        QCOMPARE(inked(img), 0); // a translucent colour is left to the painter
        p.save();
        p.setClipRect(0, 0, 10, 10);
        QVERIFY(!HairlineRaster(&p).ready());
        p.restore();
        p.save();
        p.setOpacity(0.5);
        QVERIFY(!HairlineRaster(&p).ready());
        p.restore();
        p.save();
        p.rotate(10);
        QVERIFY(!HairlineRaster(&p).ready());
        p.restore();
        p.end();
        QImage rgb888(20, 20, QImage::Format_RGB888);
        QPainter q(&rgb888);
        QVERIFY(!HairlineRaster(&q).ready());
        QVERIFY(!HairlineRaster(nullptr).ready());
    }
};

QTEST_MAIN(TestPicturesHairlines)
#include "test_pictures_hairlines.moc"
