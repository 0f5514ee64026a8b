#include "exporters/pictures/pngrows.h"

#include <QCoreApplication>
#include <QIODevice>

#include <csetjmp>
#include <png.h>

namespace sw {

struct PngRowWriter::Private {
    QIODevice *device = nullptr;
    png_structp png = nullptr;
    png_infop info = nullptr;
    QSize size;
    bool alpha = false;
    int rows = 0;
    bool failed = false;
    QString error;
};

namespace {

void writeData(png_structp png, png_bytep data, png_size_t length)
{
    auto *d = static_cast<PngRowWriter::Private *>(png_get_io_ptr(png));
    if (d->failed)
        return;
    if (d->device->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length)) {
        d->failed = true;
        d->error = d->device->errorString();
    }
}

void flushData(png_structp) {}

void onError(png_structp png, png_const_charp message)
{
    auto *d = static_cast<PngRowWriter::Private *>(png_get_error_ptr(png));
    d->failed = true;
    if (d->error.isEmpty())
        d->error = QString::fromLocal8Bit(message);
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp) {}

} // namespace

PngRowWriter::PngRowWriter(QIODevice *device, const QSize &size, bool alpha, int dotsPerMeter, bool fast)
    : d(std::make_unique<Private>())
{
    d->device = device;
    d->size = size;
    d->alpha = alpha;
    d->png = png_create_write_struct(PNG_LIBPNG_VER_STRING, d.get(), onError, onWarning);
    if (!d->png) {
        d->failed = true;
        return;
    }
    d->info = png_create_info_struct(d->png);
    if (!d->info) {
        d->failed = true;
        return;
    }
    if (setjmp(png_jmpbuf(d->png)))
        return; // d->failed is set
    png_set_write_fn(d->png, d.get(), writeData, flushData);
    png_set_IHDR(d->png, d->info, png_uint_32(size.width()), png_uint_32(size.height()), 8,
                 alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (dotsPerMeter > 0)
        png_set_pHYs(d->png, d->info, png_uint_32(dotsPerMeter), png_uint_32(dotsPerMeter), PNG_RESOLUTION_METER);
    if (fast) {
        png_set_compression_level(d->png, 1);
        png_set_filter(d->png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
    }
    png_write_info(d->png, d->info);
    // QImage's 32-bit pixels are 0xAARRGGBB words: B, G, R, A bytes on a
    // little-endian machine.
    if (QSysInfo::ByteOrder == QSysInfo::LittleEndian)
        png_set_bgr(d->png);
    else if (alpha)
        png_set_swap_alpha(d->png);
    if (!alpha)
        png_set_filler(d->png, 0, QSysInfo::ByteOrder == QSysInfo::LittleEndian ? PNG_FILLER_AFTER : PNG_FILLER_BEFORE);
}

PngRowWriter::~PngRowWriter()
{
    if (d->png)
        png_destroy_write_struct(&d->png, d->info ? &d->info : nullptr);
}

bool PngRowWriter::writeRows(const QImage &band)
{
    if (d->failed)
        return false;
    const QImage::Format want = d->alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32;
    const QImage img = band.format() == want ? band : band.convertToFormat(want);
    if (img.width() != d->size.width() || d->rows + img.height() > d->size.height()) {
        d->failed = true;
        d->error = QCoreApplication::translate("sw::PngExporter", "the picture's rows do not match its size");
        return false;
    }
    if (setjmp(png_jmpbuf(d->png)))
        return false;
    for (int y = 0; y < img.height() && !d->failed; ++y)
        png_write_row(d->png, const_cast<png_bytep>(img.constScanLine(y)));
    d->rows += img.height();
    return !d->failed;
}

bool PngRowWriter::finish(QString *error)
{
    if (!d->failed && d->rows != d->size.height()) {
        d->failed = true;
        d->error = QCoreApplication::translate("sw::PngExporter", "the picture's rows do not match its size");
    }
    if (!d->failed && !setjmp(png_jmpbuf(d->png)))
        png_write_end(d->png, nullptr);
    if (d->failed && error)
        *error = d->error.isEmpty() ? QCoreApplication::translate("sw::PngExporter", "the PNG could not be written")
                                    : d->error;
    return !d->failed;
}

} // namespace sw
