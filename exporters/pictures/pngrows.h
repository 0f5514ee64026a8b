// A PNG written row by row (libpng): the picture of a huge design is painted
// in bands of at most kBandPixels pixels and each band's rows go straight to
// the file, so no image of the whole picture is ever held in memory.
//
//   PngRowWriter png(device, size, transparent, dotsPerMeter, fast);
//   for each band: png.writeRows(bandImage);   // bands top to bottom
//   png.finish(&error);
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>

class QIODevice;

namespace sw {

class PngRowWriter {
public:
    // `fast`: zlib level 1 (a little larger, several times quicker).
    PngRowWriter(QIODevice *device, const QSize &size, bool alpha, int dotsPerMeter, bool fast);
    ~PngRowWriter();
    PngRowWriter(const PngRowWriter &) = delete;
    PngRowWriter &operator=(const PngRowWriter &) = delete;

    // The next rows of the picture, as many as `band` has (Format_RGB32, or
    // Format_ARGB32 when `alpha`), as wide as the picture.
    bool writeRows(const QImage &band);
    // Ends the file; false with `error` when anything failed.
    bool finish(QString *error);

    struct Private; // public for libpng's callbacks

private:
    std::unique_ptr<Private> d;
};

} // namespace sw
