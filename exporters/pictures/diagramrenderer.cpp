#include "exporters/pictures/diagramrenderer.h"

#include "exporters/pictures/hairlines.h"

#include "look/designpainter.h"
#include "look/nodepainter.h"

#include <QPainter>

namespace sw {

DiagramRenderer::DiagramRenderer(const Design &design, const PictureOptions &options)
    : m_design(design), m_options(options), m_geo(design), m_scope(design, options.selection)
{
    QRectF b = m_scope.bounds(m_geo);
    if (b.isNull())
        b = QRectF(0, 0, 200, 100);
    const double m = std::max(0.0, options.margin);
    m_sceneRect = b.adjusted(-m, -m, m, m);
}

void DiagramRenderer::paint(QPainter *p, const QRectF &target, bool vector, const NodePainter::IconSink &iconSink) const
{
    const QRectF src = m_sceneRect;
    const double s = std::min(target.width() / src.width(), target.height() / src.height());
    p->save();
    p->translate(target.center());
    p->scale(s, s);
    p->translate(-src.center());
    paintScene(p, s, vector, iconSink);
    p->restore();
}

void DiagramRenderer::paintScene(QPainter *p, double deviceScale, bool vector,
                                 const NodePainter::IconSink &iconSink, const QRectF &visible) const
{
    NodePainter painter(Style::light());
    painter.setIconSink(iconSink);
    if (!m_options.transparent)
        p->fillRect(visible.isNull() ? m_sceneRect : visible.intersected(m_sceneRect), Qt::white);
    const Detail detail = vector ? Detail::Full : detailForScale(deviceScale);
    // What may reach `visible`: a node's marks stand out of its rect a little.
    const QRectF reach = visible.adjusted(-12, -12, 12, 12);
    p->save();
    p->setRenderHint(QPainter::Antialiasing, detail != Detail::Low);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    p->setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const QString &id : m_geo.paintOrder()) {
        if (!m_scope.hasNode(id))
            continue;
        const QRectF r = m_geo.rect(id);
        if (!visible.isNull() && !reach.intersects(r))
            continue;
        if (const Node *n = m_design.node(id))
            painter.paintNode(p, r, NodeLook::of(*n, m_options.overlay), detail);
    }
    // Far away, links are hairlines: written straight into a picture's pixels.
    const HairlineRaster hairlines(detail == Detail::Low ? p : nullptr);
    for (const Link &l : m_design.links()) {
        if (!m_scope.hasLink(l) || !m_geo.contains(l.from) || !m_geo.contains(l.to))
            continue;
        const auto ends = linkEndPoints(m_geo, l);
        const LinkLook look = LinkLook::of(l, m_options.overlay);
        if (!visible.isNull() && !reach.intersects(QRectF(ends.first, ends.second).normalized().adjusted(-1, -1, 1, 1))
            && (detail != Detail::Full || look.text.isEmpty()
                || !reach.intersects(painter.linkLabelRect(ends.first, ends.second, look))))
            continue;
        if (!hairlines.ready() || !hairlines.draw(ends.first, ends.second, painter.linkColor(look)))
            painter.paintLink(p, ends.first, ends.second, look, detail);
    }
    p->restore();
}

} // namespace sw
