// The canvas's link layer: a scrolled frame (image shifted, strips painted),
// a frame painted in two halves on two threads and a frame where only the
// changed links were painted again (a moved node, a drag's live links) must
// be the very pixels a single full paint gives; a change of the links repaints.
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/items/linkitem.h"
#include "widgets/canvas/linklayer.h"
#include "widgets/canvas/linklayerlabels.h"
#include "core/model/designmodel.h"
#include "core/model/overlay.h"
#include "core/model/selection.h"
#include "core/commands/movenodescommand.h"
#include "widgets/items/nodeitem.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QScreen>
#include <QScrollBar>
#include <QUndoStack>
#include <QtTest>
#include <memory>

using namespace sw;

namespace {
// 60 servers (each with a web server) spread over 24,000 x 9,000: links
// between random pairs are long (hairlines at 1:1), short (full lines with
// arrowheads and labels), failed (dashed) or highlighted.
Design spreadDesign(int links)
{
    Design d;
    QRandomGenerator rng(42);
    for (int i = 0; i < 60; ++i) {
        Node s;
        s.id = QStringLiteral("srv%1").arg(i);
        s.kind = Kind::Server;
        s.hasPos = true;
        s.pos = i < 20 ? QPointF(i % 5 * 260, i / 5 * 160) // a dense corner near the view
                       : QPointF(rng.bounded(24000), rng.bounded(9000));
        d.insertNode(s);
        Node w;
        w.id = QStringLiteral("web%1").arg(i);
        w.kind = Kind::WebServer;
        w.parent = s.id;
        w.hasPos = true;
        w.pos = QPointF(10, 30);
        d.insertNode(w);
    }
    for (int i = 0; i < links; ++i) {
        Link l;
        l.id = QStringLiteral("l%1").arg(i, 4, 10, QLatin1Char('0'));
        const int a = int(rng.bounded(60)), b = (a + 1 + int(rng.bounded(59))) % 60;
        l.from = QStringLiteral("web%1").arg(a);
        l.to = QStringLiteral("web%1").arg(b);
        l.protocol = i % 3 ? Protocol::Http : Protocol::Https;
        d.insertLink(l);
    }
    return d;
}

// Pixels where a colour channel differs by more than `tolerance`.
int differingPixels(const QImage &a, const QImage &b, int tolerance = 40)
{
    if (a.size() != b.size())
        return -1;
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        const QRgb *ra = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const QRgb *rb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            n += std::abs(qRed(ra[x]) - qRed(rb[x])) > tolerance || std::abs(qGreen(ra[x]) - qGreen(rb[x])) > tolerance
                 || std::abs(qBlue(ra[x]) - qBlue(rb[x])) > tolerance;
    }
    return n;
}

// Clipping a line at another place may step its aliased pixels one row
// over here and there; a missing strip or a seam costs thousands.
constexpr int kRasterNoise = 300;

// A real view on the scene, shown and exposed, at 1:1 over a fixed scene rect.
bool showView(CanvasView &v)
{
    v.resize(900, 640);
    v.show();
    if (!QTest::qWaitForWindowExposed(&v))
        return false;
    v.setSceneRect(QRectF(-2000, -2000, 30000, 14000));
    v.resetZoom();
    return true;
}

// What the view shows on screen after a paint.
QImage screenOf(CanvasView &v)
{
    v.viewport()->repaint();
    return v.screen()->grabWindow(v.winId()).toImage().convertToFormat(QImage::Format_RGB32);
}

// The pixels where `after` differs from `expected`; both saved in the temp
// folder (NAME.png, NAME-fresh.png) when more than raster noise differs.
int viewDifference(const QImage &after, const QImage &expected, const QString &name)
{
    const int diff = differingPixels(after, expected);
    if (diff > kRasterNoise) {
        after.save(QDir::temp().filePath(name + QStringLiteral(".png")));
        expected.save(QDir::temp().filePath(name + QStringLiteral("-fresh.png")));
    }
    return diff;
}

int inkedPixels(const QImage &img)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y) {
        const QRgb *r = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            n += r[x] != 0xffffffff;
    }
    return n;
}
} // namespace

class TestLinkLayer : public QObject {
    Q_OBJECT
    std::unique_ptr<DesignModel> model;
    std::unique_ptr<QUndoStack> undo;
    std::unique_ptr<Selection> selection;
    std::unique_ptr<Overlay> overlay;
    std::unique_ptr<CanvasScene> scene;
    LinkMap links;

    void setUpScene(int linkCount)
    {
        model = std::make_unique<DesignModel>();
        undo = std::make_unique<QUndoStack>();
        selection = std::make_unique<Selection>();
        overlay = std::make_unique<Overlay>();
        model->reset(spreadDesign(linkCount));
        scene = std::make_unique<CanvasScene>(model.get(), undo.get(), selection.get(), overlay.get());
        links.clear();
        for (const Link &l : model->design().links())
            links.insert(l.id, scene->linkItem(l.id));
    }

    // One frame of `layer` at scene offset `origin`, 1:1, on `target`.
    QImage frame(LinkLayer &layer, QImage &target, const QPointF &origin, quint64 version = 1)
    {
        target.fill(Qt::white);
        QPainter p(&target);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        p.setWorldTransform(QTransform::fromTranslate(-origin.x(), -origin.y()));
        layer.paint(&p, QRectF(origin, QSizeF(target.size())), links, {}, version, scene->nodePainter());
        p.end();
        return target.copy();
    }

private slots:
    void scrolledFrameIsTheFullFrame()
    {
        setUpScene(300);
        overlay->setFailed({QStringLiteral("web3"), QStringLiteral("web4")}); // dashed links
        overlay->setHighlighted({QStringLiteral("l0007"), QStringLiteral("l0012")});
        QVERIFY(scene->linkItem(QStringLiteral("l0007")));
        QVERIFY(scene->linkItem(QStringLiteral("l0007"))->look().highlighted);
        int failed = 0;
        for (const LinkItem *l : std::as_const(links))
            failed += l->look().failed;
        QVERIFY(failed > 5);
        QImage target(900, 640, QImage::Format_ARGB32_Premultiplied);
        LinkLayer layer;
        frame(layer, target, QPointF(-40, -30));
        QCOMPARE(layer.lastUpdate(), LinkLayer::Update::Repainted);
        // Scrolls as the wheel and the scroll bars make them, each checked
        // against a layer that paints the same view from scratch.
        const QPointF steps[] = {{0, 60}, {0, 60}, {37, 0}, {-120, -45}, {3, 200}, {-1, -1}};
        QPointF origin(-40, -30);
        for (const QPointF &step : steps) {
            origin += step;
            const QImage scrolled = frame(layer, target, origin);
            QCOMPARE(layer.lastUpdate(), LinkLayer::Update::Scrolled);
            LinkLayer fresh;
            QImage other(target.size(), target.format());
            const QImage full = frame(fresh, other, origin);
            QCOMPARE(fresh.lastUpdate(), LinkLayer::Update::Repainted);
            QVERIFY2(inkedPixels(full) > 2000, "the view shows links");
            const int diff = differingPixels(scrolled, full);
            if (diff) {
                scrolled.save(QDir::temp().filePath(QStringLiteral("sw-linklayer-scrolled.png")));
                full.save(QDir::temp().filePath(QStringLiteral("sw-linklayer-full.png")));
            }
            QVERIFY2(diff <= kRasterNoise, qPrintable(QStringLiteral("%1 pixels differ after scrolling by (%2, %3) to (%4, %5)")
                                               .arg(diff).arg(step.x()).arg(step.y()).arg(origin.x()).arg(origin.y())));
        }
        // The same view again: the image is reused as it is.
        frame(layer, target, origin);
        QCOMPARE(layer.lastUpdate(), LinkLayer::Update::Reused);
        // A jump further than half the view repaints.
        frame(layer, target, origin + QPointF(0, 900));
        QCOMPARE(layer.lastUpdate(), LinkLayer::Update::Repainted);
    }

    void aScrolledViewShowsWhatAFreshViewShows()
    {
        // The real view: Qt scrolls the window's pixels and asks for the
        // strips; the layer scrolls too. What is on screen afterwards must be
        // what a view opened right there shows.
        setUpScene(300);
        auto screen = screenOf;
        CanvasView scrolled(scene.get());
        QVERIFY(showView(scrolled));
        scrolled.horizontalScrollBar()->setValue(0);
        scrolled.verticalScrollBar()->setValue(0);
        screen(scrolled);
        for (int i = 0; i < 12; ++i) {
            QScrollBar *bar = i % 3 ? scrolled.verticalScrollBar() : scrolled.horizontalScrollBar();
            bar->setValue(bar->value() + (i % 2 ? 40 : 57));
            screen(scrolled);
            QCOMPARE(scene->linkLayer().lastUpdate(), LinkLayer::Update::Scrolled);
        }
        const QImage after = screen(scrolled);
        CanvasView fresh(scene.get());
        QVERIFY(showView(fresh));
        fresh.horizontalScrollBar()->setValue(scrolled.horizontalScrollBar()->value());
        fresh.verticalScrollBar()->setValue(scrolled.verticalScrollBar()->value());
        const QImage expected = screen(fresh);
        QVERIFY(!after.isNull() && after.size() == expected.size());
        QImage background(expected.size(), expected.format());
        background.fill(expected.pixel(2, 2));
        QVERIFY2(differingPixels(expected, background) > 2000, "the view shows links and nodes");
        const int diff = viewDifference(after, expected, QStringLiteral("sw-view-scrolled"));
        QVERIFY2(diff <= kRasterNoise, qPrintable(QStringLiteral("%1 pixels differ").arg(diff)));
    }

    void twoThreadsPaintWhatOnePaints()
    {
        setUpScene(900); // enough links for the two-thread repaint
        QImage target(900, 640, QImage::Format_ARGB32_Premultiplied);
        LinkLayer layer;
        const QImage threaded = frame(layer, target, QPointF(-25, -15));
        QCOMPARE(layer.lastUpdate(), LinkLayer::Update::Repainted);
        // The same frame painted in one pass, on a transparent image laid on white as the layer is.
        QImage straight(target.size(), target.format());
        straight.fill(Qt::transparent);
        {
            QPainter p(&straight);
            p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            p.setWorldTransform(QTransform::fromTranslate(25, 15));
            paintLinks(&p, QRectF(-25, -15, 900, 640), links, scene->nodePainter(), true);
        }
        QImage onWhite(target.size(), target.format());
        onWhite.fill(Qt::white);
        QPainter(&onWhite).drawImage(0, 0, straight);
        QVERIFY(inkedPixels(onWhite) > 5000);
        const int diff = differingPixels(threaded, onWhite);
        QVERIFY2(diff <= kRasterNoise, qPrintable(QStringLiteral("%1 pixels differ").arg(diff)));
    }

    void changedLinksRepaint()
    {
        setUpScene(300);
        QImage target(900, 640, QImage::Format_ARGB32_Premultiplied);
        LinkLayer layer;
        const QImage before = frame(layer, target, QPointF(-40, -30), 1);
        frame(layer, target, QPointF(-40, -30), 1);
        QCOMPARE(layer.lastUpdate(), LinkLayer::Update::Reused);
        // Hide every link: a new version, and nothing drawn.
        for (LinkItem *l : std::as_const(links))
            l->hide();
        const QImage after = frame(layer, target, QPointF(-40, -30), 2);
        QCOMPARE(layer.lastUpdate(), LinkLayer::Update::Repainted);
        QVERIFY(inkedPixels(before) > 2000);
        QCOMPARE(inkedPixels(after), 0);
    }

    void anEditPaintsOnlyAlongTheChangedLinks()
    {
        setUpScene(300);
        QImage target(900, 640, QImage::Format_ARGB32_Premultiplied);
        const QPointF origin(-40, -30);
        LinkLayer layer;
        const QImage before = frame(layer, target, origin);
        QCOMPARE(layer.lastUpdate(), LinkLayer::Update::Repainted);
        const int allTiles = layer.tilesPainted();
        // web3 sits in the dense corner in view: move its server, marking
        // where its links were and are (as CanvasScene does).
        const QVector<LinkItem *> moved = scene->nodeItem(QStringLiteral("web3"))->links();
        QVERIFY(moved.size() >= 3);
        for (const LinkItem *l : moved)
            layer.invalidate(l);
        QHash<QString, QPointF> to;
        to.insert(QStringLiteral("srv3"), model->node(QStringLiteral("srv3"))->pos + QPointF(70, 45));
        undo->push(new MoveNodesCommand(model.get(), to));
        for (const LinkItem *l : moved)
            layer.invalidate(l);
        const QImage patched = frame(layer, target, origin);
        QCOMPARE(layer.lastUpdate(), LinkLayer::Update::Patched);
        QVERIFY(layer.tilesPainted() > 0);
        QVERIFY2(differingPixels(before, patched) > 100, "the moved links changed the picture");
        LinkLayer fresh;
        QImage other(target.size(), target.format());
        const QImage full = frame(fresh, other, origin);
        const int diff = differingPixels(patched, full);
        if (diff) {
            patched.save(QDir::temp().filePath(QStringLiteral("sw-linklayer-patched.png")));
            full.save(QDir::temp().filePath(QStringLiteral("sw-linklayer-full.png")));
        }
        QVERIFY2(diff <= kRasterNoise, qPrintable(QStringLiteral("%1 pixels differ from a full paint").arg(diff)));
        QVERIFY(allTiles > 0);
        // Nothing marked: the image is reused as it is.
        frame(layer, target, origin);
        QCOMPARE(layer.lastUpdate(), LinkLayer::Update::Reused);
    }

    void aDraggedNodeLeavesNoTrace()
    {
        // Through the scene and a real view: a drag's links leave the cached
        // layer (painted live), move, and join it again on the drop; the view
        // then shows what a view opened afresh shows.
        setUpScene(300);
        auto show = [](CanvasView &v) {
            QVERIFY(showView(v));
            v.horizontalScrollBar()->setValue(v.horizontalScrollBar()->minimum() + 1960);
            v.verticalScrollBar()->setValue(v.verticalScrollBar()->minimum() + 1970);
        };
        auto screen = screenOf;
        CanvasView view(scene.get());
        show(view);
        const QImage start = screen(view);
        scene->setLiveNodes({QStringLiteral("srv3")});
        screen(view);
        QCOMPARE(scene->linkLayer().lastUpdate(), LinkLayer::Update::Patched);
        for (int i = 1; i <= 4; ++i) {
            QHash<QString, QPointF> to;
            to.insert(QStringLiteral("srv3"), model->node(QStringLiteral("srv3"))->pos + QPointF(20, 15));
            undo->push(new MoveNodesCommand(model.get(), to));
            screen(view);
            QCOMPARE(scene->linkLayer().lastUpdate(), LinkLayer::Update::Reused); // (live links on top)
        }
        int live = 0;
        for (const LinkItem *l : std::as_const(links))
            live += l->isLive();
        QCOMPARE(live, int(scene->nodeItem(QStringLiteral("web3"))->links().size())); // (srv3's links are web3's)
        scene->setLiveNodes({});
        for (const LinkItem *l : std::as_const(links))
            QVERIFY(!l->isLive());
        const QImage after = screen(view);
        QCOMPARE(scene->linkLayer().lastUpdate(), LinkLayer::Update::Patched);
        CanvasView fresh(scene.get());
        show(fresh);
        const QImage expected = screen(fresh);
        QVERIFY(!after.isNull() && after.size() == expected.size());
        QVERIFY2(differingPixels(start, after) > 100, "the drag changed the picture");
        const int diff = viewDifference(after, expected, QStringLiteral("sw-view-dragged"));
        QVERIFY2(diff <= kRasterNoise, qPrintable(QStringLiteral("%1 pixels differ").arg(diff)));
    }

    void labelSpritesAreTheLabelPaintedAtEveryZoom()
    {
        // On screen a label is copied from a sprite painted at the frame's
        // zoom: where its rect starts on a whole device pixel, the copy is
        // the label a direct paint gives, at 1:1, zoomed out and zoomed in.
        setUpScene(10);
        const NodePainter &np = scene->nodePainter();
        LinkLook look;
        look.protocol = Protocol::Https;
        look.text = QStringLiteral("HTTPS 443");
        const QSizeF size = np.linkLabelRect(QPointF(), QPointF(), look).size();
        LinkLabelSprites sprites;
        for (const double zoom : {0.6, 1.0, 2.5}) {
            const auto hints = QPainter::Antialiasing | QPainter::TextAntialiasing;
            sprites.use(zoom, 1.0, hints, 1);
            const QImage sprite = sprites.sprite(np, size, look);
            // Crisp: painted with as many pixels as the label covers at this zoom.
            QCOMPARE(sprite.width(), int(std::ceil(size.width() * zoom)) + 4);
            const QPointF at(40, 30); // device pixels
            QImage direct(400, 120, QImage::Format_ARGB32_Premultiplied), copied = direct;
            direct.fill(Qt::white);
            copied.fill(Qt::white);
            {
                QPainter p(&direct);
                p.setRenderHints(hints);
                p.scale(zoom, zoom);
                np.paintLinkLabel(&p, QRectF(at / zoom, size), look);
            }
            QPainter(&copied).drawImage(LinkLabelSprites::placeAt(at), sprite);
            QVERIFY(inkedPixels(direct) > 100 * zoom);
            const int diff = differingPixels(direct, copied, 8);
            QVERIFY2(diff <= 4, qPrintable(QStringLiteral("%1 pixels differ at zoom %2").arg(diff).arg(zoom)));
            // Made once per zoom: the same label again is the same image.
            QCOMPARE(sprites.sprite(np, size, look).cacheKey(), sprite.cacheKey());
        }
        // Thousands of different labels: the sprites kept stay bounded.
        for (int i = 0; i < 3000; ++i) {
            look.text = QStringLiteral("app%1 (HTTP 8080)").arg(i);
            sprites.sprite(np, size, look);
        }
        QVERIFY2(sprites.count() > 0 && sprites.count() <= 2048, qPrintable(QString::number(sprites.count())));
    }

    void exportsDrawLongLinksFullWidth()
    {
        // On screen a link longer than a few screens is a hairline; in an
        // export (screen = false) it keeps its full pen.
        setUpScene(0);
        Link l;
        l.id = QStringLiteral("long");
        l.from = QStringLiteral("web0");
        l.to = QStringLiteral("web59");
        model->insertLink(l);
        links.insert(l.id, scene->linkItem(l.id));
        const LinkItem *item = scene->linkItem(l.id);
        QVERIFY(QLineF(item->fromPoint(), item->toPoint()).length() > 4000);
        const QColor colour = scene->nodePainter().linkColor(item->look());
        // Inked pixels, and how many of them are only partly covered (antialiased).
        auto ink = [&](bool screen) {
            QImage img(600, 400, QImage::Format_ARGB32_Premultiplied);
            img.fill(Qt::white);
            QPainter p(&img);
            p.setRenderHint(QPainter::Antialiasing);
            // Far from both ends and from the label in the middle.
            const QPointF at = item->fromPoint() + (item->toPoint() - item->fromPoint()) * 0.65;
            p.setWorldTransform(QTransform::fromTranslate(300 - at.x(), 200 - at.y()));
            paintLinks(&p, QRectF(at - QPointF(300, 200), QSizeF(600, 400)), links, scene->nodePainter(), screen);
            p.end();
            int inked = 0, partial = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x) {
                    const QRgb px = img.pixel(x, y);
                    inked += px != 0xffffffff;
                    partial += px != 0xffffffff && px != colour.rgba();
                }
            return std::make_pair(inked, partial);
        };
        const auto screen = ink(true), exported = ink(false);
        QVERIFY2(screen.first > 300, "the long link passes through the view");
        QCOMPARE(screen.second, 0); // an aliased hairline
        QVERIFY2(exported.first > screen.first, qPrintable(QStringLiteral("%1 vs %2").arg(exported.first).arg(screen.first)));
        QVERIFY(exported.second > exported.first / 3); // an antialiased 1.6 pen
    }
};

QTEST_MAIN(TestLinkLayer)
#include "test_linklayer.moc"
