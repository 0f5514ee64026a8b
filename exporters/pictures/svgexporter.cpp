#include "exporters/pictures/svgexporter.h"

#include "exporters/pictures/diagramrenderer.h"
#include "exporters/pictures/svgwriter.h"

#include <QCoreApplication>

namespace sw {

QByteArray SvgExporter::render(const Design &design, const PictureOptions &options)
{
    const DiagramRenderer renderer(design, options);
    return SvgWriter(design, renderer, options).document();
}

bool SvgExporter::writeTo(const Design &design, QIODevice *device, const PictureOptions &options, QString *error) const
{
    const DiagramRenderer renderer(design, options);
    QString why;
    if (!SvgWriter(design, renderer, options).write(device, &why)) {
        if (error)
            *error = why.isEmpty() ? QCoreApplication::translate("sw::SvgExporter", "the SVG could not be generated")
                                   : why;
        return false;
    }
    return true;
}

} // namespace sw
