// PNG: the diagram as the canvas shows it, at a scale (or DPI), on white or
// transparent. The file is painted in bands of rows (kBandPixels), each band
// written out before the next is painted (pngrows.h), and only what reaches
// a band is painted in it. Very large designs are scaled down to stay within kMaxPixels
// and kMaxSide (about 16 million pixels: a picture larger than that is neither
// viewable nor quick to write); pixelSize() tells the scale really used.
#pragma once

#include "exporters/pictures/pictureexporter.h"

#include <QImage>

namespace sw {

class PngExporter : public PictureExporter {
public:
    static constexpr qint64 kMaxPixels = 16'000'000;
    static constexpr int kMaxSide = 16'384;
    // The file is painted and written in bands of at most this many pixels.
    static constexpr qint64 kBandPixels = 2'000'000;

    bool writeTo(const Design &design, QIODevice *device, const PictureOptions &options,
                 QString *error) const override;
    QString suffix() const override { return QStringLiteral("png"); }

    // The picture itself (also for the clipboard).
    static QImage render(const Design &design, const PictureOptions &options);
    // Pixel size render() produces, and the scale it really uses.
    static QSize pixelSize(const Design &design, const PictureOptions &options, double *usedScale = nullptr);
};

} // namespace sw
