// SVG written directly (SvgWriter): text stays text, each icon is one
// <symbol> used per node, classes in one style sheet; the viewBox is the
// diagram in scene units. Streamed to the device in pieces.
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
