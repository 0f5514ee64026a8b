#include "exporters/pictures/pdfdeflate.h"

#include <zlib.h>

namespace sw {

namespace {
thread_local int t_level = Z_DEFAULT_COMPRESSION;
}

FastPdfDeflate::FastPdfDeflate()
    : m_previous(t_level)
{
    t_level = kLevel;
}

FastPdfDeflate::~FastPdfDeflate() { t_level = m_previous; }

int FastPdfDeflate::level() { return t_level; }

} // namespace sw

// zlib's deflateInit_ is exactly this call with the caller's level
// (deflate.c: deflateInit2_(strm, level, Z_DEFLATED, MAX_WBITS, DEF_MEM_LEVEL,
// Z_DEFAULT_STRATEGY, version, stream_size), DEF_MEM_LEVEL being 8). Defined in
// the program, it is the one QtGui's deflateInit() calls resolve to; only a
// caller asking for the default level gets the fast one, and only inside a
// FastPdfDeflate scope on its own thread.
extern "C" int deflateInit_(z_streamp strm, int level, const char *version, int stream_size)
{
    if (level == Z_DEFAULT_COMPRESSION)
        level = sw::FastPdfDeflate::level();
    return deflateInit2_(strm, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, stream_size);
}
