// The design report, as HTML (a wiki page: diagram inline as SVG) or PDF (a
// hand-in: the diagram as vector on the first page, the text after it),
// chosen by format or by the output file's extension. Designs with more than
// kVectorDiagramNodes nodes get the diagram as a picture (PNG) instead: a
// vector drawing that size would be tens of megabytes and slow to open; the
// text stays complete (every server, every finding).
#pragma once

#include "exporters/pictures/pictureexporter.h"
#include "exporters/pictures/reportfindings.h"

namespace sw {

class ReportExporter : public PictureExporter {
public:
    enum class Format { Html, Pdf };
    static constexpr int kVectorDiagramNodes = 1500;
    explicit ReportExporter(Format format = Format::Html) : m_format(format) {}
    // ".pdf" -> Pdf, anything else -> Html.
    static Format formatForPath(const QString &path);

    bool writeTo(const Design &design, QIODevice *device, const PictureOptions &options,
                 QString *error) const override;
    QString suffix() const override { return m_format == Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("html"); }

    // Uses these findings instead of running the validator (tests, the GUI's
    // current findings).
    void setFindings(const ReportFindings &findings);
    static QString html(const Design &design, const PictureOptions &options, const ReportFindings &findings);

private:
    bool writePdf(const Design &design, QIODevice *device, const PictureOptions &options,
                  const ReportFindings &findings, QString *error) const;
    Format m_format;
    bool m_haveFindings = false;
    ReportFindings m_findings;
};

} // namespace sw
