// The canvas's own hairline writer against QPainter's aliased cosmetic
// lines: the same pixels give or take one (rounding at half pixels), the same
// pixels for a part of the image painted on its own, and the painters it
// must leave to QPainter.
#include "widgets/canvas/hairlines.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QtTest>

using namespace sw;

namespace {
constexpr QRgb kInk = 0xff1e64c8;

QVector<QLineF> someLines()
{
    QRandomGenerator rng(7);
    QVector<QLineF> lines;
    auto r = [&](double lo, double hi) { return lo + rng.bounded(hi - lo); };
    for (int i = 0; i < 300; ++i) {
        switch (i % 4) {
        case 0: // inside
            lines << QLineF(r(0, 500), r(0, 300), r(0, 500), r(0, 300));
            break;
        case 1: // long, crossing the whole image and far beyond
            lines << QLineF(r(-90000, -100), r(-50000, 50000), r(600, 90000), r(-50000, 50000));
            break;
        case 2: // steep, from above to below
            lines << QLineF(r(0, 500), r(-40000, -10), r(0, 500), r(310, 40000));
            break;
        default: // axis-parallel, and on half pixels
            lines << (i % 8 == 3 ? QLineF(r(-100, 600), 120.5, r(-100, 600), 120.5)
                                 : QLineF(77.5, r(-100, 400), 77.5, r(-100, 400)));
        }
    }
    return lines;
}

QImage blank(int w, int h, qreal dpr = 1)
{
    QImage img(int(w * dpr), int(h * dpr), QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(Qt::transparent);
    return img;
}

QImage ours(const QVector<QLineF> &lines, qreal dpr = 1, const QTransform &t = QTransform())
{
    QImage img = blank(500, 300, dpr);
    QPainter p(&img);
    p.setWorldTransform(t);
    if (!canDrawHairlines(&p))
        return {};
    drawHairlines(&p, lines, kInk);
    return img;
}

QImage qts(const QVector<QLineF> &lines, qreal dpr = 1, const QTransform &t = QTransform())
{
    QImage img = blank(500, 300, dpr);
    QPainter p(&img);
    p.setWorldTransform(t);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(QColor::fromRgba(kInk), 0));
    p.drawLines(lines.constData(), int(lines.size()));
    return img;
}

bool inked(const QImage &img, int x, int y)
{
    return x >= 0 && y >= 0 && x < img.width() && y < img.height() && img.pixel(x, y) == kInk;
}

// Inked pixels of `a` with no inked pixel of `b` at most one away.
int strays(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            if (!inked(a, x, y))
                continue;
            bool near = false;
            for (int dy = -1; dy <= 1 && !near; ++dy)
                for (int dx = -1; dx <= 1 && !near; ++dx)
                    near = inked(b, x + dx, y + dy);
            n += !near;
        }
    return n;
}

// Pixels inked in both.
int common(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            n += inked(a, x, y) && inked(b, x, y);
    return n;
}

int count(const QImage &img)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            n += inked(img, x, y);
    return n;
}
} // namespace

class TestHairlines : public QObject {
    Q_OBJECT
private slots:
    void samePixelsAsQPainter_data()
    {
        QTest::addColumn<qreal>("dpr");
        QTest::addColumn<QTransform>("transform");
        QTest::newRow("1:1") << qreal(1) << QTransform();
        QTest::newRow("zoomed out, moved") << qreal(1) << QTransform(0.37, 0, 0, 0.37, 41.25, -12.5);
        QTest::newRow("zoomed in") << qreal(1) << QTransform(2.5, 0, 0, 2.5, -300, -200);
        QTest::newRow("device pixel ratio 2") << qreal(2) << QTransform::fromTranslate(-3.5, 7);
    }
    void samePixelsAsQPainter()
    {
        QFETCH(qreal, dpr);
        QFETCH(QTransform, transform);
        const QVector<QLineF> lines = someLines();
        const QImage mine = ours(lines, dpr, transform), theirs = qts(lines, dpr, transform);
        QVERIFY(!mine.isNull());
        const int n = count(theirs);
        QVERIFY2(n > 5000, qPrintable(QString::number(n)));
        // As many pixels (line ends may differ by one), each next to one of Qt's.
        QVERIFY2(std::abs(count(mine) - n) < n / 50, qPrintable(QStringLiteral("%1 vs %2").arg(count(mine)).arg(n)));
        QCOMPARE(strays(mine, theirs), 0);
        QCOMPARE(strays(theirs, mine), 0);
        // Most are the very same pixels (a shift by one everywhere would not be).
        const int same = common(mine, theirs);
        QVERIFY2(same > n * 9 / 10, qPrintable(QStringLiteral("%1 of %2").arg(same).arg(n)));
    }

    void aPartPaintedAloneGetsTheSamePixels()
    {
        // As the link layer paints strips: QImages over rows and columns of one image.
        const QVector<QLineF> lines = someLines();
        const QImage whole = ours(lines);
        QImage parts = blank(500, 300);
        const QRect pieces[] = {{0, 0, 500, 151}, {0, 151, 230, 149}, {230, 151, 270, 149}};
        for (const QRect &r : pieces) {
            QImage part(parts.bits() + r.y() * parts.bytesPerLine() + r.x() * 4, r.width(), r.height(),
                        parts.bytesPerLine(), parts.format());
            QPainter p(&part);
            p.setWorldTransform(QTransform::fromTranslate(-r.x(), -r.y()));
            QVERIFY(canDrawHairlines(&p));
            drawHairlines(&p, lines, kInk);
        }
        QCOMPARE(parts, whole);
        // The same when each part first leaves out the lines that miss it
        // (its rect with a margin of one pixel), as the link layer's tiles do.
        QImage filtered = blank(500, 300);
        for (const QRect &r : pieces) {
            QImage part(filtered.bits() + r.y() * filtered.bytesPerLine() + r.x() * 4, r.width(), r.height(),
                        filtered.bytesPerLine(), filtered.format());
            QPainter p(&part);
            p.setWorldTransform(QTransform::fromTranslate(-r.x(), -r.y()));
            drawHairlines(&p, lines, kInk, QRectF(r).adjusted(-1, -1, 1, 1));
        }
        QCOMPARE(filtered, whole);
        // (and the filter does leave lines out: a rect away from every line draws nothing)
        QImage none = blank(500, 300);
        {
            QPainter p(&none);
            drawHairlines(&p, lines, kInk, QRectF(200000, 200000, 10, 10)); // (beyond every line)
        }
        QCOMPARE(count(none), 0);
    }

    void leavesOtherPaintersToQPainter()
    {
        QImage img = blank(50, 50);
        {
            QPainter p(&img);
            QVERIFY(canDrawHairlines(&p));
            p.setClipRect(QRect(0, 0, 10, 10));
            QVERIFY(!canDrawHairlines(&p)); // a clip it would not honour
        }
        {
            QPainter p(&img);
            p.rotate(30);
            QVERIFY(!canDrawHairlines(&p)); // not a plain scale and move
        }
        {
            const QImage shared = img; // pixels shared with another image
            QPainter p(&img);
            QVERIFY(!canDrawHairlines(&p) || img.constBits() != shared.constBits());
        }
        {
            QImage mono(50, 50, QImage::Format_Grayscale8);
            QPainter p(&mono);
            QVERIFY(!canDrawHairlines(&p)); // not 32 bits a pixel
        }
    }
};

QTEST_MAIN(TestHairlines)
#include "test_hairlines.moc"
