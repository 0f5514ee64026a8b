#include "exporters/pictures/svgexporter.h"

#include "exporters/pictures/diagramrenderer.h"
#include "exporters/pictures/markup.h"
#include "core/model/geometry.h"
#include "exporters/pictures/svgicons.h"
#include "core/io/savefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QSvgGenerator>
#include <cmath>

namespace sw {

namespace {
// The drawing as QSvgGenerator writes it; icons go to `icons` when given.
QByteArray generate(const Design &design, const DiagramRenderer &renderer, SvgIconUses *icons)
{
    const QRectF scene = renderer.sceneRect();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&buffer);
    gen.setResolution(96);
    gen.setSize(QSize(int(std::ceil(scene.width())), int(std::ceil(scene.height()))));
    gen.setViewBox(QRectF(QPointF(0, 0), scene.size()));
    gen.setTitle(markup::xml(design.name)); // QSvgGenerator writes the title as it is
    gen.setDescription(QCoreApplication::translate("sw::SvgExporter", "Made with Stackwright"));
    QPainter p;
    if (!p.begin(&gen))
        return {};
    p.translate(-scene.topLeft());
    renderer.paintScene(&p, 1.0, true, icons ? icons->sink() : NodePainter::IconSink());
    p.end();
    return bytes;
}

} // namespace

QByteArray SvgExporter::render(const Design &design, const PictureOptions &options)
{
    const DiagramRenderer renderer(design, options);
    const QRectF scene = renderer.sceneRect();
    // Each kind's icon drawn once in <defs>, a <use> of it per node.
    SvgIconUses icons;
    QByteArray bytes = icons.resolve(generate(design, renderer, &icons));
    if (bytes.isNull()) // the icon markers did not match up: every icon drawn in place
        bytes = generate(design, renderer, nullptr);
    // A hover title per node with its full label and kind (the drawing may
    // elide long labels): tooltips in a browser, names for screen readers.
    const int close = bytes.lastIndexOf("</svg>");
    if (close < 0) {
        markup::scrubXmlBytes(&bytes);
        return bytes;
    }
    QString layer = QStringLiteral("<g id=\"stackwright-nodes\" fill=\"none\" stroke=\"none\">\n");
    for (const QString &id : renderer.geometry().paintOrder()) {
        const Node *n = design.node(id);
        if (!n || !renderer.scope().hasNode(id))
            continue;
        const QRectF r = renderer.geometry().rect(id).translated(-scene.topLeft());
        layer += QStringLiteral("<rect data-id=\"%1\" x=\"%2\" y=\"%3\" width=\"%4\" height=\"%5\" pointer-events=\"%6\">"
                                "<title>%7</title></rect>\n")
                     .arg(markup::xml(id))
                     .arg(r.x(), 0, 'f', 1).arg(r.y(), 0, 'f', 1).arg(r.width(), 0, 'f', 1).arg(r.height(), 0, 'f', 1)
                     .arg(Geo::isContainer(n->kind) || n->kind == Kind::Cluster ? QStringLiteral("stroke")
                                                                                 : QStringLiteral("all"))
                     .arg(markup::xml(n->displayLabel() + QStringLiteral(" — ") + kindTitle(n->kind)));
    }
    layer += QStringLiteral("</g>\n");
    bytes.insert(close, layer.toUtf8());
    markup::scrubXmlBytes(&bytes); // control characters in painted labels
    return bytes;
}

bool SvgExporter::writeTo(const Design &design, QIODevice *device, const PictureOptions &options, QString *error) const
{
    const QByteArray bytes = render(design, options);
    QString why;
    if (bytes.isEmpty() || !writeFully(device, bytes, &why)) {
        if (error)
            *error = bytes.isEmpty() ? QCoreApplication::translate("sw::SvgExporter", "the SVG could not be generated")
                                     : why;
        return false;
    }
    return true;
}

} // namespace sw
