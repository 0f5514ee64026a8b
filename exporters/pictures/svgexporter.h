// SVG via QSvgGenerator: text stays text, icons stay vector; the viewBox is the
// diagram in scene units.
#pragma once

#include "exporters/pictures/pictureexporter.h"

namespace sw {

class SvgExporter : public PictureExporter {
public:
    bool writeTo(const Design &design, QIODevice *device, const PictureOptions &options,
                 QString *error) const override;
    QString suffix() const override { return QStringLiteral("svg"); }

    // The SVG document as bytes (the report embeds it).
    static QByteArray render(const Design &design, const PictureOptions &options);
};

} // namespace sw
