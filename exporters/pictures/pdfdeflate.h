// The zlib level of the diagram PDF (PdfExporter) and the report PDF. QPdfEngine compresses every page's
// content stream with zlib's default level (6) and offers no setting; on a
// page of a big design that compression is half the export's CPU time. While
// a FastPdfDeflate lives, deflateInit() on its thread (QPdfEngine's, via the
// deflateInit_ defined in pdfdeflate.cpp, which takes the place of zlib's in
// this program) uses level 1: about three times quicker, files slightly
// bigger, the same valid PDF. Everywhere else, and on other threads, zlib
// behaves exactly as its own deflateInit_ does. The report PDF uses it too:
// QPdfEngine writes each glyph with its own position, and compressing that
// took a fifth of the report's time; its file grows by about half.
#pragma once

namespace sw {

class FastPdfDeflate {
public:
    FastPdfDeflate();
    ~FastPdfDeflate();
    FastPdfDeflate(const FastPdfDeflate &) = delete;
    FastPdfDeflate &operator=(const FastPdfDeflate &) = delete;

    static constexpr int kLevel = 1;
    // The level deflateInit() uses on this thread now (-1: zlib's default).
    static int level();

private:
    int m_previous;
};

} // namespace sw
