#include "look/flatboxes.h"

#include "core/model/geometry.h"

#include <QImage>
#include <QPainter>
#include <QVector>
#include <algorithm>
#include <tuple>

namespace sw {

namespace {
// One batch: the boxes of one order drawn with one pen and brush. Fills
// (pass 0) before the marks around them (pass 1), as paintNode() does per node.
struct BatchKey {
    int order;
    int pass;
    bool hasPen;
    QRgb pen;
    bool dashed;
    bool hasBrush;
    QRgb brush;
    bool operator<(const BatchKey &o) const
    {
        return std::tie(order, pass, hasPen, pen, dashed, hasBrush, brush)
               < std::tie(o.order, o.pass, o.hasPen, o.pen, o.dashed, o.hasBrush, o.brush);
    }
    bool operator==(const BatchKey &o) const
    {
        return std::tie(order, pass, hasPen, pen, dashed, hasBrush, brush)
               == std::tie(o.order, o.pass, o.hasPen, o.pen, o.dashed, o.hasBrush, o.brush);
    }
};

// The batches, few (tens): found by a look at the last one used, then a
// linear search; sorted once at the end.
struct Batches {
    std::vector<std::pair<BatchKey, QVector<QRectF>>> all;
    size_t last = 0;
    void add(const BatchKey &key, const QRectF &r)
    {
        if (last >= all.size() || !(all[last].first == key)) {
            last = 0;
            while (last < all.size() && !(all[last].first == key))
                ++last;
            if (last == all.size())
                all.emplace_back(key, QVector<QRectF>());
        }
        all[last].second.append(r);
    }
};
} // namespace

namespace {
// Opaque boxes without an outline, aliased: the pixels between the rounded
// device edges, as QPainter fills them, written straight into the image
// (the minimap's thousands of boxes a pixel or two big: QPainter spent most
// of a redraw setting each one up).
void fillRects(const QPainter *p, const QImage &img, const QVector<QRectF> &rects, QRgb colour)
{
    const QTransform t = p->deviceTransform();
    auto *bits = reinterpret_cast<QRgb *>(const_cast<uchar *>(img.constBits()));
    const qsizetype stride = img.bytesPerLine() / 4;
    const QRgb c = colour | 0xff000000u;
    for (const QRectF &r : rects) {
        const QRectF d = t.mapRect(r);
        const int x0 = std::max(0, qRound(d.left())), x1 = std::min(img.width(), qRound(d.right()));
        const int y0 = std::max(0, qRound(d.top())), y1 = std::min(img.height(), qRound(d.bottom()));
        for (int y = y0; y < y1; ++y)
            std::fill(bits + y * stride + x0, bits + y * stride + std::max(x0, x1), c);
    }
}
} // namespace

const QImage *directImage(const QPainter *p)
{
    const QPaintDevice *dev = p->device();
    if (!dev || dev->devType() != QInternal::Image || p->hasClipping() || p->opacity() < 1.0
        || p->compositionMode() != QPainter::CompositionMode_SourceOver
        || p->deviceTransform().type() > QTransform::TxScale)
        return nullptr;
    const auto *img = static_cast<const QImage *>(dev);
    const QImage::Format f = img->format();
    const bool ok = img->isDetached()
                    && (f == QImage::Format_ARGB32_Premultiplied || f == QImage::Format_ARGB32
                        || f == QImage::Format_RGB32);
    return ok ? img : nullptr;
}

void paintFlatBoxes(QPainter *p, const std::vector<FlatBox> &boxes, const Style &style)
{
    Batches batches;
    for (const FlatBox &b : boxes) {
        const QRgb accent = (b.failed ? style.failed : Style::kindColor(b.kind)).rgba();
        const bool container = Geo::isContainer(b.kind);
        BatchKey fill{b.order, 0, false, 0, false, false, 0};
        if (b.kind == Kind::Cluster) {
            fill.hasPen = true;
            fill.pen = accent;
            fill.dashed = true;
        } else if (container) {
            fill.hasPen = true;
            fill.pen = accent;
            fill.hasBrush = true;
            fill.brush = style.containerFill.rgba();
        } else {
            fill.hasBrush = true;
            fill.brush = b.selected ? style.selection.rgba() : accent;
        }
        batches.add(fill, b.rect);
        if (b.highlighted || (b.selected && container)) {
            const BatchKey mark{b.order, 1, true, (b.highlighted ? style.highlight : style.selection).rgba(),
                                false, false, 0};
            batches.add(mark, b.rect);
        }
    }
    std::sort(batches.all.begin(), batches.all.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    const QImage *direct = directImage(p);
    for (const auto &[key, rects] : batches.all) {
        if (direct && key.hasBrush && !key.hasPen && qAlpha(key.brush) == 255) {
            fillRects(p, *direct, rects, key.brush);
            continue;
        }
        if (key.hasPen)
            p->setPen(QPen(QColor::fromRgba(key.pen), 0, key.dashed ? Qt::DashLine : Qt::SolidLine));
        else
            p->setPen(Qt::NoPen);
        if (key.hasBrush)
            p->setBrush(QColor::fromRgba(key.brush));
        else
            p->setBrush(Qt::NoBrush);
        p->drawRects(rects.constData(), int(rects.size()));
    }
}

} // namespace sw
